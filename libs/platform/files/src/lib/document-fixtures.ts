import { deflateSync } from 'node:zlib';
import { storedZip } from './zip';

/**
 * A valid PDF with `pages` blank pages. With `objectStreams`, the page tree sits in a compressed object
 * stream (as PDF 1.5+ writers do), so only a reader that inflates those streams sees it.
 */
export function pdfWithPages(pages: number, options: { objectStreams?: boolean; padTo?: number } = {}): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const pageObjects = Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n`).join('');
  const tree = `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`;
  let body: string;
  if (options.objectStreams) {
    // Object 2 (the page tree) lives in object stream 90; the pages themselves stay plain but without /Type.
    const content = Buffer.from(`2 0 ${tree}`, 'latin1');
    const compressed = deflateSync(content);
    const plainPages = Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj\n<< /Parent 2 0 R >>\nendobj\n`).join('');
    body = `1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n${plainPages}90 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n${compressed.toString('latin1')}\nendstream\nendobj\n`;
  } else {
    body = `1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n${tree}\nendobj\n${pageObjects}`;
  }
  const pdf = Buffer.from(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n${body}trailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');
  return options.padTo && options.padTo > pdf.length ? Buffer.concat([pdf, Buffer.alloc(options.padTo - pdf.length, 0x20)]) : pdf;
}

/** A .docx whose docProps/app.xml records `pages` pages, as Word writes it on save; without it when undefined. */
export function docxWithPages(pages: number | undefined): Buffer {
  return storedZip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>事迹材料</w:t></w:r></w:p></w:body></w:document>',
    ...(pages === undefined ? {} : { 'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>${pages}</Pages></Properties>` }),
  });
}

/** The first bytes of a PNG of the given size (signature and IHDR): enough for a reader of headers. */
export function pngOfSize(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt8(8, 16);
  ihdr.writeUInt8(2, 17);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, Buffer.alloc(64)]);
}

/** A JPEG header of the given size: SOI, an APP0 segment, then a baseline start-of-frame. */
export function jpegOfSize(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof = Buffer.alloc(19);
  sof.writeUInt16BE(0xffc0, 0);
  sof.writeUInt16BE(17, 2);
  sof.writeUInt8(8, 4);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  sof.writeUInt8(3, 9);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.alloc(64), Buffer.from([0xff, 0xd9])]);
}
