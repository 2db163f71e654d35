/**
 * The talent registry as it grows from 1,000 to 5,000,000 workers: bulk import of a 1,000,000-row CSV
 * against COPY of the same rows, city statistics and ID-number lookups through the gateway, each against
 * a bare node:http server (and PostgreSQL against pgbench) measured in the same run on the same machine.
 *   nx run bench:registry            (BENCH_TOTAL=5000000 BENCH_IMPORT_ROWS=1000000 BENCH_SECONDS=10)
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DemoPopulation, loadWorkersDirect, writeWorkersCsv, type DemoWorker } from '@bayu/dev/demo-data';
import { NationalIdVault, parseEncryptionKeys } from '@bayu/national-id';
import { startPlatform, userToken, type RunningPlatform } from '@bayu/platform/testing';
import { importCsv, progressLog } from './import-job';
import { bareNodeHttp, measure, table } from './measure';

const TOTAL = Number(process.env.BENCH_TOTAL ?? 5_000_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const CHECKPOINTS = [1_000, 100_000, 100_000 + IMPORT_ROWS, TOTAL].filter((n, i, all) => n <= TOTAL && all.indexOf(n) === i);

const log = progressLog;
const range = function* (population: DemoPopulation, from: number, to: number): Generator<DemoWorker> {
  for (let i = from; i < to; i++) yield population.workerAt(i);
};

function pgbenchTps(adminUrl: string): number {
  const url = new URL(adminUrl);
  const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', url.username || 'root'];
  const db = `pgbench_${randomBytes(3).toString('hex')}`;
  execFileSync('createdb', [...args, db]);
  try {
    execFileSync('pgbench', [...args, '-i', '-q', '-s', '10', db], { stdio: 'ignore' });
    const out = execFileSync('pgbench', [...args, '-S', '-c', String(CONNECTIONS), '-j', '2', '-T', String(SECONDS), db]).toString();
    return Math.round(Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? 0));
  } finally {
    execFileSync('dropdb', [...args, '--force', db]);
  }
}

async function copyBaseline(databaseUrl: string, csvPath: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One text column per column of the file, as it comes: the baseline does nothing but store the rows.
    let head = '';
    for await (const chunk of createReadStream(csvPath, { start: 0, end: 4095, encoding: 'utf8' })) head += String(chunk);
    const header = head.split(/\r?\n/)[0] ?? '';
    const columns = header.split(',').map((_, i) => `c${i} text`).join(', ');
    await client.query(`CREATE UNLOGGED TABLE bench_copy (${columns})`);
    const started = performance.now();
    await pipeline(createReadStream(csvPath), client.query(copyFrom("COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')")));
    const seconds = (performance.now() - started) / 1000;
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM bench_copy');
    await client.query('DROP TABLE bench_copy');
    return Number(rows[0]?.n) / seconds;
  } finally {
    await client.end();
  }
}

async function scalar(databaseUrl: string, sql: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * Waits until every event the import wrote is on the broker, and reads how far the campaign's copy of the
 * register got by then. The campaign is then stopped: its catch-up (one transaction per event today) would
 * otherwise share the two cores with the read figures measured after it.
 */
async function settle(platform: RunningPlatform, since: number): Promise<{ eventsPerSecond: number; seconds: number; profiles: number; profilesPerSecond: number }> {
  const registry = platform.databases.registry.url;
  const events = await scalar(registry, 'SELECT count(*) AS n FROM outbox_event');
  const profilesNow = () => scalar(platform.databases.campaign.url, 'SELECT count(*) AS n FROM talent_profile');
  for (;;) {
    const pending = await scalar(registry, 'SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL');
    log(`settling: ${pending} of ${events} events still to publish, campaign has ${await profilesNow()} profiles`);
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 5_000));
  }
  const seconds = (performance.now() - since) / 1000;
  const profiles = await profilesNow();
  await platform.campaign.stop();
  return { eventsPerSecond: events / seconds, seconds, profiles, profilesPerSecond: profiles / seconds };
}

