import { StringDecoder } from 'node:string_decoder';
import { crc32 } from 'node:zlib';

/**
 * XML with every non-ASCII character written as a numeric character reference (中 → &#20013;).
 *
 * Why: exceljs 4.4 decodes each chunk of a worksheet on its own (utils/parse-sax.js), so a character whose
 * UTF-8 bytes straddle two chunks turns into U+FFFD — about one row in two hundred of a Chinese workbook.
 * Pure ASCII cannot be split that way, and references mean the same to an XML parser in text and attribute
 * values, which is where an XLSX part carries non-ASCII (element names are ASCII).
 */
export async function* asciiXml(utf8: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of utf8) {
    const text = decoder.write(chunk);
    if (text) yield Buffer.from(escapeNonAscii(text), 'latin1');
  }
  const rest = decoder.end();
  if (rest) yield Buffer.from(escapeNonAscii(rest), 'latin1');
}

const NON_ASCII = /[\u0080-\u{10ffff}]/gu;

export function escapeNonAscii(text: string): string {
  return text.replace(NON_ASCII, (c) => `&#${c.codePointAt(0) ?? 0xfffd};`);
}

/** Size and CRC-32 of what `source` yields, for a ZIP entry written before its data. */
export async function measure(source: AsyncIterable<Buffer>): Promise<{ size: number; crc32: number }> {
  let size = 0;
  let crc = 0;
  for await (const chunk of source) {
    size += chunk.length;
    crc = crc32(chunk, crc);
  }
  return { size, crc32: crc >>> 0 };
}
