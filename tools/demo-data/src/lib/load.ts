// Straight into the registry's tables with COPY FROM STDIN, for benchmarks: the rows the registry itself would
// write for these workers (RegistryLedger.registerMany), without the HTTP, events and audit around it.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { maskNationalId, type NationalIdVault } from '@bayu/national-id';
import { uuidv7, withPgClient } from '@bayu/platform/db';
import { isHighSkilled } from '@bayu/reference';
import type { DemoWorker } from './generate';

export interface DirectLoadOptions {
  readonly databaseUrl: string;
  /** Seals and hashes the ID numbers: use the registry's keys, or its lookups will not find anyone. */
  readonly vault: NationalIdVault;
  /** Workers per COPY round (worker rows, then their certificates). Default 20,000. */
  readonly batchSize?: number;
  /** Called after each round with the number of workers loaded so far. */
  readonly onProgress?: (done: number) => void;
  /**
   * Build the secondary indexes of worker and certificate once at the end instead of row by row (the same
   * definitions, read from pg_indexes). Default: when the worker table is empty at the start.
   */
  readonly deferIndexes?: boolean;
}

export interface DirectLoadReport {
  readonly workers: number;
  readonly certificates: number;
  readonly highSkilled: number;
  readonly talentStatRows: number;
  readonly occupationStatRows: number;
  readonly indexesDeferred: boolean;
  readonly seconds: number;
  /** Workers per second, statistics rebuild included. */
  readonly rowsPerSecond: number;
}

const WORKER_COPY = `COPY "worker" ("id", "national_id_hash", "national_id_sealed", "national_id_masked", "name", "gender", "birth_date", "district_code",
  "employer_id", "employer_name", "industry_code", "occupation", "current_level", "high_skilled", "registered_year", "version") FROM STDIN`;
const CERTIFICATE_COPY = `COPY "certificate" ("id", "worker_id", "kind", "skill_level", "occupation", "certificate_number", "issuing_body", "issue_date", "status") FROM STDIN`;

/** As the migration `20261123164749_added_certificates_honours_and_statistics` fills them, from the worker table. */
const REBUILD_STATISTICS = [
  'DELETE FROM "talent_stat"',
  'DELETE FROM "occupation_stat"',
  'DELETE FROM "talent_area_stat"',
  'DELETE FROM "talent_level_stat"',
  `INSERT INTO "talent_stat" ("district_code", "industry_code", "level", "registered_year", "workers")
SELECT "district_code", "industry_code", COALESCE("current_level", 'none'), "registered_year", count(*) FROM "worker" GROUP BY 1, 2, 3, 4`,
  `INSERT INTO "occupation_stat" ("occupation", "level", "workers")
SELECT "occupation", COALESCE("current_level", 'none'), count(*) FROM "worker" GROUP BY 1, 2`,
  `INSERT INTO "talent_area_stat" ("district_code", "industry_code", "registered_year", "workers", "high_skilled")
SELECT "district_code", "industry_code", "registered_year", count(*), count(*) FILTER (WHERE "high_skilled") FROM "worker" GROUP BY 1, 2, 3`,
  `INSERT INTO "talent_level_stat" ("district_code", "level", "registered_year", "workers")
SELECT "district_code", COALESCE("current_level", 'none'), "registered_year", count(*) FROM "worker" GROUP BY 1, 2, 3`,
];

/** Indexes of worker and certificate other than their primary keys (which time-ordered UUIDv7 keys keep cheap). */
const SECONDARY_INDEXES = `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
  WHERE i.schemaname = current_schema() AND i.tablename IN ('worker', 'certificate')
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p')
  ORDER BY i.tablename, i.indexname`;

const SPECIAL = /[\\\t\n\r]/;