async function main(): Promise<void> {
  const keys = { encryption: `k1:${randomBytes(32).toString('base64')}`, hash: randomBytes(32).toString('base64') };
  const vault = new NationalIdVault({ encryptionKeys: parseEncryptionKeys(keys.encryption), hashKey: Buffer.from(keys.hash, 'base64') });
  const quiet = { LOG_LEVEL: 'warn' };
  const platform = await startPlatform({
    env: {
      gateway: { ...quiet, RATE_LIMIT_PER_MINUTE: '100000000', UPSTREAM_TIMEOUT_MS: '600000' },
      registry: { ...quiet, NATIONAL_ID_ENCRYPTION_KEYS: keys.encryption, NATIONAL_ID_HASH_KEY: keys.hash, IMPORT_CHUNK_ROWS: '2000', DATABASE_POOL_MAX: '20' },
      campaign: quiet,
    },
  });
  const bare = await bareNodeHttp();
  const work = mkdtempSync(join(tmpdir(), 'bench-registry-'));
  const population = new DemoPopulation({ count: TOTAL });
  const rows: Array<Array<string | number>> = [];
  let loaded = 0;
  let importFigures = '';
  try {
    const pgbench = pgbenchTps(process.env.DATABASE_ADMIN_URL ?? 'postgresql://root@127.0.0.1:5432/postgres');
    log(`pgbench select-only: ${pgbench} tps`);
    for (const checkpoint of CHECKPOINTS) {
      if (checkpoint === 100_000 + IMPORT_ROWS && loaded === 100_000) {
        const csv = join(work, 'import.csv');
        await writeWorkersCsv(range(population, loaded, checkpoint), createWriteStream(csv), { encoding: 'utf-8', bom: true });
        const copy = await copyBaseline(platform.databases.registry.url, csv);
        log(`COPY baseline: ${Math.round(copy)} rows/s; importing ${IMPORT_ROWS} rows through the gateway`);
        const started = performance.now();
        const imported = await importCsv({ origin: platform.gateway.url, realmUrl: platform.stack.realmUrl, csvPath: csv, importerPid: platform.registry.pid });
        const settled = await settle(platform, started);
        importFigures = table(
          ['path', 'rows/s', 'ratio to COPY', 'registry peak RSS'],
          [
            ['`COPY` of the same CSV into an unlogged table (baseline)', Math.round(copy), '1.000', '—'],
            [`bulk import through the gateway, ${IMPORT_ROWS.toLocaleString('en')} rows (${String(imported.job.rowsRegistered)} registered)`, Math.round(imported.rowsPerSecond), (imported.rowsPerSecond / copy).toFixed(3), `${imported.peakRssMb} MB`],
            [`… until the outbox relay has published all ${Math.round(settled.eventsPerSecond * settled.seconds).toLocaleString('en')} events (${Math.round(settled.seconds)} s)`, Math.round(IMPORT_ROWS / settled.seconds), (IMPORT_ROWS / settled.seconds / copy).toFixed(3), '—'],
            [`campaign projection by then: ${settled.profiles.toLocaleString('en')} profiles (then stopped)`, Math.round(settled.profilesPerSecond), (settled.profilesPerSecond / copy).toFixed(3), '—'],
          ],
        );
        process.stdout.write(`${importFigures}\n\n`);
        rmSync(csv, { force: true });
      } else {
        log(`loading workers ${loaded}..${checkpoint} directly`);
        await loadWorkersDirect(range(population, loaded, checkpoint), { databaseUrl: platform.databases.registry.url, vault, onProgress: (n) => n % 500_000 === 0 && log(`  ${loaded + n}`) });
      }
      loaded = checkpoint;
      const token = await userToken(platform.stack.realmUrl, 'hrss.clerk');
      const auth = { authorization: `Bearer ${token}` };
      const ids = Array.from({ length: 500 }, (_, i) => population.workerAt(Math.floor((i * loaded) / 500)).nationalId);
      const plan = (path: string, method: 'GET' | 'POST' = 'GET', bodies?: string[]) => ({
        origin: platform.gateway.url,
        seconds: SECONDS,
        connections: CONNECTIONS,
        requests: (bodies ?? ['']).map((body) => ({ method, path, headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body } : {}) })),
      });
      const baseline = await measure({ origin: bare.origin, seconds: SECONDS, connections: CONNECTIONS, requests: [{ method: 'GET', path: '/' }] });
      const overview = await measure(plan('/api/v1/statistics/overview?year=2022'));
      const byDistrict = await measure(plan('/api/v1/statistics/breakdown?by=district&year=2022'));
      const byLevel = await measure(plan('/api/v1/statistics/breakdown?by=level&year=2022'));
      const lookup = await measure(plan('/api/v1/workers/lookup', 'POST', ids.map((nationalId) => JSON.stringify({ nationalId }))));
      const ratio = (rps: number) => (rps / baseline.requestsPerSecond).toFixed(3);
      for (const [name, r] of [
        ['bare node:http', baseline],
        ['statistics overview', overview],
        ['statistics by district', byDistrict],
        ['statistics by level', byLevel],
        ['lookup by ID number', lookup],
      ] as const) {
        if (r.statuses['200'] !== r.requests) throw new Error(`${name} at ${loaded}: ${JSON.stringify(r.statuses)} errors ${r.errors}`);
        rows.push([loaded.toLocaleString('en'), name, r.requestsPerSecond, ratio(r.requestsPerSecond), r.latencyMs.p50, r.latencyMs.p95, r.latencyMs.p99]);
      }
      log(`${loaded}: overview p95 ${overview.latencyMs.p95} ms, lookup ${lookup.requestsPerSecond} req/s`);
    }
    process.stdout.write(
      [
        `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${SECONDS} s per measurement, ${CONNECTIONS} connections, load from a second process; pgbench select-only ${pgbench} tps in the same run.`,
        '',
        importFigures,
        '',
        table(['workers', 'path (through the gateway)', 'req/s', 'ratio to bare node:http', 'p50 ms', 'p95 ms', 'p99 ms'], rows),
        '',
      ].join('\n'),
    );
  } finally {
    bare.close();
    rmSync(work, { recursive: true, force: true });
    await platform.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
