import * as ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import { ImportFileProblem } from './import-file-problem';
import type { SheetRow } from './sheet-row';
import type { XlsxOptions } from './types';
import { cellText } from './xlsx-cells';
import { parseSharedStrings, SharedStringsIncomplete, SharedStringTable } from './shared-strings';
import { inflated, openXlsxStream, readXlsxLayout } from './xlsx-package';
import { ZipProblem } from '@bayu/platform/files';

export function damagedWorkbook(error: unknown): ImportFileProblem {
  if (error instanceof ImportFileProblem) return error;
  const why = error instanceof Error ? error.message : String(error);
  if (error instanceof ZipProblem && /not an XLSX|no end of central|central directory|ZIP64|encrypted|compression method/.test(why)) {
    return new ImportFileProblem('unsupported-type', '无法读取该Excel文件，请用Excel另存为.xlsx后重试', 'the Excel package cannot be read; save it again as .xlsx', [why]);
  }
  return new ImportFileProblem('malformed', 'Excel文件已损坏或格式不正确，请用Excel另存为.xlsx后重试', 'the XLSX file is damaged; save it again as .xlsx', [why]);
}

/**
 * Iterates `items`, failing as soon as `input` errors: exceljs pipes our stream into unzipper without
 * listening for its errors, so a damaged part would otherwise leave the iteration waiting forever.
 */
async function* failingWith<T>(items: AsyncIterable<T>, input: Readable): AsyncGenerator<T> {
  // Not Promise.race against one long-lived "failed" promise: every race leaves a reaction on it that
  // holds the settled value, so 100,000 rows would stay reachable.
  let failure: unknown;
  let rejectPending: ((error: unknown) => void) | undefined;
  const onError = (error: unknown): void => {
    failure = error;
    rejectPending?.(error);
  };
  input.once('error', onError);
  const iterator = items[Symbol.asyncIterator]();
  try {
    for (;;) {
      if (failure !== undefined) throw failure;
      const next = await new Promise<IteratorResult<T>>((resolve, reject) => {
        rejectPending = reject;
        iterator.next().then(resolve, reject);
      });
      rejectPending = undefined;
      if (next.done) return;
      yield next.value;
    }
  } finally {
    rejectPending = undefined;
    input.off('error', onError);
    // Settles at once when exceljs is paused at a yield; if it is mid-read (we are failing), whatever it
    // throws later must not become an unhandled rejection.
    iterator.return?.().catch(() => undefined);
  }
}

export interface XlsxRowsOptions extends XlsxOptions {
  maxColumns?: number;
  /** Estimated heap bytes of shared strings kept in memory before they move to disk. */
  sharedStringBudget?: number;
  /** Load only this many shared strings (sniffing a header); more needed throws SharedStringsIncomplete. */
  sharedStringLimit?: number;
}

/**
 * The rows of the first visible worksheet, streamed: cell text by column (index 0 = column A), only
 * the first `maxColumns` columns. Empty rows are not reported by Excel at all, so numbers may jump.
 */
export async function* xlsxRows(path: string, options: XlsxRowsOptions = {}): AsyncGenerator<SheetRow> {
  const maxColumns = options.maxColumns ?? 256;
  let input: Readable | undefined;
  const sharedStrings = new SharedStringTable({ memoryBudget: options.sharedStringBudget, directory: options.temporaryDirectory, limit: options.sharedStringLimit });
  try {
    const layout = await readXlsxLayout(path);
    if (layout.sharedStrings) await parseSharedStrings(inflated(path, layout.sharedStrings), (text) => sharedStrings.add(text));
    sharedStrings.finish();
    input = openXlsxStream(path, layout);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      worksheets: 'emit',
      sharedStrings: 'ignore', // ours, below
      styles: 'cache', // without styles exceljs cannot tell a date cell from a number
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    // exceljs 4.4 internals: the worksheet reader resolves `t="s"` cells as workbook.sharedStrings[index],
    // and streams a worksheet directly (instead of via a temporary file) once that field is set.
    (reader as unknown as { sharedStrings: unknown }).sharedStrings = sharedStrings.asIndexable();
    for await (const sheet of failingWith(reader, input)) {
      for await (const row of failingWith(sheet, input)) {
        const values: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          if (column <= maxColumns) values[column - 1] = cellText(cell);
        });
        for (let i = 0; i < values.length; i++) values[i] ??= '';
        yield { rowNumber: row.number, values };
      }
      break; // the package holds only the first worksheet anyway
    }
  } catch (error) {
    throw error instanceof SharedStringsIncomplete ? error : damagedWorkbook(error);
  } finally {
    input?.destroy();
    sharedStrings.close();
  }
}
