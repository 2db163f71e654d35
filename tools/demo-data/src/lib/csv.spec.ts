import { PassThrough, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { importFieldOf, type WorkerImportField } from '@bayu/contracts';
import { parseNationalId } from '@bayu/national-id';
import { districtCodeOf, industryCodeOf, skillLevelOf } from '@bayu/reference';
import { writeWorkersCsv, type CsvOptions } from './csv';
import { generateWorkers, type DemoWorker } from './generate';
import { IMPORT_HEADERS, INVALID_ROW_KINDS, invalidKindOf, type InvalidRowKind } from './import-rows';

type Row = Partial<Record<WorkerImportField, string>>;

async function csvBytes(workers: Iterable<DemoWorker>, options: CsvOptions): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeWorkersCsv(workers, out, options);
  out.end();
  return Buffer.concat(chunks);
}

/** Parses as an importer would: header row mapped through the contract's aliases. */
function readRows(text: string): { headers: string[]; rows: Row[] } {
  const records = parse(text, { bom: true, relax_column_count: false }) as string[][];
  const [headers = [], ...data] = records;
  const fields = headers.map((h) => importFieldOf(h));
  return { headers, rows: data.map((cells) => Object.fromEntries(cells.map((v, i) => [fields[i] ?? `?${i}`, v])) as Row) };
}

function asRow(w: DemoWorker): Row {
  return {
    name: w.name,
    nationalId: w.nationalId,
    gender: w.gender,
    districtCode: w.districtCode,
    employerName: w.employerName,
    employerId: w.employerId ?? '',
    industryCode: w.industryCode,
    occupation: w.occupation,
    skillLevel: w.skillLevel ?? '',
    certificateNumber: w.certificate?.certificateNumber ?? '',
    issuingBody: w.certificate?.issuingBody ?? '',
    issueDate: w.certificate?.issueDate ?? '',
  };
}

/** The row read back in the generator's terms (names and 男/女 turned back into codes). */
function normalised(row: Row): Row {
  return {
    ...row,
    gender: row.gender === '男' ? 'male' : row.gender === '女' ? 'female' : row.gender,
    districtCode: districtCodeOf(row.districtCode ?? '') ?? `unknown:${row.districtCode}`,
    industryCode: industryCodeOf(row.industryCode ?? '') ?? `unknown:${row.industryCode}`,
    skillLevel: row.skillLevel ? (skillLevelOf(row.skillLevel) ?? `unknown:${row.skillLevel}`) : '',
  };
}

const isRealDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** What is wrong with a row, in the documented terms; undefined when nothing is. */
function problemOf(row: Row): InvalidRowKind | undefined {
  const id = parseNationalId(row.nationalId ?? '', new Date('2023-01-01T00:00:00Z'));
  if (!id.ok && id.problem === 'check-digit') return 'check-digit';
  if (!id.ok && id.problem === 'birth-date' && (row.nationalId ?? '').slice(10, 14) === '0231') return 'impossible-date';
  if (!id.ok) throw new Error(`unexpected ID problem ${id.problem}`);
  if (!districtCodeOf(row.districtCode ?? '')) return 'unknown-district';
  if (row.skillLevel && !row.certificateNumber) return 'level-without-certificate';
  if (row.issueDate && !isRealDate(row.issueDate)) return row.issueDate.endsWith('-02-31') ? 'impossible-date' : undefined;
  return undefined;
}

describe('writeWorkersCsv', () => {
  const workers = [...generateWorkers({ count: 3000, seed: 17 })];

  it("round-trips through csv-parse with the contract's Chinese headers, in UTF-8 with a BOM", async () => {
    const bytes = await csvBytes(workers, { encoding: 'utf-8' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { headers, rows } = readRows(bytes.toString('utf8'));
    expect(headers).toEqual(IMPORT_HEADERS);
    expect(headers.slice(0, 2)).toEqual(['姓名', '身份证号']);
    expect(rows.map(normalised)).toEqual(workers.map(asRow));
  });

  it('round-trips in GB18030, read back as GBK with iconv-lite, byte for byte the same rows as UTF-8', async () => {
    const gbk = await csvBytes(workers, { encoding: 'gb18030' });
    expect(gbk.subarray(0, 4).toString('latin1')).not.toBe('\u0084\u0031\u0095\u0033'); // no BOM unless asked
    const text = iconv.decode(gbk, 'gbk');
    expect(text).not.toContain('\uFFFD');
    const utf8 = await csvBytes(workers, { encoding: 'utf-8', bom: false });
    expect(text).toBe(utf8.toString('utf8'));
    expect(readRows(text).rows.map(normalised)).toEqual(workers.map(asRow));
  });

  it('breaks every invalidEvery-th row in one of the documented ways, cycling through them, and no other row', async () => {
    const every = 7;
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const report = await writeWorkersCsv(workers, out, { encoding: 'utf-8', invalidEvery: every });
    const { rows } = readRows(Buffer.concat(chunks).toString('utf8'));
    const found = rows.map(problemOf);
    const expected = rows.map((_, i) => invalidKindOf(i + 1, every));
    expect(found).toEqual(expected);
    expect(new Set(found.filter(Boolean))).toEqual(new Set(INVALID_ROW_KINDS));
    expect(report.invalidRows).toBe(Math.floor(workers.length / every));
    expect(Object.values(report.invalidByKind).every((n) => n >= Math.floor(report.invalidRows / 4))).toBe(true);
    // Only the broken cell differs from the worker's row.
    rows.forEach((row, i) => {
      if (!expected[i]) return;
      const differing = Object.entries(asRow(workers[i]!)).filter(([field, value]) => normalised(row)[field as WorkerImportField] !== value);
      expect(differing.length).toBeLessThanOrEqual(2);
    });
  });

  it('waits for a slow destination (backpressure) and loses nothing', async () => {
    let drains = 0;
    let received = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        setTimeout(callback, 2);
      },
    });
    slow.on('drain', () => drains++);
    const report = await writeWorkersCsv(generateWorkers({ count: 20_000, seed: 1 }), slow, { encoding: 'gb18030' });
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(drains).toBeGreaterThan(0);
    expect(received).toBe(report.bytes);
    expect(report.rows).toBe(20_000);
    expect(slow.writableLength).toBe(0);
  });
});
