import { randomBytes } from 'node:crypto';
import { compareSchemas, describeSchema, type SchemaDifference } from './catalog';
import { applyMigrations } from './migrations';
import { databaseUrlFor, dropDatabase, ensureDatabase, withPgClient } from './pg';
import { renderMigrationSql } from './schema-sql';

export interface DriftCheck {
  readonly schemaDir: string;
  readonly migrationsDir: string;
  /** Any database on a server where scratch databases may be created and dropped. */
  readonly adminUrl: string;
}

/**
 * Builds one scratch database from schema.prisma and another from the migrations, and compares their
 * catalogues. An empty result means the migrations produce exactly the schema Prisma expects.
 */
export async function findSchemaDrift(check: DriftCheck): Promise<SchemaDifference[]> {
  const suffix = randomBytes(4).toString('hex');
  const fromSchema = `drift_${suffix}_schema`;
  const fromMigrations = `drift_${suffix}_migrations`;
  await ensureDatabase(check.adminUrl, fromSchema);
  await ensureDatabase(check.adminUrl, fromMigrations);
  try {
    const sql = await renderMigrationSql({ kind: 'empty' }, check.schemaDir, check.adminUrl);
    const expected = await withPgClient(databaseUrlFor(check.adminUrl, fromSchema), async (client) => {
      await client.query(sql);
      return describeSchema(client);
    });
    await applyMigrations(databaseUrlFor(check.adminUrl, fromMigrations), check.migrationsDir);
    const actual = await withPgClient(databaseUrlFor(check.adminUrl, fromMigrations), (client) => describeSchema(client));
    return compareSchemas(expected, actual);
  } finally {
    await dropDatabase(check.adminUrl, fromSchema);
    await dropDatabase(check.adminUrl, fromMigrations);
  }
}
