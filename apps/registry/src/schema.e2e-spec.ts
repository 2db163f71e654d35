import { join } from 'node:path';
import { findSchemaDrift } from '@bayu/platform/db';

describe('registry database schema', () => {
  jest.setTimeout(60_000);

  it('has migrations that produce exactly schema.prisma (no drift)', async () => {
    const differences = await findSchemaDrift({
      schemaDir: join(__dirname, '../prisma/schema'),
      migrationsDir: join(__dirname, '../prisma/migrations'),
      adminUrl: process.env.DATABASE_ADMIN_URL ?? 'postgresql://root@127.0.0.1:5432/postgres',
    });
    expect(differences).toEqual([]);
  });
});
