import iconv from 'iconv-lite';
import { statSync, writeFileSync } from 'node:fs';
import { CHINESE_HEADERS, csvOf, garbageCollector, generatedRow, useTempDir, writeXlsx } from '../test/fixtures';
import { readImportRows } from './read-rows';
import { sniffImportFile } from './sniff';
import { validateImportRow } from './validate';

const ROWS = 100_000;
const MB = 1024 * 1024;
const file = useTempDir();
const gc = garbageCollector();
const gcIsReal = gc.name !== 'noGc';

/** Lets streams finish tearing down (exceljs's writer and reader do it asynchronously), then collects. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc();
  }
}

function* generated(): Generator<string[]> {
  for (let i = 1; i <= ROWS; i++) yield generatedRow(i);
}

function writeGeneratedCsv(path: string, encoding: 'utf-8' | 'gbk'): void {
  const parts = [csvOf([CHINESE_HEADERS])];
  let batch: string[][] = [];
  for (const row of generated()) {
    batch.push(row);
    if (batch.length === 10_000) {
      parts.push(csvOf(batch));
      batch = [];
    }
  }
  if (batch.length > 0) parts.push(csvOf(batch));
  const text = parts.join('');
  writeFileSync(path, encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
}

/**
 * Streams the file through readImportRows + validateImportRow like the registry service will, with a
 * consumer that awaits between chunks of 1,000 rows, sampling the heap (after a real GC) as it goes.
 */
async function streamThrough(path: string): Promise<{ rows: number; valid: number; peakGrowth: number; endGrowth: number; rowsPerSecond: number; sniffMs: number }> {
  await settle();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const sniffed = await sniffImportFile(path);
  const sniffMs = performance.now() - started;
  let rows = 0;
  let valid = 0;
  let peakGrowth = 0;
  let measuring = 0; // time spent in the heap samples, left out of the throughput
  const readStarted = performance.now();
  for await (const raw of readImportRows(path, sniffed)) {
    rows++;
    if (validateImportRow(raw, new Date('2025-06-01')).ok) valid++;
    if (rows % 1000 === 0) await new Promise((resolve) => setImmediate(resolve)); // "commit a chunk"
    if (rows % 10_000 === 0) {
      const sampling = performance.now();
      gc();
      peakGrowth = Math.max(peakGrowth, process.memoryUsage().heapUsed - before);
      measuring += performance.now() - sampling;
    }
  }
  const seconds = (performance.now() - readStarted - measuring) / 1000;
  await settle();
  const endGrowth = process.memoryUsage().heapUsed - before;
  return { rows, valid, peakGrowth, endGrowth, rowsPerSecond: Math.round(rows / seconds), sniffMs: Math.round(sniffMs) };
}

function report(label: string, path: string, result: Awaited<ReturnType<typeof streamThrough>>): void {
  const size = statSync(path).size;
  console.log(
    `${label}: ${result.rows} rows (${result.valid} valid) from ${(size / MB).toFixed(1)} MB in ${(result.rows / result.rowsPerSecond).toFixed(1)} s = ${result.rowsPerSecond} rows/s ` +
      `(sniff ${result.sniffMs} ms); heap growth peak ${(result.peakGrowth / MB).toFixed(1)} MB, after ${(result.endGrowth / MB).toFixed(1)} MB` +
      (gcIsReal ? '' : ' (no real GC available: heap figures are noisy)'),
  );
}

describe('100,000-row files', () => {
  it.each([
    ['UTF-8', 'utf-8'],
    ['GBK', 'gbk'],
  ] as const)('streams a %s CSV through reading and validation with flat memory', async (label, encoding) => {
    const path = file(`volume-${encoding}.csv`);
    writeGeneratedCsv(path, encoding);
    const result = await streamThrough(path);
    report(`CSV ${label}`, path, result);
    expect(result.rows).toBe(ROWS);
    expect(result.valid).toBeGreaterThan(ROWS * 0.9);
    expect(result.valid).toBeLessThan(ROWS);
    // Holding the rows would take far more than the file (11–15 MB); streaming holds a few chunks.
    expect(result.peakGrowth).toBeLessThan(8 * MB);
  }, 180_000);

  it('streams an XLSX written by exceljs WorkbookWriter through reading and validation with flat memory', async () => {
    const path = await writeXlsx(file('volume.xlsx'), (function* () {
      yield CHINESE_HEADERS;
      yield* generated();
    })());
    const result = await streamThrough(path);
    report('XLSX', path, result);
    expect(result.rows).toBe(ROWS);
    expect(result.valid).toBeGreaterThan(ROWS * 0.9);
    // exceljs would cache the 170,000 shared strings on the heap (≈ 16 MB here, 150 MB at a million rows);
    // ours spill to disk past 8 MB.
    expect(result.peakGrowth).toBeLessThan(12 * MB);
  }, 300_000);
});
