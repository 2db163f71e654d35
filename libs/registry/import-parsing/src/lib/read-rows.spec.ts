import * as ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { CHINESE_HEADERS, collect, csvOf, FIELDS, generatedRow, rowsOf, useTempDir, VALID_FEMALE_ID, VALID_ID, validRow, writeCsv, writeXlsx } from '../test/fixtures';
import { ImportFileProblem } from './import-file-problem';
import { readImportRows } from './read-rows';
import { sniffImportFile } from './sniff';
import type { RawImportRow } from './types';
import { validateImportRow } from './validate';
import { dataOffsetOf, listZipEntries } from '@bayu/platform/files';

const file = useTempDir();

async function readAll(path: string, options?: { maxRows?: number }): Promise<RawImportRow[]> {
  return collect(readImportRows(path, await sniffImportFile(path), options));
}

/** How far into `path` the open file descriptors have read (from /proc/self/fdinfo). */
function readPositions(path: string): number[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`) !== path) return [];
      const pos = /^pos:\s+(\d+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
      return pos ? [Number(pos[1])] : [];
    } catch {
      return [];
    }
  });
}

/** Reads one row, then idles like a consumer committing to a database, and reports the file position. */
async function positionWhilePaused(path: string): Promise<number[]> {
  for await (const row of readImportRows(path, await sniffImportFile(path))) {
    expect(row.rowNumber).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return readPositions(path);
  }
  return [];
}

function openFilesUnder(path: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target === path ? [target] : [];
    } catch {
      return [];
    }
  });
}

describe('readImportRows from CSV', () => {
  it('reads Chinese names back exactly from a GBK file written by iconv-lite', async () => {
    const names = ['张三', '欧阳娜娜', '喆', '买买提·艾力', '堃'];
    const path = writeCsv(file('names-gbk.csv'), rowsOf(names.map((name) => validRow({ name }))), 'gbk');
    const rows = await readAll(path);
    expect(rows.map((r) => r.cells.name)).toEqual(names);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6]);
  });

  it('reads a name outside GBK back exactly from a GB18030 file', async () => {
    writeFileSync(file('names-gb18030.csv'), iconv.encode(csvOf(rowsOf([validRow({ name: '𠮷野家' })])), 'gb18030'));
    expect((await readAll(file('names-gb18030.csv')))[0]?.cells.name).toBe('𠮷野家');
  });

  it.each([
    ['with a BOM', 'utf-8-bom'],
    ['without a BOM', 'utf-8'],
  ] as const)('reads a UTF-8 file %s with every mapped cell', async (_what, encoding) => {
    const path = writeCsv(file(`utf8-${encoding}.csv`), rowsOf([validRow(), validRow({ name: '李四', nationalId: VALID_FEMALE_ID, gender: '女' })]), encoding);
    const rows = await readAll(path);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ rowNumber: 2, cells: validRow() });
    expect(rows[1]?.cells.name).toBe('李四');
  });

  it('keeps commas, quotes and line breaks inside quoted cells and numbers rows as Excel does', async () => {
    const employerName = '重庆"长江",机械\r\n有限公司';
    const path = writeCsv(file('quoted.csv'), rowsOf([validRow({ employerName }), validRow({ name: '王五' })]));
    const rows = await readAll(path);
    expect(rows[0]?.cells.employerName).toBe(employerName);
    expect(rows.map((r) => [r.rowNumber, r.cells.name])).toEqual([[2, '张三'], [3, '王五']]);
  });

  it('skips blank rows and trailing empty lines but keeps the row numbers of the rows after them', async () => {
    const [header = [], row = []] = rowsOf([validRow()]);
    writeFileSync(file('blank-rows.csv'), `${header.join(',')}\n${row.join(',')}\n\n,,,,\n${row.join(',')}\n\n\n`);
    expect((await readAll(file('blank-rows.csv'))).map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it('treats missing cells of a short row as empty and ignores cells beyond the header', async () => {
    const path = writeCsv(file('ragged.csv'), [CHINESE_HEADERS, ['张三', VALID_ID, '男'], [...(rowsOf([validRow()])[1] ?? []), 'extra', 'cells']]);
    const [short, long] = await readAll(path);
    expect(short?.cells).toMatchObject({ name: '张三', gender: '男', districtCode: '', issueDate: '' });
    expect(Object.keys(short?.cells ?? {})).toEqual(FIELDS);
    expect(long?.cells).toEqual(validRow());
  });

  it('trims spaces around cells, quoted or not', async () => {
    writeFileSync(file('spaces.csv'), `${CHINESE_HEADERS.join(',')}\r\n  张三 , "${VALID_ID}" ,男\r\n`);
    expect((await readAll(file('spaces.csv')))[0]?.cells).toMatchObject({ name: '张三', nationalId: VALID_ID, gender: '男' });
  });

  it('refuses a CSV whose quote is never closed as malformed', async () => {
    writeFileSync(file('unclosed.csv'), `${CHINESE_HEADERS.join(',')}\r\n张三,${VALID_ID}\r\n"李四,${VALID_ID}\r\n王五\r\n`);
    const sniffed = await sniffImportFile(file('unclosed.csv'));
    await expect(collect(readImportRows(file('unclosed.csv'), sniffed))).rejects.toMatchObject({ code: 'malformed' });
  });

  it('stops a file with more data rows than the limit with too-large', async () => {
    const path = writeCsv(file('eleven.csv'), rowsOf(Array.from({ length: 11 }, () => validRow())));
    const seen: number[] = [];
    const reading = (async () => {
      for await (const row of readImportRows(path, await sniffImportFile(path), { maxRows: 10 })) seen.push(row.rowNumber);
    })();
    await expect(reading).rejects.toBeInstanceOf(ImportFileProblem);
    await expect(reading).rejects.toMatchObject({ code: 'too-large', details: ['10'] });
    expect(seen).toHaveLength(10);
  });

  it.each(['utf-8', 'gbk'] as const)('reads a %s file only as fast as a paused consumer takes rows', async (encoding) => {
    const path = writeCsv(file(`paused-${encoding}.csv`), [CHINESE_HEADERS, ...Array.from({ length: 40_000 }, (_, i) => generatedRow(i + 1))], encoding);
    const [position, ...others] = await positionWhilePaused(path);
    expect(others).toEqual([]);
    expect(position).toBeLessThan(2 * 1024 * 1024);
    expect(statSync(path).size).toBeGreaterThan(4 * 1024 * 1024);
  }, 60_000);

  it('closes the file when the consumer stops early', async () => {
    const path = writeCsv(file('early-stop.csv'), rowsOf(Array.from({ length: 5000 }, () => validRow())));
    for await (const row of readImportRows(path, await sniffImportFile(path))) {
      expect(row.rowNumber).toBe(2);
      expect(openFilesUnder(path)).toEqual([path]); // still reading: the file was not slurped
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openFilesUnder(path)).toEqual([]);
  }, 60_000);
});

