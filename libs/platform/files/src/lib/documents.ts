import { open, readFile, stat } from 'node:fs/promises';
import { pdfIsEncrypted, pdfPageCount } from './pdf-pages';
import { listZipEntries, readSmallEntry, ZipProblem } from './zip';

export type DocumentProblemCode = 'not-a-document' | 'legacy-word' | 'encrypted' | 'pages-unknown';

/** Why an uploaded file cannot be taken as evidence: a code for the API, a sentence for the log. */
export class DocumentProblem extends Error {
  constructor(
    readonly code: DocumentProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentProblem';
  }
}

export interface DocumentFacts {
  readonly type: 'application/pdf' | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  readonly pages: number;
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const MAX_PDF_BYTES = 64 * 1024 * 1024;

/**
 * What a document really is, from its bytes, and how many pages it has, from the file itself: a PDF's page
 * tree, or the page count Word writes into a DOCX (docProps/app.xml). Legacy .doc and encrypted files are
 * refused, because their pages cannot be counted without opening them.
 */
export async function inspectDocument(path: string): Promise<DocumentFacts> {
  const head = Buffer.alloc(8);
  const file = await open(path, 'r');
  try {
    await file.read(head, 0, 8, 0);
  } finally {
    await file.close();
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
    if ((await stat(path)).size > MAX_PDF_BYTES) throw new DocumentProblem('pages-unknown', 'PDF too large to inspect');
    const pdf = await readFile(path);
    if (pdfIsEncrypted(pdf)) throw new DocumentProblem('encrypted', 'the PDF is encrypted');
    const pages = pdfPageCount(pdf);
    if (pages === undefined) throw new DocumentProblem('pages-unknown', 'no page tree in the PDF');
    return { type: 'application/pdf', pages };
  }
  if (head.equals(OLE2)) throw new DocumentProblem('legacy-word', 'a legacy Office (OLE2) file: an old .doc, or an encrypted Office document');
  if (head.readUInt32LE(0) === 0x04034b50) return inspectDocx(path);
  throw new DocumentProblem('not-a-document', 'neither PDF nor Word');
}

async function inspectDocx(path: string): Promise<DocumentFacts> {
  try {
    const entries = await listZipEntries(path);
    if (!entries.some((e) => e.name === 'word/document.xml')) throw new DocumentProblem('not-a-document', 'a ZIP without word/document.xml');
    const app = entries.find((e) => e.name === 'docProps/app.xml');
    const pages = app ? Number(/<(?:\w+:)?Pages>(\d+)<\/(?:\w+:)?Pages>/.exec(await readSmallEntry(path, app, 1024 * 1024))?.[1] ?? NaN) : NaN;
    if (!Number.isInteger(pages) || pages < 1) throw new DocumentProblem('pages-unknown', 'the Word file records no page count');
    return { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pages };
  } catch (error) {
    if (error instanceof ZipProblem) throw new DocumentProblem('not-a-document', `not a readable ZIP: ${error.message}`);
    throw error;
  }
}
