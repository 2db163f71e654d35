import { inflateSync } from 'node:zlib';

/**
 * The page count a PDF declares, read from the file itself: the largest `/Count` of a page-tree node
 * (`/Type /Pages`), in plain objects and in compressed object streams (PDF 1.5+). When no page tree can
 * be read, the page objects are counted instead. `undefined` when neither is found.
 */
export function pdfPageCount(pdf: Buffer): number | undefined {
  const texts = [pdf.toString('latin1'), ...objectStreams(pdf)];
  let declared = 0;
  let leaves = 0;
  for (const text of texts) {
    for (const dict of text.matchAll(/<<((?:(?!<<|>>)[\s\S])*)>>/g)) {
      const body = dict[1] ?? '';
      if (/\/Type\s*\/Pages\b/.test(body)) declared = Math.max(declared, Number(/\/Count\s+(\d+)/.exec(body)?.[1] ?? 0));
      else if (/\/Type\s*\/Page\b(?!s)/.test(body)) leaves += 1;
    }
  }
  if (declared > 0) return declared;
  return leaves > 0 ? leaves : undefined;
}

/** Whether the PDF is encrypted (its trailer names an /Encrypt dictionary): its content cannot be checked. */
export function pdfIsEncrypted(pdf: Buffer): boolean {
  return /\/Encrypt\s+(\d+\s+\d+\s+R|<<)/.test(pdf.toString('latin1'));
}

const MAX_INFLATED = 64 * 1024 * 1024;

/** The decompressed content of every `/Type /ObjStm` stream that uses FlateDecode. */
function objectStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const found: string[] = [];
  let budget = MAX_INFLATED;
  for (const match of text.matchAll(/<<((?:(?!stream)[\s\S]){0,2000}?)>>\s*stream\r?\n/g)) {
    const dict = match[1] ?? '';
    if (!/\/Type\s*\/ObjStm\b/.test(dict) || !/\/FlateDecode\b/.test(dict)) continue;
    const start = (match.index ?? 0) + match[0].length;
    const length = Number(/\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? NaN);
    const end = Number.isFinite(length) ? start + length : text.indexOf('endstream', start);
    if (end <= start) continue;
    try {
      const inflated = inflateSync(pdf.subarray(start, end), { maxOutputLength: budget });
      budget -= inflated.length;
      found.push(inflated.toString('latin1'));
    } catch {
      // A damaged or oversized stream: the plain objects may still tell the count.
    }
    if (budget <= 0) break;
  }
  return found;
}
