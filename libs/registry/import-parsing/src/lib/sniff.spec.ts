import { writeFileSync } from 'node:fs';
import { CHINESE_HEADERS, collect, FIELDS, handmadeXlsx, rowsOf, useTempDir, validRow, writeCsv, writeXlsx, zipOf } from '../test/fixtures';
import { readImportRows } from './read-rows';
import { ImportFileProblem } from './import-file-problem';
import { sniffImportFile } from './sniff';

const file = useTempDir();

async function problemOf(path: string, options?: { maxBytes?: number }): Promise<ImportFileProblem> {
  try {
    await sniffImportFile(path, options);
  } catch (error) {
    if (error instanceof ImportFileProblem) return error;
    throw error;
  }
  throw new Error(`${path} was accepted`);
}

describe('sniffImportFile', () => {
  it('recognises a UTF-8 CSV without a BOM and maps its Chinese headers', async () => {
    const path = writeCsv(file('plain.csv'), rowsOf([validRow()]));
    const sniffed = await sniffImportFile(path);
    expect(sniffed).toMatchObject({ format: 'csv', encoding: 'utf-8' });
    expect(sniffed.headers.map((h) => h.field)).toEqual(['name', 'nationalId', 'gender', 'districtCode', 'employerName', 'employerId', 'industryCode', 'occupation', 'skillLevel', 'certificateNumber', 'issuingBody', 'issueDate']);
    expect(sniffed.headers[0]).toEqual({ header: '姓名', field: 'name' });
  });

  it('recognises a UTF-8 CSV with a BOM and keeps the BOM out of the first header', async () => {
    const path = writeCsv(file('bom.csv'), rowsOf([validRow()]), 'utf-8-bom');
    const sniffed = await sniffImportFile(path);
    expect(sniffed).toMatchObject({ format: 'csv', encoding: 'utf-8' });
    expect(sniffed.headers[0]).toEqual({ header: '姓名', field: 'name' });
  });

  it('recognises a GBK CSV, as Excel on Chinese Windows saves it, as GB18030', async () => {
    const path = writeCsv(file('gbk.csv'), rowsOf([validRow()]), 'gbk');
    const sniffed = await sniffImportFile(path);
    expect(sniffed).toMatchObject({ format: 'csv', encoding: 'gb18030' });
    expect(sniffed.headers.map((h) => h.header)).toEqual(CHINESE_HEADERS);
  });

  it('stays with UTF-8 when the sample ends in the middle of a multi-byte character', async () => {
    // 512 KiB sample: make a 3-byte character straddle the cut at byte 524288.
    const lines = rowsOf([validRow()]);
    const head = `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
    const pad = 524288 - 1 - Buffer.byteLength(head);
    const text = `${head}${'y'.repeat(pad)}渝${'z'.repeat(10)}\r\n`;
    expect(Buffer.from(text).indexOf(Buffer.from('渝'), Buffer.byteLength(head))).toBe(524287);
    writeFileSync(file('cut.csv'), text);
    await expect(sniffImportFile(file('cut.csv'))).resolves.toMatchObject({ encoding: 'utf-8' });
  });

  it('maps English headers in any case and reports unknown extra columns without a field', async () => {
    const headers = ['Name', 'nationalId', 'gender', 'district', 'employer', 'industry', 'occupation', 'Remarks'];
    const path = writeCsv(file('english.csv'), [headers, ['Zhang San', '500103198803151231', 'male', '渝中区', 'ACME', 'C', 'welder', 'n/a']]);
    const sniffed = await sniffImportFile(path);
    expect(sniffed.headers.map((h) => h.field)).toEqual(['name', 'nationalId', 'gender', 'districtCode', 'employerName', 'industryCode', 'occupation', undefined]);
    expect(sniffed.headers[7]).toEqual({ header: 'Remarks', field: undefined });
  });

  it('recognises an XLSX by its content even when it is named .csv', async () => {
    const path = await writeXlsx(file('workbook.csv'), rowsOf([validRow()]));
    const sniffed = await sniffImportFile(path);
    expect(sniffed).toMatchObject({ format: 'xlsx', encoding: null });
    expect(sniffed.headers.map((h) => h.header)).toEqual(CHINESE_HEADERS);
  });

  it('reads a hand-written XLSX whose header strings come last in a long shared-string table', async () => {
    const filler = Array.from({ length: 12_000 }, (_, i) => `填充${i}`);
    const row = validRow();
    const bytes = handmadeXlsx([...filler, ...CHINESE_HEADERS], [
      CHINESE_HEADERS.map((_h, i) => ({ shared: filler.length + i })),
      FIELDS.map((f) => (f === 'districtCode' ? { number: 500103 } : { inline: row[f] ?? '' })),
    ]);
    writeFileSync(file('handmade.xlsx'), bytes);
    const sniffed = await sniffImportFile(file('handmade.xlsx'));
    expect(sniffed.headers.map((h) => h.header)).toEqual(CHINESE_HEADERS);
    const [read] = await collect(readImportRows(file('handmade.xlsx'), sniffed));
    expect(read).toEqual({ rowNumber: 2, cells: { ...row, districtCode: '500103' } });
  });

  it.each([
    ['a PDF renamed to .csv', 'report.csv', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'), Buffer.alloc(64)]), /PDF/],
    ['a PNG renamed to .xlsx', 'photo.xlsx', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]), /PNG/],
    ['an old .xls renamed to .xlsx', 'old.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), /\.xls/],
    ['a JPEG renamed to .csv', 'scan.csv', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF'), Buffer.alloc(64)]), /JPEG/],
    ['a .docx renamed to .xlsx', 'letter.xlsx', zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), /Word/],
    ['a .docx renamed to .csv', 'letter.csv', zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), /Word/],
    ['a plain ZIP archive', 'photos.xlsx', zipOf({ 'a.txt': 'hello' }), /ZIP/],
    ['a binary file with NUL bytes', 'data.csv', Buffer.from('姓名,身份证号\0\0\0\0', 'utf8'), /binary/],
    ['an HTML table an older system exported as .xls', 'export.csv', Buffer.from('<html><body><table><tr><td>姓名</td></tr></table></body></html>'), /HTML/],
  ])('refuses %s by its content', async (_what, name, bytes, kind) => {
    writeFileSync(file(name), bytes);
    const problem = await problemOf(file(name));
    expect(problem.code).toBe('unsupported-type');
    expect(problem.messageZh).toContain('不支持的文件类型');
    expect(problem.details.join(' ')).toMatch(kind);
  });

  it('refuses UTF-16 "Unicode text" with advice to save as CSV UTF-8', async () => {
    writeFileSync(file('utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t身份证号\r\n', 'utf16le')]));
    const problem = await problemOf(file('utf16.csv'));
    expect(problem.code).toBe('bad-encoding');
    expect(problem.messageZh).toContain('CSV UTF-8');
  });

  it('refuses text that is neither UTF-8 nor GB18030', async () => {
    writeFileSync(file('latin.csv'), Buffer.concat([Buffer.from('name,nationalId\r\n'), Buffer.from([0x80, 0x41, 0xff, 0xff, 0x0d, 0x0a])]));
    expect((await problemOf(file('latin.csv'))).code).toBe('bad-encoding');
  });

  it('refuses an empty file', async () => {
    writeFileSync(file('empty.csv'), '');
    const problem = await problemOf(file('empty.csv'));
    expect(problem).toMatchObject({ code: 'empty', messageZh: '文件是空的', messageEn: 'the file is empty' });
  });

  it('refuses a file of blank lines as empty', async () => {
    writeFileSync(file('blank.csv'), '\uFEFF\r\n\r\n , \r\n');
    expect((await problemOf(file('blank.csv'))).code).toBe('empty');
  });

  it('refuses a CSV with a header row and no data rows', async () => {
    const path = writeCsv(file('header-only.csv'), [CHINESE_HEADERS, [], ['', '', '']]);
    const problem = await problemOf(path);
    expect(problem.code).toBe('empty');
    expect(problem.messageZh).toBe('文件只有表头，没有数据行');
  });

  it('refuses an XLSX with a header row and no data rows', async () => {
    const path = await writeXlsx(file('header-only.xlsx'), [CHINESE_HEADERS]);
    expect((await problemOf(path)).code).toBe('empty');
  });

  it('names the missing required columns in Chinese', async () => {
    const path = writeCsv(file('missing.csv'), [['姓名', '性别', '行业', '职业'], ['张三', '男', 'C', '焊工']]);
    const problem = await problemOf(path);
    expect(problem.code).toBe('missing-columns');
    expect(problem.details).toEqual(['身份证号', '区县', '工作单位']);
    expect(problem.messageZh).toBe('缺少必填列：身份证号、区县、工作单位');
  });

  it('refuses two columns that name the same field, even in different languages', async () => {
    const path = writeCsv(file('dupes.csv'), rowsOf([validRow()], [...CHINESE_HEADERS.slice(0, -1), 'name']));
    const problem = await problemOf(path);
    expect(problem.code).toBe('duplicate-columns');
    expect(problem.details).toEqual(['姓名: A列“姓名”、L列“name”']);
  });

  it('refuses a first row that names no known column', async () => {
    const path = writeCsv(file('title.csv'), [['2024年技能人才花名册'], CHINESE_HEADERS]);
    const problem = await problemOf(path);
    expect(problem.code).toBe('no-header');
    expect(problem.details).toEqual(['第一行为 first row: 2024年技能人才花名册']);
  });

  it('points at the separator when a CSV uses tabs or semicolons instead of commas', async () => {
    writeFileSync(file('tabs.csv'), `${CHINESE_HEADERS.join('\t')}\r\n张三\t${'x'}\r\n`);
    const problem = await problemOf(file('tabs.csv'));
    expect(problem.code).toBe('no-header');
    expect(problem.details).toContain('CSV应以英文逗号分隔各列 separate CSV columns with commas');
  });

  it('refuses a file larger than the byte limit before reading it', async () => {
    const path = writeCsv(file('big.csv'), rowsOf([validRow(), validRow()]));
    expect((await problemOf(path, { maxBytes: 100 })).code).toBe('too-large');
  });
});
