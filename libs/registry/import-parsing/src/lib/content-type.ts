/**
 * What a file is, from its first bytes: never from its name. A clerk's "CSV" may be a PDF, a picture, an
 * old .xls, a web page an older system exported as "xls", or UTF-16 "Unicode text".
 */
import iconv from 'iconv-lite';
import { ImportFileProblem } from './import-file-problem';
import type { ZipEntry } from '@bayu/platform/files';

const UPLOAD_XLSX_OR_CSV = ['不支持的文件类型，请上传.xlsx或.csv文件', 'unsupported file type; upload an .xlsx or .csv file'] as const;

function unsupported(kind: string): ImportFileProblem {
  return new ImportFileProblem('unsupported-type', UPLOAD_XLSX_OR_CSV[0], UPLOAD_XLSX_OR_CSV[1], [kind]);
}

function startsWith(head: Buffer, ...bytes: number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: Array<[number[], string]> = [
  [ascii('%PDF'), 'PDF文档 PDF document'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '旧版Excel（.xls）/Word（.doc）或加密的工作簿，请在Excel中另存为.xlsx legacy .xls/.doc or a password-protected workbook; save it as .xlsx'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG图片 PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG图片 JPEG image'],
  [ascii('GIF8'), 'GIF图片 GIF image'],
  [ascii('PK\x05\x06'), 'ZIP压缩包 ZIP archive'],
  [ascii('PK\x07\x08'), 'ZIP压缩包 ZIP archive'],
  [[0x1f, 0x8b], 'GZIP压缩包 gzip archive'],
  [ascii('Rar!'), 'RAR压缩包 RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7z压缩包 7z archive'],
  [ascii('{\\rtf'), 'RTF文档 RTF document'],
];

export function isZip(head: Buffer): boolean {
  return startsWith(head, 0x50, 0x4b, 0x03, 0x04);
}

/** A ZIP that is not a workbook: say what it is, so "I renamed my Word file" is obvious to the clerk. */
export function notAWorkbook(entries: readonly ZipEntry[]): ImportFileProblem {
  const has = (prefix: string): boolean => entries.some((e) => e.name.startsWith(prefix));
  if (has('word/')) return unsupported('Word文档（.docx） Word document');
  if (has('ppt/')) return unsupported('PowerPoint演示文稿（.pptx） PowerPoint presentation');
  if (has('xl/')) return unsupported('Excel二进制工作簿（.xlsb），请另存为.xlsx binary workbook (.xlsb); save it as .xlsx');
  if (has('content.xml')) return unsupported('OpenDocument文档（.ods/.odt），请另存为.xlsx OpenDocument file; save it as .xlsx');
  return unsupported('ZIP压缩包 ZIP archive');
}

/** Refuses binary and markup content that is not CSV; returns quietly for anything that may be text. */
export function refuseNonText(head: Buffer): void {
  for (const [signature, kind] of SIGNATURES) if (startsWith(head, ...signature)) throw unsupported(kind);
  if (startsWith(head, 0xff, 0xfe) || startsWith(head, 0xfe, 0xff)) {
    throw new ImportFileProblem('bad-encoding', '文件是UTF-16（Unicode文本）编码，请在Excel中另存为“CSV UTF-8（逗号分隔）”', 'the file is UTF-16 text; save it from Excel as "CSV UTF-8 (comma delimited)"', ['UTF-16']);
  }
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) throw unsupported('二进制文件 binary file');
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1a) controls++;
  }
  if (controls > head.length / 1000 + 8) throw unsupported('二进制文件 binary file');
  const start = head.subarray(0, 512).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/^<(\?xml|!doctype|html|table|head|body|meta)\b/.test(start)) {
    throw unsupported('网页或XML格式的表格（常见于从其他系统导出的“.xls”），请在Excel中另存为.xlsx HTML/XML table; save it from Excel as .xlsx');
  }
}

/**
 * UTF-8 when the file starts with a BOM or the sample is valid UTF-8 (a character cut at the end of a
 * partial sample is not an error), otherwise GB18030 (a superset of GBK, what Excel on Chinese Windows
 * writes for "CSV (comma delimited)"), provided the sample decodes cleanly as that.
 */
export function detectTextEncoding(sample: Buffer, complete: boolean): 'utf-8' | 'gb18030' {
  if (startsWith(sample, 0xef, 0xbb, 0xbf)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return 'utf-8';
  } catch {
    // not UTF-8: try GB18030 below
  }
  const decoder = iconv.getDecoder('gb18030');
  const text = decoder.write(sample) + (complete ? (decoder.end() ?? '') : '');
  if (!text.includes('\uFFFD')) return 'gb18030';
  throw new ImportFileProblem(
    'bad-encoding',
    '无法识别文件编码，请在Excel中另存为“CSV UTF-8（逗号分隔）”或.xlsx',
    'the text encoding is neither UTF-8 nor GBK/GB18030; save it from Excel as "CSV UTF-8" or .xlsx',
  );
}