/** A value in COPY's text format. */
function text(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return SPECIAL.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

const ROWS_PER_CHUNK = 1000;

/**
 * Loads the workers in one transaction (all or nothing), then rebuilds talent_stat and occupation_stat from the
 * worker table and ANALYZEs. Workers already registered (same ID hash) make it fail, as COPY cannot skip rows.
 * Into an empty register the secondary indexes are dropped and rebuilt inside the same transaction: bulk-built
 * B-trees are far cheaper than millions of random inserts into the hash index, and the schema ends identical.
 */
export async function loadWorkersDirect(workers: Iterable<DemoWorker>, options: DirectLoadOptions): Promise<DirectLoadReport> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 20_000);
  const { vault } = options;
  const iterator = workers[Symbol.iterator]();
  let next = iterator.next();
  let done = 0;
  let certificates = 0;
  let highSkilled = 0;
  let indexesDeferred = false;

  /** Worker rows of one round, in chunks; their certificate rows collect in `certificateRows`. */
  function* workerChunks(certificateRows: string[]): Generator<string> {
    let inRound = 0;
    while (!next.done && inRound < batchSize) {
      let chunk = '';
      for (let k = 0; k < ROWS_PER_CHUNK && !next.done && inRound < batchSize; k++, inRound++, next = iterator.next()) {
        const w = next.value;
        done++;
        const id = uuidv7();
        const level = w.skillLevel;
        const high = level !== null && isHighSkilled(level);
        if (high) highSkilled++;
        chunk += `${id}\t${vault.hash(w.nationalId)}\t${text(vault.encrypt(w.nationalId))}\t${maskNationalId(w.nationalId)}\t${text(w.name)}\t${w.gender}\t${w.birthDate}\t${text(w.districtCode)}\t${text(w.employerId)}\t${text(w.employerName)}\t${w.industryCode}\t${text(w.occupation)}\t${text(level)}\t${high ? 't' : 'f'}\t${w.registeredYear}\t1\n`;
        const c = w.certificate;
        if (level !== null && c) {
          certificateRows.push(`${uuidv7()}\t${id}\tskill-level\t${level}\t${text(w.occupation)}\t${text(c.certificateNumber)}\t${text(c.issuingBody)}\t${c.issueDate}\tvalid\n`);
        }
      }
      yield chunk;
    }
  }

  function* certificateChunks(rows: readonly string[]): Generator<string> {
    for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK) yield rows.slice(i, i + ROWS_PER_CHUNK).join('');
  }

  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL synchronous_commit = off');
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    const empty = (await client.query('SELECT 1 FROM "worker" LIMIT 1')).rowCount === 0;
    indexesDeferred = options.deferIndexes ?? empty;
    const deferred = indexesDeferred ? (await client.query<{ name: string; definition: string }>(SECONDARY_INDEXES)).rows : [];
    for (const index of deferred) await client.query(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
    while (!next.done) {
      const certificateRows: string[] = [];
      await pipeline(Readable.from(workerChunks(certificateRows), { objectMode: false }), client.query(copyFrom(WORKER_COPY)));
      if (certificateRows.length) await pipeline(Readable.from(certificateChunks(certificateRows), { objectMode: false }), client.query(copyFrom(CERTIFICATE_COPY)));
      certificates += certificateRows.length;
      options.onProgress?.(done);
    }
    for (const index of deferred) await client.query(index.definition);
    for (const sql of REBUILD_STATISTICS) await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return withPgClient(options.databaseUrl, async (c) => {
    await c.query('ANALYZE "worker", "certificate", "talent_stat", "occupation_stat"');
    const stats = await c.query<{ talent: string; occupation: string }>('SELECT (SELECT count(*) FROM talent_stat) AS talent, (SELECT count(*) FROM occupation_stat) AS occupation');
    const seconds = (performance.now() - started) / 1000;
    const row = stats.rows[0];
    return { workers: done, certificates, highSkilled, talentStatRows: Number(row?.talent ?? 0), occupationStatRows: Number(row?.occupation ?? 0), indexesDeferred, seconds, rowsPerSecond: done / seconds };
  });
}
