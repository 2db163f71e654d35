/**
 * Does an import's memory stay flat as files grow? The registry alone, with the heap ceiling its
 * Kubernetes deployment sets, imports files of growing size; each row reports rows/s and the peak RSS.
 *   nx run bench:import-memory            (BENCH_IMPORT_SIZES=100000,400000)
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoPopulation, writeWorkersCsv } from '@bayu/dev/demo-data';
import { freePort, migratedDatabase, startServiceProcess, startTestStack } from '@bayu/platform/testing';
import { importCsv, progressLog } from './import-job';
import { table } from './measure';

const SIZES = (process.env.BENCH_IMPORT_SIZES ?? '100000,400000').split(',').map(Number);

/** The registry's NODE_OPTIONS in deploy/k8s/base/registry/deployment.yaml, so the figure is the deployed one. */
function deployedNodeOptions(): string {
  const manifest = readFileSync(join(__dirname, '../../deploy/k8s/base/registry/deployment.yaml'), 'utf8');
  const value = /- name: NODE_OPTIONS\s+value: (.+)/.exec(manifest)?.[1]?.trim();
  if (!value) throw new Error('the registry deployment sets no NODE_OPTIONS');
  return value;
}

async function main(): Promise<void> {
  const nodeOptions = deployedNodeOptions();
  const stack = await startTestStack({ brokers: 1 });
  const work = mkdtempSync(join(tmpdir(), 'bench-import-memory-'));
  const rows: Array<Array<string | number>> = [];
  const population = new DemoPopulation({ count: Math.max(...SIZES) });
  try {
    for (const size of SIZES) {
      const db = await migratedDatabase('registry');
      const key = () => randomBytes(32).toString('base64');
      const registry = await startServiceProcess('registry', {
        PORT: String(await freePort()),
        LOG_LEVEL: 'warn',
        DATABASE_URL: db.url,
        KAFKA_BROKERS: stack.kafkaBrokers.join(','),
        SSO_URL: stack.ssoUrl,
        NATIONAL_ID_ENCRYPTION_KEYS: `k1:${key()}`,
        NATIONAL_ID_HASH_KEY: key(),
        NODE_OPTIONS: nodeOptions,
      });
      try {
        const csv = join(work, `${size}.csv`);
        await writeWorkersCsv((function* () { for (let i = 0; i < size; i++) yield population.workerAt(i); })(), createWriteStream(csv), { encoding: 'utf-8', bom: true });
        progressLog(`importing ${size} rows`);
        const figures = await importCsv({ origin: registry.url, realmUrl: stack.realmUrl, csvPath: csv, importerPid: registry.pid });
        rows.push([size.toLocaleString('en'), String(figures.job.rowsRegistered), Math.round(figures.rowsPerSecond), `${figures.peakRssMb} MB`]);
        rmSync(csv, { force: true });
      } finally {
        await registry.stop();
        await db.drop();
      }
    }
    process.stdout.write(`Registry alone, NODE_OPTIONS=${nodeOptions}, default IMPORT_CHUNK_ROWS.\n\n${table(['rows in the file', 'registered', 'rows/s', 'registry peak RSS'], rows)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
