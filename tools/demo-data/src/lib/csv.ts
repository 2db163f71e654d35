// The import spreadsheet as CSV, streamed: UTF-8 (with a BOM, as Excel writes it) or GB18030/GBK (as older
// Excel and WPS save 逗号分隔), honouring the destination's backpressure.
import { once } from 'node:events';
import iconv from 'iconv-lite';
import type { DemoWorker } from './generate';
import { breakCells, IMPORT_HEADERS, importCellsOf, invalidKindOf, type InvalidRowKind } from './import-rows';

export interface CsvOptions {
  readonly encoding: 'utf-8' | 'gb18030';
  /** Byte order mark: default on for UTF-8 (Excel needs it to read Chinese), off for GB18030. */
  readonly bom?: boolean;
  /** Every Nth data row is broken (see INVALID_ROW_KINDS), cycling through the kinds. */
  readonly invalidEvery?: number;
}

export interface WriteReport {
  /** Data rows written (header not counted). */
  readonly rows: number;
  readonly invalidRows: number;
  readonly invalidByKind: Readonly<Record<InvalidRowKind, number>>;
  readonly bytes: number;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvLine(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i ? ',' : '') + csvField(cells[i] ?? '');
  return `${line}\r\n`;
}

const FLUSH_AT = 256 * 1024;

/**
 * Writes the header and one row per worker to `out`; waits for 'drain' whenever `out` asks to. Does not end
 * `out` (it may be stdout): end it yourself.
 */
export async function writeWorkersCsv(workers: Iterable<DemoWorker>, out: NodeJS.WritableStream, options: CsvOptions): Promise<WriteReport> {
  const encode = options.encoding === 'gb18030' ? (text: string) => iconv.encode(text, 'gb18030') : (text: string) => Buffer.from(text, 'utf8');
  const bom = options.bom ?? options.encoding === 'utf-8';
  const invalidByKind: Record<InvalidRowKind, number> = { 'check-digit': 0, 'unknown-district': 0, 'level-without-certificate': 0, 'impossible-date': 0 };
  let bytes = 0;
  let rows = 0;
  let pending = (bom ? '\uFEFF' : '') + csvLine(IMPORT_HEADERS);

  const flush = async (): Promise<void> => {
    const chunk = encode(pending);
    pending = '';
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out as NodeJS.EventEmitter, 'drain');
  };

  for (const worker of workers) {
    rows++;
    const cells = importCellsOf(worker);
    const kind = invalidKindOf(rows, options.invalidEvery);
    if (kind) {
      breakCells(cells, kind);
      invalidByKind[kind]++;
    }
    pending += csvLine(cells);
    if (pending.length >= FLUSH_AT) await flush();
  }
  if (pending.length) await flush();
  const invalidRows = Object.values(invalidByKind).reduce((a, b) => a + b, 0);
  return { rows, invalidRows, invalidByKind, bytes };
}
