import { randomBytes } from 'node:crypto';
import { databaseUrlFor, dropDatabase, ensureDatabase } from './pg';

export const DEFAULT_ADMIN_URL = 'postgresql://root@127.0.0.1:5432/postgres';

export function adminUrlFromEnv(): string {
  return process.env.DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL;
}

export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh, uniquely named database for one test file or one dev run; dropped by `drop()`. */
export async function createScratchDatabase(prefix: string, adminUrl = adminUrlFromEnv()): Promise<ScratchDatabase> {
  const name = `${prefix.replace(/[^a-z0-9_]/g, '_')}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  return { name, url: databaseUrlFor(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
