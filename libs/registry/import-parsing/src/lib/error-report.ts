import { once } from 'node:events';
import { reportableValue } from './row-errors';
import type { RowError } from './types';

export const ERROR_REPORT_HEADER = ['行号 Row', '列 Column', '原因 Reason', '值 Value'] as const;

/** Flush to the stream once this many characters have been collected. */
const CHUNK_CHARACTERS = 64 * 1024;

/**
 * One CSV field (RFC 4180). A value Excel would run as a formula (= + - @ at the start) gets a leading
 * apostrophe: the report repeats what clerks typed, and it is opened in Excel.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export interface ErrorReportOptions {
  /** End `out` when the report is complete (default true). */
  end?: boolean;
}

/**
 * Writes the per-row error report: UTF-8 with a BOM (so Excel on Chinese Windows reads it as UTF-8),
 * CRLF lines, header `行号 Row,列 Column,原因 Reason,值 Value`. Waits for `drain` whenever `out` is full,
 * so a slow destination slows the producer instead of filling memory. Values are masked again here in
 * case a caller built a RowError by hand. Resolves with the number of error rows written.
 */
export async function writeErrorReport(errors: AsyncIterable<RowError>, out: NodeJS.WritableStream, options: ErrorReportOptions = {}): Promise<{ rows: number }> {
  let rows = 0;
  let pending = `\uFEFF${csvLine(ERROR_REPORT_HEADER)}`;
  // A write error while we are not waiting on the stream must still surface (and not crash the process).
  let failure: { error: unknown } | undefined;
  const onError = (error: unknown): void => {
    failure ??= { error };
  };
  out.on('error', onError);
  const flush = async (): Promise<void> => {
    if (failure) throw failure.error;
    const chunk = pending;
    pending = '';
    if (!out.write(chunk, 'utf8')) await once(out, 'drain');
  };
  try {
    for await (const error of errors) {
      pending += csvLine([String(error.rowNumber), error.header, error.reason, error.value === undefined ? '' : reportableValue(error.value)]);
      rows++;
      if (pending.length >= CHUNK_CHARACTERS) await flush();
    }
    if (pending.length > 0) await flush();
    if (options.end ?? true) {
      const finished = once(out, 'finish');
      out.end();
      await finished;
    }
    if (failure) throw failure.error;
  } finally {
    out.off('error', onError);
  }
  return { rows };
}
