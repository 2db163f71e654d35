import { WORKER_IMPORT_LIMITS } from '@bayu/contracts';
import { open, stat } from 'node:fs/promises';
import { detectTextEncoding, isZip, notAWorkbook, refuseNonText } from './content-type';
import { checkHeaders, mapHeaders } from './headers';
import { ImportFileProblem } from './import-file-problem';
import { sheetRows, toRawRow } from './read-rows';
import { isBlank } from './sheet-row';
import type { ImportHeader, SniffedFile, SniffOptions } from './types';
import { isWorkbookPackage } from './xlsx-package';
import { SharedStringsIncomplete } from './shared-strings';
import { damagedWorkbook, type XlsxRowsOptions } from './xlsx-rows';
import { listZipEntries, type ZipEntry } from '@bayu/platform/files';

/** How much of a text file decides its encoding. */
const SAMPLE_BYTES = 512 * 1024;

async function readHead(path: string, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

const emptyFile = (): ImportFileProblem => new ImportFileProblem('empty', '文件是空的', 'the file is empty');

/**
 * Shared strings to load when sniffing an XLSX: Excel numbers them in order of first use, so the header's
 * and first row's are normally among the first few; if not (a header retyped later), we load them all.
 */
const SNIFF_SHARED_STRINGS = 10_000;

/** Reads the header row (the first non-empty row), checks it, and makes sure a data row follows. */
async function readHeaders(path: string, sniffed: Pick<SniffedFile, 'format' | 'encoding'>, options: SniffOptions): Promise<ImportHeader[]> {
  try {
    return await readHeadersOnce(path, sniffed, { temporaryDirectory: options.temporaryDirectory, sharedStringLimit: SNIFF_SHARED_STRINGS });
  } catch (error) {
    if (!(error instanceof SharedStringsIncomplete)) throw error;
    return readHeadersOnce(path, sniffed, { temporaryDirectory: options.temporaryDirectory });
  }
}

async function readHeadersOnce(path: string, sniffed: Pick<SniffedFile, 'format' | 'encoding'>, options: XlsxRowsOptions): Promise<ImportHeader[]> {
  let headers: ImportHeader[] | undefined;
  for await (const row of sheetRows(path, sniffed, options)) {
    if (headers === undefined) {
      if (isBlank(row.values)) continue;
      headers = mapHeaders(row.values);
      checkHeaders(headers);
    } else if (toRawRow(row, headers.map((h) => h.field))) {
      return headers; // leaving the loop stops the read
    }
  }
  if (headers === undefined) throw emptyFile();
  throw new ImportFileProblem('empty', '文件只有表头，没有数据行', 'the file has a header row but no data rows');
}

/**
 * Recognises an upload by its bytes (never its name), finds its encoding and reads its header row.
 * Throws ImportFileProblem for anything the clerk must fix before rows can be read.
 */
export async function sniffImportFile(path: string, options: SniffOptions = {}): Promise<SniffedFile> {
  const maxBytes = options.maxBytes ?? WORKER_IMPORT_LIMITS.maxBytes;
  const { size: bytes } = await stat(path);
  if (bytes === 0) throw emptyFile();
  if (bytes > maxBytes) {
    const mb = Math.round(maxBytes / 1024 / 1024);
    throw new ImportFileProblem('too-large', `文件超过${mb}MB，请拆分后分批导入`, `the file is larger than ${mb} MB; split it`, [String(bytes)]);
  }
  const head = await readHead(path, SAMPLE_BYTES);

  if (isZip(head)) {
    let entries: ZipEntry[];
    try {
      entries = await listZipEntries(path);
    } catch (error) {
      throw damagedWorkbook(error);
    }
    if (!isWorkbookPackage(entries)) throw notAWorkbook(entries);
    return { format: 'xlsx', encoding: null, bytes, headers: await readHeaders(path, { format: 'xlsx', encoding: null }, options) };
  }

  refuseNonText(head);
  const encoding = detectTextEncoding(head, bytes <= head.length);
  return { format: 'csv', encoding, bytes, headers: await readHeaders(path, { format: 'csv', encoding }, options) };
}
