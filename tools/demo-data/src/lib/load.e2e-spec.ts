// Against the local PostgreSQL (127.0.0.1:5432, role root): scratch databases with the registry's migrations.
import { randomBytes } from 'node:crypto';
import { maskNationalId, NationalIdVault } from '@bayu/national-id';
import { applyMigrations, createScratchDatabase, withPgClient, type ScratchDatabase } from '@bayu/platform/db';
import { isHighSkilled } from '@bayu/reference';
import { generateWorkers } from './generate';
import { loadWorkersDirect } from './load';

const MIGRATIONS = 'apps/registry/prisma/migrations';
const vault = new NationalIdVault({ encryptionKeys: [{ id: 'k1', key: randomBytes(32) }], hashKey: randomBytes(32) });

/** Everything about the loaded workers except what is random by design (ids, ciphertext, timestamps). */
const FINGERPRINT = `SELECT md5(string_agg(concat_ws('|', w.national_id_hash, w.national_id_masked, w.name, w.gender, w.birth_date, w.district_code,
  w.employer_id, w.employer_name, w.industry_code, w.occupation, w.current_level, w.high_skilled, w.registered_year, w.version,
  c.kind, c.skill_level, c.occupation, c.certificate_number, c.issuing_body, c.issue_date, c.status), ',' ORDER BY w.national_id_hash)) AS fingerprint
  FROM worker w LEFT JOIN certificate c ON c.worker_id = w.id`;

describe('loadWorkersDirect', () => {
  const databases: ScratchDatabase[] = [];
  const scratch = async (): Promise<string> => {
    const db = await createScratchDatabase('demo_data_load');
    databases.push(db);
    await applyMigrations(db.url, MIGRATIONS);
    return db.url;
  };
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });

  it('of 10,000 workers fills worker, certificate and the statistics tables consistently, and is deterministic for the seed', async () => {
    const workers = [...generateWorkers({ count: 10_000, seed: 99 })];
    const expectedHigh = workers.filter((w) => w.skillLevel !== null && isHighSkilled(w.skillLevel)).length;
    const expectedCertificates = workers.filter((w) => w.certificate).length;
    const progress: number[] = [];

    const url = await scratch();
    const indexes = (): Promise<unknown[]> => withPgClient(url, async (c) => (await c.query("SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('worker', 'certificate') ORDER BY 1")).rows);
    const indexesBefore = await indexes();
    const report = await loadWorkersDirect(workers, { databaseUrl: url, vault, batchSize: 3000, onProgress: (done) => progress.push(done) });
    expect(report).toMatchObject({ workers: 10_000, certificates: expectedCertificates, highSkilled: expectedHigh, indexesDeferred: true });
    // Into an empty register the secondary indexes were dropped and rebuilt: exactly the same ones.
    expect(await indexes()).toEqual(indexesBefore);
    expect(indexesBefore.length).toBeGreaterThanOrEqual(10);
    expect(progress).toEqual([3000, 6000, 9000, 10_000]);

    await withPgClient(url, async (client) => {
      const one = async (sql: string): Promise<number> => Number(Object.values((await client.query<Record<string, string>>(sql)).rows[0] ?? {})[0]);
      expect(await one('SELECT count(*) FROM worker')).toBe(10_000);
      expect(await one('SELECT count(*) FROM certificate')).toBe(expectedCertificates);
      expect(await one("SELECT count(*) FROM certificate WHERE kind = 'skill-level' AND status = 'valid'")).toBe(expectedCertificates);
      expect(await one('SELECT count(*) FROM worker WHERE high_skilled')).toBe(expectedHigh);
      expect(await one('SELECT count(*) FROM worker WHERE version <> 1')).toBe(0);
      // The derived level is the certificate's, and high_skilled follows it.
      expect(await one('SELECT count(*) FROM worker w LEFT JOIN certificate c ON c.worker_id = w.id WHERE w.current_level IS DISTINCT FROM c.skill_level')).toBe(0);
      expect(await one("SELECT count(*) FROM worker WHERE high_skilled <> (current_level IN ('senior', 'technician', 'senior-technician', 'principal-technician', 'chief-technician'))")).toBe(0);
      // The statistics add up to the worker table, cell by cell.
      expect(await one('SELECT sum(workers) FROM talent_stat')).toBe(10_000);
      expect(await one('SELECT sum(workers) FROM occupation_stat')).toBe(10_000);
      expect(await one("SELECT sum(workers) FROM talent_stat WHERE level IN ('senior', 'technician', 'senior-technician', 'principal-technician', 'chief-technician')")).toBe(expectedHigh);
      expect(await one("SELECT sum(workers) FROM talent_stat WHERE level = 'none'")).toBe(10_000 - expectedCertificates);
      expect(await one('SELECT sum(workers) FROM talent_area_stat')).toBe(10_000);
      expect(await one('SELECT sum(high_skilled) FROM talent_area_stat')).toBe(expectedHigh);
      expect(await one("SELECT sum(workers) FROM talent_level_stat WHERE level = 'none'")).toBe(10_000 - expectedCertificates);
      expect(
        await one(`SELECT count(*) FROM (SELECT district_code, industry_code, COALESCE(current_level, 'none') AS level, registered_year, count(*) AS n FROM worker GROUP BY 1, 2, 3, 4) w
          FULL JOIN talent_stat t USING (district_code, industry_code, level, registered_year) WHERE t.workers IS DISTINCT FROM w.n`),
      ).toBe(0);
      // ID numbers only hashed, sealed and masked; the vault opens what was sealed.
      const sample = workers[1234]!;
      const { rows } = await client.query<{ sealed: string; masked: string; name: string }>('SELECT national_id_sealed AS sealed, national_id_masked AS masked, name FROM worker WHERE national_id_hash = $1', [vault.hash(sample.nationalId)]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ masked: maskNationalId(sample.nationalId), name: sample.name });
      expect(vault.decrypt(rows[0]!.sealed)).toBe(sample.nationalId);
      expect(await one(`SELECT count(*) FROM worker WHERE national_id_sealed LIKE '%${sample.nationalId}%'`)).toBe(0);
    });

    // The same seed into a fresh registry: the same rows (ids, ciphertext and timestamps aside).
    const again = await scratch();
    await loadWorkersDirect(generateWorkers({ count: 10_000, seed: 99 }), { databaseUrl: again, vault });
    const fingerprint = async (u: string): Promise<string | undefined> => withPgClient(u, async (c) => (await c.query<{ fingerprint: string }>(FINGERPRINT)).rows[0]?.fingerprint);
    expect(await fingerprint(again)).toBe(await fingerprint(url));
  });

  it('loads nothing when a row fails (one transaction), and refuses workers already registered', async () => {
    const url = await scratch();
    const workers = [...generateWorkers({ count: 500, seed: 5 })];
    expect(await loadWorkersDirect(workers.slice(0, 100), { databaseUrl: url, vault })).toMatchObject({ workers: 100, indexesDeferred: true });
    await expect(loadWorkersDirect(workers.slice(50), { databaseUrl: url, vault, batchSize: 200 })).rejects.toThrow(/duplicate key/);
    await withPgClient(url, async (client) => {
      expect((await client.query<{ n: string }>('SELECT count(*) AS n FROM worker')).rows[0]?.n).toBe('100');
      expect((await client.query<{ n: string }>('SELECT sum(workers) AS n FROM talent_stat')).rows[0]?.n).toBe('100');
    });
  });
});
