/**
 * Finds the parts of an XLSX package the import needs and re-assembles them, in the order exceljs's
 * streaming reader wants, into a minimal ZIP stream: relationships, workbook, styles, then the first
 * worksheet only (named sheet1.xml). Shared strings are read separately (shared-strings.ts). Reasons:
 *  - exceljs streams a worksheet directly only when shared strings and relationships are known before it
 *    in the ZIP; otherwise it first copies the whole worksheet to a temporary file (Excel and exceljs
 *    itself both write worksheets first), which it removes only when iteration completes normally.
 *  - other worksheets, pictures and the like are never read.
 */
import { pipeline, Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { asciiXml, measure } from './ascii-xml';
import { listZipEntries, localHeader, openCompressedData, readSmallEntry, ZipProblem, type ZipEntry } from '@bayu/platform/files';

export interface XlsxLayout {
  workbookRels: ZipEntry;
  workbook: ZipEntry;
  sharedStrings: ZipEntry | undefined;
  styles: ZipEntry | undefined;
  sheet: ZipEntry;
}

export const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

type Attributes = Map<string, string>;

function elements(xml: string, localName: string): Attributes[] {
  const found: Attributes[] = [];
  const element = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b([^>]*)>`, 'g');
  for (const [, body = ''] of xml.matchAll(element)) {
    const attributes: Attributes = new Map();
    for (const [, name = '', dq, sq] of body.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes.set(name, decodeXml(dq ?? sq ?? ''));
    }
    found.push(attributes);
  }
  return found;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

/** The relationship id attribute of a <sheet>, whatever prefix the writer bound the namespace to. */
function relationshipId(sheet: Attributes): string | undefined {
  for (const [name, value] of sheet) if (/^[\w.-]+:id$/.test(name)) return value;
  return undefined;
}

function resolveTarget(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

/** Whether the ZIP's central directory names an XLSX workbook. */
export function isWorkbookPackage(entries: readonly ZipEntry[]): boolean {
  return entries.some((e) => e.name === WORKBOOK_PART);
}

/** Locates workbook, shared strings, styles and the first visible worksheet; throws ZipProblem otherwise. */
export async function readXlsxLayout(path: string): Promise<XlsxLayout> {
  const entries = new Map((await listZipEntries(path)).map((e) => [e.name, e]));
  const workbook = entries.get(WORKBOOK_PART);
  const workbookRels = entries.get(WORKBOOK_RELS_PART);
  if (!workbook || !workbookRels) throw new ZipProblem('not an XLSX workbook');
  const rels = elements(await readSmallEntry(path, workbookRels), 'Relationship');
  const relById = new Map(rels.map((r) => [r.get('Id') ?? '', r]));
  const partOf = (type: string): ZipEntry | undefined => {
    const rel = rels.find((r) => r.get('Type') === REL_TYPE + type);
    const target = rel?.get('Target');
    return target === undefined ? undefined : entries.get(resolveTarget(target));
  };

  const worksheets: Array<{ entry: ZipEntry; hidden: boolean }> = [];
  for (const sheet of elements(await readSmallEntry(path, workbook), 'sheet')) {
    const rel = relById.get(relationshipId(sheet) ?? '');
    const target = rel?.get('Target');
    if (!rel || target === undefined || rel.get('Type') !== `${REL_TYPE}worksheet`) continue;
    const entry = entries.get(resolveTarget(target));
    const state = sheet.get('state');
    if (entry) worksheets.push({ entry, hidden: state === 'hidden' || state === 'veryHidden' });
  }
  const sheet = (worksheets.find((w) => !w.hidden) ?? worksheets[0])?.entry;
  if (!sheet) throw new ZipProblem('the workbook has no worksheet');
  return { workbookRels, workbook, sharedStrings: partOf('sharedStrings'), styles: partOf('styles'), sheet };
}

/**
 * The part's bytes, inflated here rather than by exceljs's unzipper: a damaged deflate stream or a
 * wrong size makes unzipper wait forever, whereas here it fails the stream. The CRC is checked too.
 */
export async function* inflated(path: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  const compressed = await openCompressedData(path, entry);
  const source = entry.method === 8 ? pipeline(compressed, createInflateRaw(), () => undefined) : compressed;
  let size = 0;
  let crc = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > entry.uncompressedSize) throw new ZipProblem(`${entry.name} is longer than its directory entry says`);
    crc = crc32(chunk, crc);
    yield chunk;
  }
  if (size !== entry.uncompressedSize || crc >>> 0 !== entry.crc32 >>> 0) throw new ZipProblem(`${entry.name} is damaged (size or CRC mismatch)`);
}

/**
 * The minimal ZIP stream exceljs reads, with every part stored (already inflated). It errors when a part
 * is damaged; exceljs does not listen for that, so readers must race its iteration against the error.
 * Destroy it to stop reading the file.
 */
export function openXlsxStream(path: string, layout: XlsxLayout): Readable {
  const parts: Array<[string, ZipEntry | undefined]> = [
    [WORKBOOK_RELS_PART, layout.workbookRels],
    [WORKBOOK_PART, layout.workbook],
    ['xl/styles.xml', layout.styles],
    ['xl/worksheets/sheet1.xml', layout.sheet],
  ];
  async function* bytes(): AsyncGenerator<Buffer> {
    for (const [name, entry] of parts) {
      if (!entry) continue;
      // Two passes over the part (size and CRC first, as a stored entry declares them up front), so nothing
      // is buffered whatever the sheet's size; see ascii-xml.ts for why the XML is made ASCII.
      const { size, crc32: crc } = await measure(asciiXml(inflated(path, entry)));
      yield localHeader(name, 0, crc, size, size);
      yield* asciiXml(inflated(path, entry));
    }
  }
  return Readable.from(bytes(), { objectMode: false });
}
