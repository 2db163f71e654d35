// The import spreadsheet as XLSX, streamed with exceljs' WorkbookWriter: ID numbers as text cells (an
// 18-digit number would lose its last digits as a number), issue dates as real dates.
import { once } from 'node:events';
import { WORKER_IMPORT_COLUMNS } from '@bayu/contracts';
import type { DemoWorker } from './generate';
import { breakCells, IMPORT_FIELDS, importCellsOf, invalidKindOf, type InvalidRowKind } from './import-rows';
import type { WriteReport } from './csv';

export interface XlsxOptions {
  /** As for CSV: every Nth data row broken. */
  readonly invalidEvery?: number;
  readonly sheetName?: string;
}

/** Excel's own limit, header row included. */
export const XLSX_MAX_ROWS = 1_048_576;

const WIDTHS: Readonly<Record<string, number>> = { nationalId: 22, employerName: 36, issuingBody: 28, certificateNumber: 26, issueDate: 12, occupation: 18 };
const ID_COLUMN = IMPORT_FIELDS.indexOf('nationalId') + 1;
const DATE_COLUMN = IMPORT_FIELDS.indexOf('issueDate') + 1;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const ZIP_BACKLOG = 8 * 1024 * 1024;

interface BufferedStream {
  readonly _writableState: { readonly length: number };
  once(event: 'drain', listener: () => void): unknown;
}

function isBufferedStream(value: unknown): value is BufferedStream {
  const state = (value as { _writableState?: { length?: unknown } } | null)?._writableState;
  return typeof state?.length === 'number' && typeof (value as { once?: unknown }).once === 'function';
}

/**
 * exceljs 4.4 hands a worksheet to the zip through a PassThrough and ignores its backpressure, so a million
 * rows would pile up in memory (exceljs issues #1894, #2916) while the zip deflates on the thread pool. Waits
 * until that backlog drains. Relies on exceljs internals (sheet.stream.pipes); without them it only yields.
 */
async function zipCatchUp(sheet: unknown): Promise<void> {
  const pipes: unknown = (sheet as { stream?: { pipes?: unknown } }).stream?.pipes;
  for (const pipe of Array.isArray(pipes) ? (pipes as unknown[]) : []) {
    if (isBufferedStream(pipe) && pipe._writableState.length > ZIP_BACKLOG) await once(pipe as unknown as NodeJS.EventEmitter, 'drain');
  }
  await new Promise<void>((resolve) => setImmediate(resolve));
}

export async function writeWorkersXlsx(workers: Iterable<DemoWorker>, path: string, options: XlsxOptions = {}): Promise<Omit<WriteReport, 'bytes'>> {
  // Loaded on first use: exceljs takes half a second to load, and the dev stack imports this package.
  const ExcelJS = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(options.sheetName ?? '技能人才');
  sheet.columns = WORKER_IMPORT_COLUMNS.map((c) => ({
    header: c.headers[0],
    key: c.field,
    width: WIDTHS[c.field] ?? 14,
    ...(c.field === 'nationalId' ? { style: { numFmt: '@' } } : c.field === 'issueDate' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };

  const invalidByKind: Record<InvalidRowKind, number> = { 'check-digit': 0, 'unknown-district': 0, 'level-without-certificate': 0, 'impossible-date': 0 };
  let rows = 0;
  for (const worker of workers) {
    if (rows + 2 > XLSX_MAX_ROWS) throw new RangeError(`an XLSX sheet holds at most ${XLSX_MAX_ROWS - 1} workers`);
    rows++;
    const cells = importCellsOf(worker);
    const kind = invalidKindOf(rows, options.invalidEvery);
    if (kind) {
      breakCells(cells, kind);
      invalidByKind[kind]++;
    }
    const values: Array<string | Date | null> = cells.map((v) => (v === '' ? null : v));
    const issueDate = cells[DATE_COLUMN - 1] ?? '';
    // A real date becomes a date cell; 31 February stays text, as a clerk's typo would.
    if (ISO_DATE.test(issueDate) && !Number.isNaN(Date.parse(issueDate)) && new Date(issueDate).toISOString().startsWith(issueDate)) values[DATE_COLUMN - 1] = new Date(`${issueDate}T00:00:00Z`);
    const row = sheet.addRow(values);
    row.getCell(ID_COLUMN).numFmt = '@';
    row.commit();
    if (rows % 2000 === 0) await zipCatchUp(sheet);
  }
  sheet.commit();
  await workbook.commit();
  const invalidRows = Object.values(invalidByKind).reduce((a, b) => a + b, 0);
  return { rows, invalidRows, invalidByKind };
}
