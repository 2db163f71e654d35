// node -r ./tools/scripts/ts-register.cjs tools/demo-data/src/cli.ts <csv|xlsx|load|summary> --count N …
import { createWriteStream, readFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { NationalIdVault, parseEncryptionKeys } from '@bayu/national-id';
import { isHighSkilled } from '@bayu/reference';
import { craftsmenWorkers } from './fixtures/craftsmen';
import { writeWorkersCsv } from './lib/csv';
import { cityFigures } from './lib/figures';
import { DEFAULT_SEED, generateWorkers, type DemoWorker } from './lib/generate';
import { loadWorkersDirect } from './lib/load';
import { writeWorkersXlsx } from './lib/xlsx';

const USAGE = `usage: cli.ts <command> --count N [options]
  csv      --out FILE|-  [--encoding utf-8|gb18030] [--bom|--no-bom] [--invalid-every N]
  xlsx     --out FILE    [--invalid-every N]
  load     --database-url URL (or DATABASE_URL) [--batch-size N] [--dev-secrets FILE]
           keys from NATIONAL_ID_ENCRYPTION_KEYS (k1:<base64 32 bytes>) and NATIONAL_ID_HASH_KEY (base64),
           or from the dev stack's secrets file (--dev-secrets .bayu/dev/secrets.json)
  summary  (prints the level, district and industry mix of the run)
common:    [--seed S (default ${DEFAULT_SEED})] [--as-of 2022|2019] [--with-craftsmen (the twenty 2022 craftsmen first)]`;

type Flags = Map<string, string | true>;

function parseFlags(args: readonly string[]): Flags {
  const flags: Flags = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    const value = inline ?? (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--') ? args[++i] : undefined);
    flags.set(name ?? '', value ?? true);
  }
  return flags;
}

function text(flags: Flags, name: string, fallback?: string): string {
  const value = flags.get(name);
  if (typeof value === 'string') return value;
  if (fallback !== undefined) return fallback;
  throw new Error(`--${name} is required`);
}

function int(flags: Flags, name: string, fallback?: number): number {
  const raw = flags.get(name);
  if (raw === undefined && fallback !== undefined) return fallback;
  const value = Number(typeof raw === 'string' ? raw.replace(/[_,]/g, '') : NaN);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

/** One progress line on stderr, rewritten in place at most every half second. */
function progress(label: string, total: number): { update: (done: number) => void; finish: (done: number) => void } {
  const started = performance.now();
  let shown = 0;
  const line = (done: number): string => {
    const seconds = (performance.now() - started) / 1000;
    return `${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} workers (${((100 * done) / total).toFixed(1)} %), ${Math.round(done / Math.max(seconds, 1e-3)).toLocaleString('en')}/s, ${seconds.toFixed(1)} s`;
  };
  return {
    update: (done) => {
      if (performance.now() - shown < 500) return;
      shown = performance.now();
      process.stderr.write(`\r${line(done)}   `);
    },
    finish: (done) => process.stderr.write(`\r${line(done)}   \n`),
  };
}

function* counted(workers: Iterable<DemoWorker>, onEach: (n: number) => void): Generator<DemoWorker> {
  let n = 0;
  for (const worker of workers) {
    yield worker;
    if (++n % 1000 === 0) onEach(n);
  }
}

function vaultFrom(flags: Flags): NationalIdVault {
  let keys = process.env.NATIONAL_ID_ENCRYPTION_KEYS;
  let hashKey = process.env.NATIONAL_ID_HASH_KEY;
  const secretsFile = flags.get('dev-secrets');
  if (typeof secretsFile === 'string') {
    const secrets = JSON.parse(readFileSync(secretsFile, 'utf8')) as { nationalIdEncryptionKeys?: string; nationalIdHashKey?: string };
    keys = secrets.nationalIdEncryptionKeys;
    hashKey = secrets.nationalIdHashKey;
  }
  if (!keys || !hashKey) throw new Error('set NATIONAL_ID_ENCRYPTION_KEYS and NATIONAL_ID_HASH_KEY (the registry’s keys), or pass --dev-secrets');
  return new NationalIdVault({ encryptionKeys: parseEncryptionKeys(keys), hashKey: Buffer.from(hashKey, 'base64') });
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    console.log(USAGE);
    return;
  }
  const flags = parseFlags(rest);
  const count = int(flags, 'count');
  const seed = int(flags, 'seed', DEFAULT_SEED);
  const asOfYear = int(flags, 'as-of', 2022);
  const craftsmen = flags.has('with-craftsmen') ? craftsmenWorkers() : [];
  const total = count + craftsmen.length;
  const workers = (): Iterable<DemoWorker> => concat(craftsmen, generateWorkers({ count, seed, asOfYear }));
  const bar = progress(command, total);

  switch (command) {
    case 'csv': {
      const out = text(flags, 'out');
      const encoding = text(flags, 'encoding', 'utf-8');
      if (encoding !== 'utf-8' && encoding !== 'gb18030') throw new Error('--encoding is utf-8 or gb18030');
      const stream = out === '-' ? process.stdout : createWriteStream(out);
      const bom = flags.has('bom') ? true : flags.has('no-bom') ? false : undefined;
      const report = await writeWorkersCsv(counted(workers(), bar.update), stream, { encoding, ...(bom === undefined ? {} : { bom }), invalidEvery: int(flags, 'invalid-every', 0) });
      if (stream !== process.stdout) {
        stream.end();
        await finished(stream);
      }
      bar.finish(report.rows);
      console.error(`wrote ${report.rows} rows (${report.invalidRows} deliberately invalid), ${(report.bytes / 1e6).toFixed(1)} MB, ${encoding}`);
      return;
    }
    case 'xlsx': {
      const report = await writeWorkersXlsx(counted(workers(), bar.update), text(flags, 'out'), { invalidEvery: int(flags, 'invalid-every', 0) });
      bar.finish(report.rows);
      console.error(`wrote ${report.rows} rows (${report.invalidRows} deliberately invalid)`);
      return;
    }
    case 'load': {
      const databaseUrl = text(flags, 'database-url', process.env.DATABASE_URL ?? '');
      if (!databaseUrl) throw new Error('--database-url (or DATABASE_URL) is required');
      const report = await loadWorkersDirect(workers(), { databaseUrl, vault: vaultFrom(flags), batchSize: int(flags, 'batch-size', 20_000), onProgress: bar.update });
      bar.finish(report.workers);
      console.error(
        `loaded ${report.workers} workers, ${report.certificates} certificates (${report.highSkilled} high-skilled); talent_stat ${report.talentStatRows} rows, occupation_stat ${report.occupationStatRows}; ${report.seconds.toFixed(1)} s, ${Math.round(report.rowsPerSecond)} workers/s`,
      );
      return;
    }
    case 'summary': {
      const tally = { high: 0, levels: new Map<string, number>(), districts: new Map<string, number>(), industries: new Map<string, number>() };
      const add = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
      for (const w of counted(workers(), bar.update)) {
        if (w.skillLevel && isHighSkilled(w.skillLevel)) tally.high++;
        add(tally.levels, w.skillLevel ?? 'none');
        add(tally.districts, w.districtCode);
        add(tally.industries, w.industryCode);
      }
      bar.finish(total);
      const share = (map: Map<string, number>): string =>
        [...map].sort(([, a], [, b]) => b - a).map(([k, v]) => `${k} ${((100 * v) / total).toFixed(2)}`).join(', ');
      console.log(`high-skilled ${((100 * tally.high) / total).toFixed(2)} % (city ${cityFigures(asOfYear).sharePercent} %)`);
      console.log(`levels: ${share(tally.levels)}\nindustries: ${share(tally.industries)}\ndistricts: ${share(tally.districts)}`);
      return;
    }
    default:
      throw new Error(`unknown command ${command}\n${USAGE}`);
  }
}

function* concat<T>(first: Iterable<T>, second: Iterable<T>): Generator<T> {
  yield* first;
  yield* second;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
