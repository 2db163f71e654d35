import { WORKER_IMPORT_LIMITS, type WorkerImportField } from '@bayu/contracts';
import { csvRows } from './csv-rows';
import { ImportFileProblem } from './import-file-problem';
import { isBlank, type SheetRow } from './sheet-row';
import type { RawImportRow, ReadImportRowsOptions, SniffedFile } from './types';
import { xlsxRows, type XlsxRowsOptions } from './xlsx-rows';

export function sheetRows(path: string, sniffed: Pick<SniffedFile, 'format' | 'encoding'>, options: XlsxRowsOptions = {}): AsyncGenerator<SheetRow> {
  return sniffed.format === 'xlsx' ? xlsxRows(path, options) : csvRows(path, sniffed.encoding, options.maxColumns);
}

/** The mapped cells of a row (missing cells ''), or undefined when every mapped cell is empty. */
export function toRawRow(row: SheetRow, fields: ReadonlyArray<WorkerImportField | undefined>): RawImportRow | undefined {
  const cells: Partial<Record<WorkerImportField, string>> = {};
  let empty = true;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (field === undefined) continue;
    const value = (row.values[i] ?? '').trim();
    cells[field] = value;
    if (value !== '') empty = false;
  }
  return empty ? undefined : { rowNumber: row.rowNumber, cells };
}

export function tooManyRows(maxRows: number): ImportFileProblem {
  return new ImportFileProblem('too-large', `数据超过${maxRows}行，请拆分成多个文件分批导入`, `more than ${maxRows} data rows; split the file and import the parts one by one`, [String(maxRows)]);
}

/**
 * The data rows of a sniffed file, streamed: the header row (the first non-empty row) is skipped, rows
 * whose mapped cells are all empty are skipped, extra cells beyond the header are ignored. Reading
 * proceeds only as the consumer asks for rows, so memory stays flat whatever the file size. Throws
 * ImportFileProblem `too-large` on the first row past `maxRows`, `malformed` for broken CSV/XLSX.
 */
export async function* readImportRows(path: string, sniffed: SniffedFile, options: ReadImportRowsOptions = {}): AsyncIterable<RawImportRow> {
  const maxRows = options.maxRows ?? WORKER_IMPORT_LIMITS.maxRows;
  const fields = sniffed.headers.map((h) => h.field);
  let headerSeen = false;
  let count = 0;
  for await (const row of sheetRows(path, sniffed, { maxColumns: fields.length, temporaryDirectory: options.temporaryDirectory })) {
    if (!headerSeen) {
      headerSeen = !isBlank(row.values);
      continue;
    }
    const raw = toRawRow(row, fields);
    if (raw === undefined) continue;
    if (++count > maxRows) throw tooManyRows(maxRows);
    yield raw;
  }
}
