import { cpSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyMigrations, migrationChecksum, readMigrations } from './migrations';
import { withPgClient } from './pg';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';

const fixtures = resolve(__dirname, '../../test/fixtures');

describe('migration runner (real PostgreSQL)', () => {
  let db: ScratchDatabase;
  beforeEach(async () => {
    db = await createScratchDatabase('db_migrations');
  });
  afterEach(async () => {
    await db.drop();
  });

  const rows = () =>
    withPgClient(db.url, async (c) => (await c.query('SELECT migration_name, checksum, finished_at, logs, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name')).rows);

  it('applies every migration in order and records it in _prisma_migrations as Prisma does', async () => {
    const report = await applyMigrations(db.url, join(fixtures, 'ok/migrations'));
    expect(report.applied).toEqual(['20260101000000_created_workers', '20260102000000_added_employer']);
    const recorded = await rows();
    const files = readMigrations(join(fixtures, 'ok/migrations'));
    expect(recorded.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(files.map((f) => [f.name, f.checksum, 1]));
    expect(recorded.every((r) => r.finished_at instanceof Date)).toBe(true);
    expect(migrationChecksum('SELECT 1;\n')).toBe('b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd');
  });

  it('applies nothing the second time', async () => {
    await applyMigrations(db.url, join(fixtures, 'ok/migrations'));
    const again = await applyMigrations(db.url, join(fixtures, 'ok/migrations'));
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toHaveLength(2);
  });

  it('refuses to continue when an applied migration was edited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mig-'));
    cpSync(join(fixtures, 'ok/migrations'), dir, { recursive: true });
    await applyMigrations(db.url, dir);
    writeFileSync(join(dir, '20260102000000_added_employer/migration.sql'), 'ALTER TABLE "worker" ADD COLUMN "employer" TEXT;\n');
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(/20260102000000_added_employer: was edited after it was applied/);
  });

  it('rolls a failing migration back, records it as failed and blocks later runs until resolved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mig-'));
    cpSync(join(fixtures, 'ok/migrations'), dir, { recursive: true });
    mkdirSync(join(dir, '20260103000000_broke_things'));
    writeFileSync(join(dir, '20260103000000_broke_things/migration.sql'), 'ALTER TABLE "worker" ADD COLUMN "x" INT;\nSELECT * FROM missing_table;\n');
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(/20260103000000_broke_things: failed and was rolled back/);
    const columns = await withPgClient(db.url, async (c) => (await c.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'worker'`)).rows.map((r) => r.column_name));
    expect(columns).not.toContain('x');
    const failed = (await rows()).find((r) => r.migration_name === '20260103000000_broke_things');
    expect(failed).toMatchObject({ finished_at: null, applied_steps_count: 0 });
    expect(failed?.logs).toMatch(/missing_table/);
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(/failed earlier/);
  });

  it('applies each migration once when two runners start at the same time', async () => {
    const results = await Promise.all([applyMigrations(db.url, join(fixtures, 'ok/migrations')), applyMigrations(db.url, join(fixtures, 'ok/migrations'))]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 2]);
    expect(await rows()).toHaveLength(2);
  });
});
