/**
 * Just enough ZIP (APPNOTE 6.3) to look inside an Office package (XLSX, DOCX) by its central directory: list the parts,
 * inflate small ones, and stream a part's compressed bytes. Random access on the file on disk means we
 * never depend on the order the writer put the parts in.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipProblem extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_CENTRAL_DIRECTORY = 8 * 1024 * 1024;

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

function u64(buffer: Buffer, at: number): number {
  const value = buffer.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipProblem('ZIP64 value out of range');
  return Number(value);
}

/** The central directory's entries; throws ZipProblem when the file is not a readable ZIP. */
export async function listZipEntries(path: string): Promise<ZipEntry[]> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await readAt(file, size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipProblem('no end of central directory');
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locatorAt = at - 20;
      if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== EOCD64_LOCATOR) throw new ZipProblem('no ZIP64 locator');
      const record = await readAt(file, u64(tail, locatorAt + 8), 56);
      if (record.length < 56 || record.readUInt32LE(0) !== EOCD64) throw new ZipProblem('no ZIP64 end record');
      count = u64(record, 32);
      cdSize = u64(record, 40);
      cdOffset = u64(record, 48);
    }
    if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > size) throw new ZipProblem('central directory out of range');
    return parseCentralDirectory(await readAt(file, cdOffset, cdSize), count);
  } finally {
    await file.close();
  }
}

function parseCentralDirectory(cd: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL) throw new ZipProblem('bad central directory entry');
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: cd.toString('utf8', at + 46, at + 46 + nameLength),
      flags: cd.readUInt16LE(at + 8),
      method: cd.readUInt16LE(at + 10),
      crc32: cd.readUInt32LE(at + 16),
      compressedSize: cd.readUInt32LE(at + 20),
      uncompressedSize: cd.readUInt32LE(at + 24),
      localHeaderOffset: cd.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 extended information (0x0001) holds, in order, the 32-bit fields that were saturated. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const take = (): number => {
        const value = u64(extra, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
    }
    at += 4 + length;
  }
}

/** Where the entry's compressed bytes start (after its local header). */
export async function dataOffsetOf(path: string, entry: ZipEntry): Promise<number> {
  const file = await open(path, 'r');
  try {
    const local = await readAt(file, entry.localHeaderOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new ZipProblem(`bad local header for ${entry.name}`);
    return entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  } finally {
    await file.close();
  }
}

export function checkSupported(entry: ZipEntry): void {
  if ((entry.flags & 0x1) !== 0) throw new ZipProblem(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipProblem(`${entry.name} uses compression method ${entry.method}`);
}

/** Inflates a small part (workbook.xml, relationships) into text. */
export async function readSmallEntry(path: string, entry: ZipEntry, maxBytes = 16 * 1024 * 1024): Promise<string> {
  checkSupported(entry);
  if (entry.uncompressedSize > maxBytes || entry.compressedSize > maxBytes) throw new ZipProblem(`${entry.name} is too large`);
  const file = await open(path, 'r');
  try {
    const raw = await readAt(file, await dataOffsetOf(path, entry), entry.compressedSize);
    const data = entry.method === 8 ? inflateRawSync(raw, { maxOutputLength: maxBytes }) : raw;
    return data.toString('utf8');
  } finally {
    await file.close();
  }
}

/** A stream of the entry's compressed bytes, read from disk as consumed. */
export async function openCompressedData(path: string, entry: ZipEntry): Promise<Readable> {
  checkSupported(entry);
  const start = await dataOffsetOf(path, entry);
  if (entry.compressedSize === 0) return Readable.from([]);
  return createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
}

/** A local file header claiming the given (already compressed) data, for a re-assembled ZIP stream. */
export function localHeader(name: string, method: number, crc32: number, compressedSize: number, uncompressedSize: number): Buffer {
  if (compressedSize > 0xfffffffe || uncompressedSize > 0xfffffffe) throw new ZipProblem(`${name} is larger than 4 GB`);
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0
  header.writeUInt16LE(0x0800, 6); // UTF-8 names, sizes known up front (no data descriptor)
  header.writeUInt16LE(method, 8);
  header.writeUInt32LE(crc32 >>> 0, 14);
  header.writeUInt32LE(compressedSize, 18);
  header.writeUInt32LE(uncompressedSize, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, nameBytes]);
}

/** A minimal ZIP with stored (uncompressed) entries: test documents, or a small package written in one go. */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
