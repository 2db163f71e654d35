import { parse } from 'csv-parse/sync';
import { createWriteStream, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { VALID_ID, useTempDir } from '../test/fixtures';
import { writeErrorReport } from './error-report';
import type { RowError } from './types';

const file = useTempDir();

async function* errorsOf(errors: RowError[]): AsyncGenerator<RowError> {
  yield* errors;
}

const SAMPLE: RowError[] = [
  { rowNumber: 2, field: 'nationalId', header: '身份证号', reason: '身份证号校验位错误 check digit does not match (GB 11643)', value: '500103********1235' },
  { rowNumber: 2, field: 'employerName', header: '工作单位', reason: '工作单位不能为空 employer name is required' },
  { rowNumber: 9, field: 'occupation', header: '职业（工种）', reason: '职业（工种）不能超过100个字 occupation is longer than 100 characters', value: '焊工, "高级"\r\n第二行' },
  { rowNumber: 10, field: 'name', header: '姓名', reason: '姓名不能包含数字 a name cannot contain digits', value: '=HYPERLINK("http://evil.example","点击")' },
];

describe('writeErrorReport', () => {
  it('writes a UTF-8 CSV that opens with a BOM and round-trips through csv-parse', async () => {
    const path = file('errors.csv');
    const { rows } = await writeErrorReport(errorsOf(SAMPLE), createWriteStream(path));
    expect(rows).toBe(4);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(bytes, { bom: true });
    expect(records).toEqual([
      ['行号 Row', '列 Column', '原因 Reason', '值 Value'],
      ['2', '身份证号', '身份证号校验位错误 check digit does not match (GB 11643)', '500103********1235'],
      ['2', '工作单位', '工作单位不能为空 employer name is required', ''],
      ['9', '职业（工种）', '职业（工种）不能超过100个字 occupation is longer than 100 characters', '焊工, "高级"\r\n第二行'],
      ['10', '姓名', '姓名不能包含数字 a name cannot contain digits', `'=HYPERLINK("http://evil.example","点击")`],
    ]);
  });

  it('masks an ID number even when the caller put one into an error by hand', async () => {
    const path = file('unmasked.csv');
    await writeErrorReport(errorsOf([{ rowNumber: 3, field: 'name', header: '姓名', reason: 'x', value: `张三 ${VALID_ID}` }]), createWriteStream(path));
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(VALID_ID);
    expect(text).toContain(`张三 ${VALID_ID.slice(0, 6)}********${VALID_ID.slice(14)}`);
  });

  it('waits for a slow destination instead of buffering the whole report in memory', async () => {
    let buffered = 0;
    let written = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        buffered = Math.max(buffered, slow.writableLength);
        written += chunk.length;
        setTimeout(callback, 1);
      },
    });
    let produced = 0;
    async function* many(): AsyncGenerator<RowError> {
      for (; produced < 40_000; produced++) {
        yield { rowNumber: produced + 2, field: 'occupation', header: '职业（工种）', reason: '职业（工种）不能为空 occupation is required', value: '某某'.repeat(20) };
      }
    }
    const { rows } = await writeErrorReport(many(), slow);
    expect(rows).toBe(40_000);
    expect(written).toBeGreaterThan(5 * 1024 * 1024);
    expect(buffered).toBeLessThan(512 * 1024); // about one 64K-character chunk, not the 5+ MB report
  });

  it('rejects, instead of crashing the process, when the destination fails', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('disk full'));
      },
    });
    await expect(writeErrorReport(errorsOf(SAMPLE), broken)).rejects.toThrow('disk full');
  });

  it('leaves the destination open when asked to', async () => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
    await writeErrorReport(errorsOf(SAMPLE.slice(0, 1)), sink, { end: false });
    expect(sink.writableEnded).toBe(false);
    sink.end();
    expect(Buffer.concat(chunks).toString('utf8').split('\r\n')).toHaveLength(3);
  });
});