describe('readImportRows from XLSX', () => {
  it('reads text, number, date, rich-text and formula cells as the clerk sees them', async () => {
    const row: ExcelJS.CellValue[] = [
      { richText: [{ text: '欧阳', font: { bold: true } }, { text: '娜娜', font: { color: { argb: 'FFFF0000' } } }] },
      VALID_FEMALE_ID,
      '女',
      500103, // district code typed as a number
      { formula: '"重庆"&"长江机械"', result: '重庆长江机械' },
      null,
      'C',
      '焊工',
      3, // skill level typed as a number
      'S5000012019000123',
      '重庆市职业技能鉴定指导中心',
      new Date(Date.UTC(2019, 5, 30)),
    ];
    const path = await writeXlsx(file('cells.xlsx'), [CHINESE_HEADERS, row], (r) => {
      r.getCell(12).numFmt = 'yyyy"年"m"月"d"日"';
    });
    const [read] = await readAll(path);
    expect(read).toEqual({
      rowNumber: 2,
      cells: {
        name: '欧阳娜娜',
        nationalId: VALID_FEMALE_ID,
        gender: '女',
        districtCode: '500103',
        employerName: '重庆长江机械',
        employerId: '',
        industryCode: 'C',
        occupation: '焊工',
        skillLevel: '3',
        certificateNumber: 'S5000012019000123',
        issuingBody: '重庆市职业技能鉴定指导中心',
        issueDate: '2019-06-30',
      },
    });
    expect(read && validateImportRow(read, new Date('2025-01-01'))).toMatchObject({ ok: true, certificate: { skillLevel: 'senior', issueDate: '2019-06-30' } });
  });

  it('turns a formula whose result is a date serial in a date-formatted cell into YYYY-MM-DD', async () => {
    const values = FIELDS.map((f) => validRow()[f] ?? '') as ExcelJS.CellValue[];
    values[11] = { formula: 'DATE(2019,6,30)', result: 43646 };
    const path = await writeXlsx(file('formula-date.xlsx'), [CHINESE_HEADERS, values], (r) => {
      r.getCell(12).numFmt = 'yyyy-mm-dd';
    });
    expect((await readAll(path))[0]?.cells.issueDate).toBe('2019-06-30');
  });

  it('reports an ID number stored in a number cell as invalid instead of guessing its lost digits', async () => {
    const values = FIELDS.map((f) => validRow()[f] ?? '') as ExcelJS.CellValue[];
    values[1] = Number(VALID_ID);
    const path = await writeXlsx(file('id-number.xlsx'), [CHINESE_HEADERS, values]);
    const [read] = await readAll(path);
    expect(read?.cells.nationalId).toMatch(/^5\.0010319880315\d*e\+17$/);
    const result = read && validateImportRow(read);
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'nationalId', header: '身份证号' }] });
    expect(JSON.stringify(result)).toContain('存成了数字');
  });

  it('skips empty rows and keeps the sheet row numbers', async () => {
    const values = FIELDS.map((f) => validRow()[f] ?? '');
    const path = await writeXlsx(file('gaps.xlsx'), [CHINESE_HEADERS, values, [], ['', '  '], values]);
    expect((await readAll(path)).map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it('reads every Chinese character of a large inline-string workbook exactly, wherever the chunks split', async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file('chinese.xlsx'), useSharedStrings: false });
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow(CHINESE_HEADERS).commit();
    const employers = ['重庆九龙坡利民建筑工程有限公司', '重庆长寿区和和火锅店', '重庆万州凯达职业培训学校', '国网重庆市电力公司城口供电公司'];
    for (let i = 0; i < 6_000; i++) sheet.addRow(FIELDS.map((f) => (f === 'employerName' ? `${employers[i % 4]}第${'一二三四五六七八九'[i % 9]}分公司` : (validRow()[f] ?? '')))).commit();
    sheet.commit();
    await workbook.commit();
    const rows = await readAll(file('chinese.xlsx'));
    expect(rows).toHaveLength(6_000);
    expect(rows.filter((r) => !validateImportRow(r).ok)).toEqual([]);
    expect(rows[5_000]?.cells.employerName).toBe('重庆九龙坡利民建筑工程有限公司第六分公司');
  });

  it('reads only the first visible worksheet', async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file('sheets.xlsx'), useSharedStrings: true });
    const hidden = workbook.addWorksheet('说明', { state: 'hidden' });
    hidden.addRow(['这是说明']).commit();
    hidden.commit();
    const data = workbook.addWorksheet('花名册');
    for (const values of rowsOf([validRow()])) data.addRow(values).commit();
    data.commit();
    const other = workbook.addWorksheet('其他');
    for (const values of rowsOf([validRow({ name: '不应读取' })])) other.addRow(values).commit();
    other.commit();
    await workbook.commit();
    expect((await readAll(file('sheets.xlsx'))).map((r) => r.cells.name)).toEqual(['张三']);
  });

  it('stops an XLSX with more data rows than the limit with too-large', async () => {
    const values = FIELDS.map((f) => validRow()[f] ?? '');
    const path = await writeXlsx(file('eleven.xlsx'), [CHINESE_HEADERS, ...Array.from({ length: 11 }, () => values)]);
    await expect(readAll(path, { maxRows: 10 })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('reads a workbook only as fast as a paused consumer takes rows', async () => {
    const path = await writeXlsx(file('paused.xlsx'), [CHINESE_HEADERS, ...Array.from({ length: 40_000 }, (_, i) => generatedRow(i + 1))]);
    const sheet = (await listZipEntries(path)).find((e) => e.name === 'xl/worksheets/sheet1.xml');
    const [position, ...others] = await positionWhilePaused(path);
    expect(others).toEqual([]);
    expect(position).toBeLessThan((sheet ? await dataOffsetOf(path, sheet) : 0) + (sheet?.compressedSize ?? 0) / 2);
  }, 60_000);

  it('closes the workbook when the consumer stops early', async () => {
    const values = FIELDS.map((f) => validRow()[f] ?? '');
    const rows = Array.from({ length: 20_000 }, (_, i) => values.map((v) => `${v}${i}`));
    const path = await writeXlsx(file('early-stop.xlsx'), [CHINESE_HEADERS, ...rows]);
    for await (const row of readImportRows(path, await sniffImportFile(path))) {
      expect(row.rowNumber).toBe(2);
      expect(openFilesUnder(path)).toEqual([path]); // still reading: the file was not slurped
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openFilesUnder(path)).toEqual([]);
  }, 60_000);

  it('fails, rather than hangs, on an XLSX whose worksheet data is damaged (already when sniffing it)', async () => {
    const values = FIELDS.map((f) => validRow()[f] ?? '');
    const path = await writeXlsx(file('to-damage.xlsx'), [CHINESE_HEADERS, ...Array.from({ length: 3000 }, (_, i) => values.map((v) => `${v}${i}`))]);
    const sheet = (await listZipEntries(path)).find((e) => e.name === 'xl/worksheets/sheet1.xml');
    if (!sheet) throw new Error('no sheet');
    const bytes = readFileSync(path);
    bytes.fill(0xff, (await dataOffsetOf(path, sheet)) + Math.floor(sheet.compressedSize / 2), (await dataOffsetOf(path, sheet)) + Math.floor(sheet.compressedSize / 2) + 64);
    writeFileSync(file('damaged.xlsx'), bytes);
    // The worksheet is read through once to size it (ascii-xml.ts), so the damage shows when sniffing.
    await expect(sniffImportFile(file('damaged.xlsx'))).rejects.toMatchObject({ code: 'malformed' });
  });

  it('refuses a truncated XLSX', async () => {
    const values = FIELDS.map((f) => validRow()[f] ?? '');
    const path = await writeXlsx(file('whole.xlsx'), [CHINESE_HEADERS, values]);
    const bytes = readFileSync(path);
    writeFileSync(file('truncated.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(sniffImportFile(file('truncated.xlsx'))).rejects.toMatchObject({ code: 'unsupported-type' });
  });
});
