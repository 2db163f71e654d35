import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxWithPages, jpegOfSize, pdfWithPages, pngOfSize } from './document-fixtures';
import { DocumentProblem, inspectDocument } from './documents';
import { imageFacts } from './images';
import { pdfPageCount } from './pdf-pages';

describe('documents: what a file is, from its bytes, and how many pages it has', () => {
  const dir = mkdtempSync(join(tmpdir(), 'documents-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('counts the pages of a PDF from its page tree, also inside compressed object streams', async () => {
    expect(await inspectDocument(file('ten.pdf', pdfWithPages(10)))).toEqual({ type: 'application/pdf', pages: 10 });
    expect(await inspectDocument(file('eleven.pdf', pdfWithPages(11, { objectStreams: true })))).toEqual({ type: 'application/pdf', pages: 11 });
    expect(pdfPageCount(pdfWithPages(11, { objectStreams: true }).subarray(0, 60))).toBeUndefined();
  });

  it('reads the page count Word records in a .docx, whatever the file is called', async () => {
    expect(await inspectDocument(file('evidence.pdf', docxWithPages(7)))).toEqual({ type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pages: 7 });
  });

  it.each([
    ['a .docx with no page count', docxWithPages(undefined), 'pages-unknown'],
    ['a legacy .doc (OLE2)', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'legacy-word'],
    ['an encrypted PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Pages /Count 2 >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt 5 0 R >>\n'), 'encrypted'],
    ['a PDF with no pages to find', Buffer.from('%PDF-1.7\n%%EOF\n'), 'pages-unknown'],
    ['a JPEG named .pdf', jpegOfSize(400, 560), 'not-a-document'],
    ['a text file', Buffer.from('事迹材料：……'), 'not-a-document'],
    ['a ZIP that is not Word', Buffer.from('PK\x03\x04broken', 'latin1'), 'not-a-document'],
  ])('refuses %s', async (_what, bytes, code) => {
    await expect(inspectDocument(file(`x-${code}`, bytes))).rejects.toMatchObject({ constructor: DocumentProblem, code });
  });

  it('reads the type and size of a PNG or JPEG from the header, and nothing else passes as an image', () => {
    expect(imageFacts(pngOfSize(413, 579))).toEqual({ type: 'image/png', width: 413, height: 579 });
    expect(imageFacts(jpegOfSize(358, 441))).toEqual({ type: 'image/jpeg', width: 358, height: 441 });
    expect(imageFacts(pdfWithPages(1))).toBeUndefined();
    expect(imageFacts(Buffer.from([0xff, 0xd8, 0xff]))).toBeUndefined();
  });
});
