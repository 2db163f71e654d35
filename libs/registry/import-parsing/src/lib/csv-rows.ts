import { parse, CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { ImportFileProblem } from './import-file-problem';
import type { SheetRow } from './sheet-row';
import type { ImportEncoding } from './types';

/** A record longer than this (characters) means a quote was never closed. */
const MAX_RECORD_SIZE = 1024 * 1024;

function malformed(error: unknown): unknown {
  if (error instanceof ImportFileProblem) return error;
  if (error instanceof CsvError) {
    const lines: unknown = (error as unknown as Record<string, unknown>)['lines'];
    const line = typeof lines === 'number' ? lines : undefined;
    const where = line === undefined ? [] : [`第${line}行附近 near line ${line}`];
    const quote = error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_MAX_RECORD_SIZE';
    return new ImportFileProblem(
      'malformed',
      quote ? 'CSV格式错误：有引号没有闭合' : 'CSV格式错误',
      quote ? 'the CSV has a quote that is never closed' : 'the file is not valid CSV',
      [...where, error.code],
    );
  }
  return error;
}

/**
 * The records of a CSV file, streamed: the file is decoded (GB18030 through iconv-lite; UTF-8 by
 * csv-parse itself) and parsed as the consumer pulls, so a slow consumer pauses the file read.
 * Every record counts as a row (blank lines too), so row numbers match what Excel shows.
 */
export async function* csvRows(path: string, encoding: ImportEncoding, maxColumns = 256): AsyncGenerator<SheetRow> {
  const source = createReadStream(path, { highWaterMark: 256 * 1024 });
  const parser = parse({
    bom: true,
    relax_column_count: true, // rows with fewer or more cells than the header
    relax_quotes: true, // a stray quote inside an unquoted cell: 5"
    trim: true, // spaces around a quoted cell: "a" ,b
    max_record_size: MAX_RECORD_SIZE,
  });
  const done = (): void => undefined; // errors reach the consumer through the parser's iterator
  if (encoding === 'gb18030') pipeline(source, iconv.decodeStream('gb18030'), parser, done);
  else pipeline(source, parser, done);
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<unknown>) {
      rowNumber++;
      const values = Array.isArray(record) ? (record as unknown[]).slice(0, maxColumns).map((v) => (typeof v === 'string' ? v : '')) : [];
      yield { rowNumber, values };
    }
  } catch (error) {
    throw malformed(error);
  } finally {
    parser.destroy();
    source.destroy();
  }
}
