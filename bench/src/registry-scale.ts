/**
 * The talent registry as it grows from 1,000 to 5,000,000 workers: bulk import of a 1,000,000-row CSV
 * against COPY of the same rows, city statistics and ID-number lookups through the gateway, each against
 * a bare node:http server (and PostgreSQL against pgbench) measured in the same run on the same machine.
 *   nx run bench:registry            (BENCH_TOTAL=5000000 BENCH_IMPORT_ROWS=1000000 BENCH_SECONDS=10)
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { request } from 'undici';
import { DemoPopulation, loadWorkersDirect, writeWorkersCsv, type DemoWorker } from '@bayu/dev/demo-data';
import { NationalIdVault, parseEncryptionKeys } from '@bayu/national-id';
import { startPlatform, userToken, type RunningPlatform } from '@bayu/platform/testing';
import { bareNodeHttp, measure, table } from './measure';

const TOTAL = Number(process.env.BENCH_TOTAL ?? 5_000_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const CHECKPOINTS = [1_000, 100_000, 100_000 + IMPORT_ROWS, TOTAL].filter((n, i, all) => n <= TOTAL && all.indexOf(n) === i);

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
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

async function importThroughGateway(platform: RunningPlatform, csvPath: string): Promise<{ rowsPerSecond: number; peakRssMb: number; job: Record<string, unknown> }> {
  const token = await userToken(platform.stack.realmUrl, 'hrss.clerk');
  let peak = 0;
  const sampler = setInterval(() => {
    readFile(`/proc/${platform.registry.pid}/status`, 'utf8').then((s) => (peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024)), () => undefined);
  }, 500);
  const started = performance.now();
  const upload = await request(`${platform.gateway.url}/api/v1/imports?fileName=bench.csv`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'content-length': String(statSync(csvPath).size) },
    body: createReadStream(csvPath),
    headersTimeout: 600_000,
  });
  const { id } = (await upload.body.json()) as { id: string };
  if (upload.statusCode !== 202) throw new Error(`upload answered ${upload.statusCode}`);
  for (;;) {
    await new Promise((r) => setTimeout(r, 2_000));
    const fresh = await userToken(platform.stack.realmUrl, 'hrss.clerk');
    const job = (await (await fetch(`${platform.gateway.url}/api/v1/imports/${id}`, { headers: { authorization: `Bearer ${fresh}` } })).json()) as Record<string, unknown>;
    log(`import ${String(job.status)}: ${String(job.rowsRead)} rows read, ${String(job.percent ?? '?')} %`);
    if (job.status === 'completed' || job.status === 'failed') {
      clearInterval(sampler);
      return { rowsPerSecond: Number(job.rowsRead) / ((performance.now() - started) / 1000), peakRssMb: Math.round(peak), job };
    }
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
 * Waits until every event the import wrote is on the broker and the campaign's copy of the register has
 * them all, so the read figures after it are not measured against a busy relay and consumer.
 */
async function settle(platform: RunningPlatform, registered: number, since: number): Promise<{ eventsPerSecond: number; seconds: number }> {
  const registry = platform.databases.registry.url;
  const campaign = platform.databases.campaign.url;
  const events = await scalar(registry, 'SELECT count(*) AS n FROM outbox_event');
  for (;;) {
    const pending = await scalar(registry, 'SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL');
    const profiles = await scalar(campaign, 'SELECT count(*) AS n FROM talent_profile');
    log(`settling: ${pending} events to publish, campaign has ${profiles} of ${registered} profiles`);
    if (pending === 0 && profiles >= registered) break;
    await new Promise((r) => setTimeout(r, 5_000));
  }
  const seconds = (performance.now() - since) / 1000;
  return { eventsPerSecond: events / seconds, seconds };
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
        const imported = await importThroughGateway(platform, csv);
        const settled = await settle(platform, Number(imported.job.rowsRegistered), started);
        importFigures = table(
          ['path', 'rows/s', 'ratio to COPY', 'registry peak RSS'],
          [
            ['`COPY` of the same CSV into an unlogged table (baseline)', Math.round(copy), '1.000', '—'],
            [`bulk import through the gateway, ${IMPORT_ROWS.toLocaleString('en')} rows (${String(imported.job.rowsRegistered)} registered)`, Math.round(imported.rowsPerSecond), (imported.rowsPerSecond / copy).toFixed(3), `${imported.peakRssMb} MB`],
            [`… until every event is published and the campaign has every profile (${Math.round(settled.seconds)} s)`, Math.round(IMPORT_ROWS / settled.seconds), (IMPORT_ROWS / settled.seconds / copy).toFixed(3), '—'],
          ],
        );
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
      const lookup = await measure(plan('/api/v1/workers/lookup', 'POST', ids.map((nationalId) => JSON.stringify({ nationalId }))));
      const ratio = (rps: number) => (rps / baseline.requestsPerSecond).toFixed(3);
      for (const [name, r] of [
        ['bare node:http', baseline],
        ['statistics overview', overview],
        ['statistics by district', byDistrict],
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
