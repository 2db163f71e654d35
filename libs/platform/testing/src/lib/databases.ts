import { join, resolve } from 'node:path';
import { applyMigrations, createScratchDatabase, type ScratchDatabase } from '@bayu/platform/db';

const workspaceRoot = resolve(__dirname, '../../../../..');

/** A fresh database for one service with all of that service's migrations applied. */
export async function migratedDatabase(service: string): Promise<ScratchDatabase> {
  const db = await createScratchDatabase(`test_${service}`);
  try {
    await applyMigrations(db.url, join(workspaceRoot, 'apps', service, 'prisma/migrations'));
  } catch (error) {
    await db.drop();
    throw error;
  }
  return db;
}
