import { WORKER_IMPORT_COLUMNS, type WorkerImportField } from '@bayu/contracts';
import { composeNationalId } from '@bayu/national-id';
import * as ExcelJS from 'exceljs';
import { storedZip } from '@bayu/platform/files';
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

export type Row = Partial<Record<WorkerImportField, string>>;

/** A temp directory per spec file, removed after all its tests. */
export function useTempDir(): (name: string) => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bayu-import-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name) => join(dir, name);
}

export const CHINESE_HEADERS = WORKER_IMPORT_COLUMNS.map((c) => c.headers[0]);
export const FIELDS: WorkerImportField[] = WORKER_IMPORT_COLUMNS.map((c) => c.field);

export const VALID_ID = composeNationalId('500103', '1988-03-15', 123, 'male');
export const VALID_FEMALE_ID = composeNationalId('500229', '1992-11-02', 46, 'female');

export function validRow(overrides: Row = {}): Row {
  return {
    name: '张三',
    nationalId: VALID_ID,
    gender: '男',
    districtCode: '渝中区',
    employerName: '重庆长江机械有限公司',
    employerId: '',
    industryCode: '制造业',
    occupation: '数控车工',
    skillLevel: '高级工',
    certificateNumber: 'S5000012019000123',
    issuingBody: '重庆市职业技能鉴定指导中心',
    issueDate: '2019-06-30',
    ...overrides,
  };
}

const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞'];
const FAMILY = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const DISTRICTS = ['渝中区', '江北区', '500106', '九龙坡区', '南岸区', '渝北区', '万州区', '两江新区'];
const LEVELS = ['', '初级工', '中级工', '高级工', '三级', '技师', ''];

/** A deterministic generated row; every 50th has a bad check digit, every 70th an unknown district. */
export function generatedRow(i: number): string[] {
  const male = i % 2 === 0;
  const year = 1965 + (i % 40);
  let id = composeNationalId('500103', `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, i % 997, male ? 'male' : 'female');
  if (i % 50 === 0) id = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
  const level = LEVELS[i % LEVELS.length] ?? '';
  const row: Row = {
    name: `${FAMILY[i % FAMILY.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
    nationalId: id,
    gender: male ? '男' : '女',
    districtCode: i % 70 === 0 ? '成都市' : (DISTRICTS[i % DISTRICTS.length] ?? ''),
    employerName: `重庆第${(i % 300) + 1}机械制造有限公司`,
    employerId: '',
    industryCode: i % 3 === 0 ? 'C' : '制造业',
    occupation: i % 5 === 0 ? '焊工' : '数控车工',
    skillLevel: level,
    certificateNumber: level ? `S50${String(i).padStart(12, '0')}` : '',
    issuingBody: level ? '重庆市职业技能鉴定指导中心' : '',
    issueDate: level ? `${Math.min(year + 20, 2024)}-0${(i % 9) + 1}-1${i % 10}` : '',
  };
  return FIELDS.map((f) => row[f] ?? '');
}

export function csvOf(lines: ReadonlyArray<readonly string[]>, eol = '\r\n'): string {
  const field = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return lines.map((l) => l.map(field).join(',')).join(eol) + eol;
}

export function rowsOf(rows: Row[], headers: readonly string[] = CHINESE_HEADERS): string[][] {
  return [[...headers], ...rows.map((r) => FIELDS.map((f) => r[f] ?? ''))];
}

export function writeCsv(path: string, lines: ReadonlyArray<readonly string[]>, encoding: 'utf-8' | 'utf-8-bom' | 'gbk' = 'utf-8'): string {
  const text = csvOf(lines);
  if (encoding === 'gbk') writeFileSync(path, iconv.encode(text, 'gbk'));
  else writeFileSync(path, (encoding === 'utf-8-bom' ? '\uFEFF' : '') + text, 'utf8');
  return path;
}

/** An XLSX written the way exceljs streams it (shared strings on, like Excel). */
export async function writeXlsx(path: string, rows: Iterable<ExcelJS.CellValue[]>, style?: (row: ExcelJS.Row) => void): Promise<string> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('花名册');
  for (const values of rows) {
    const row = sheet.addRow(values);
    style?.(row);
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return path;
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** A real garbage collector for heap measurements, even when node runs without --expose-gc. */
export function garbageCollector(): () => void {
  const global = globalThis as { gc?: () => void };
  if (typeof global.gc === 'function') return global.gc;
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? (gc as () => void) : function noGc(): void {
    // no collector: measurements include garbage
  };
}

/** A minimal stored (uncompressed) ZIP, e.g. a .docx to rename to .xlsx. */
export const zipOf = storedZip;

export type HandmadeCell = { shared: number } | { inline: string } | { number: number };

function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An XLSX written by hand (no styles part, stored entries), e.g. with shared strings in an unusual order. */
export function handmadeXlsx(sharedStrings: readonly string[], rows: ReadonlyArray<readonly HandmadeCell[]>): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const cell = (c: HandmadeCell, ref: string): string =>
    'shared' in c ? `<c r="${ref}" t="s"><v>${c.shared}</v></c>` : 'inline' in c ? `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(c.inline)}</t></is></c>` : `<c r="${ref}"><v>${c.number}</v></c>`;
  const sheetRows = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => cell(c, `${columnLetter(i)}${r + 1}`)).join('')}</row>`).join('');
  return zipOf({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${sheetRows}</sheetData></worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="${sharedStrings.length}">${sharedStrings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`,
  });
}
