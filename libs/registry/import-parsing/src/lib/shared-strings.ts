/**
 * The shared-strings table of an XLSX (xl/sharedStrings.xml), read by us instead of exceljs for two
 * reasons:
 *  - memory: every distinct text of the workbook is in it (every ID number, every certificate number),
 *    so it grows with the file; exceljs keeps it all on the heap. Past a small budget we spill it to a
 *    temporary file and read strings back through a small block cache. Excel numbers shared strings in
 *    order of first use, so the unique ones are read nearly sequentially and the cache hits.
 *  - correctness: exceljs lets a phonetic guide (<rPh>) replace the text it annotates.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { ZipProblem } from '@bayu/platform/files';

/** Estimated heap bytes held in memory before the table moves to disk. */
export const DEFAULT_MEMORY_BUDGET = 8 * 1024 * 1024;
const BLOCK = 64 * 1024;
const CACHED_BLOCKS = 32;
const WRITE_BUFFER = 1024 * 1024;
/** Characters of XML we hold while looking for the end of one <si>; a longer string means a hostile file. */
const MAX_PENDING = 32 * 1024 * 1024;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character data: entities, character references, and OOXML's _xHHHH_ escapes (_x000D_ = CR). */
export function decodeXmlText(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_m, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? ''),
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const SI = /<(?:[\w.-]+:)?si\b[^>]*?(\/?)>/g;
const SI_END = /<\/(?:[\w.-]+:)?si>/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT = /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;

/** The plain text of one <si>: its <t> runs (rich text flattened), phonetic guides left out. */
function textOf(si: string): string {
  let text = '';
  for (const [, run = ''] of si.replace(PHONETIC, '').matchAll(TEXT)) text += run;
  return decodeXmlText(text);
}

/** Streams xl/sharedStrings.xml, calling `onString` for each <si> in order; it returns false to stop. */
export async function parseSharedStrings(xml: AsyncIterable<Buffer>, onString: (text: string) => boolean): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of xml) {
    pending += decoder.write(chunk);
    let consumed = 0;
    for (;;) {
      SI.lastIndex = consumed;
      const open = SI.exec(pending);
      if (!open) break;
      if (open[1] === '/') {
        if (!onString('')) return;
        consumed = SI.lastIndex;
        continue;
      }
      SI_END.lastIndex = SI.lastIndex;
      const close = SI_END.exec(pending);
      if (!close) {
        consumed = open.index;
        break;
      }
      if (!onString(textOf(pending.slice(SI.lastIndex, close.index)))) return;
      consumed = SI_END.lastIndex;
    }
    pending = pending.slice(consumed);
    if (pending.length > MAX_PENDING) throw new ZipProblem('a shared string is too long');
  }
}

/**
 * Spill directories still open. A consumer that abandons an iteration without ending it (or a crash)
 * skips our cleanup, so whatever is left is removed when the process exits normally.
 */
const openDirectories = new Set<string>();
let exitHookInstalled = false;

function track(dir: string): void {
  openDirectories.add(dir);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const open of openDirectories) rmSync(open, { recursive: true, force: true });
  });
}

/** Thrown by a table loaded only partly (`limit`) when a cell needs a string past the limit. */
export class SharedStringsIncomplete extends Error {
  constructor() {
    super('the shared-string table was loaded only partly');
  }
}

export interface SharedStringTableOptions {
  /** Estimated heap bytes kept in memory before the table moves to disk. */
  memoryBudget?: number;
  /** Where the table spills; default os.tmpdir(). */
  directory?: string;
  /** Load at most this many strings (enough for a header row); reading past them throws SharedStringsIncomplete. */
  limit?: number;
}

/** Distinct texts by index, in memory while small, on disk beyond the budget. */
export class SharedStringTable {
  private memory: string[] | undefined = [];
  private estimatedBytes = 0;
  private dir: string | undefined;
  private dataFd = -1;
  private offsetFd = -1;
  private dataLength = 0;
  private count = 0;
  private writeData: Buffer[] = [];
  private writeOffsets: number[] = [];
  private pendingBytes = 0;
  private readonly blocks = new Map<string, Buffer>();

  private readonly memoryBudget: number;
  private readonly directory: string;
  private readonly limit: number;
  private truncated = false;
  private closed = false;

  constructor(options: SharedStringTableOptions = {}) {
    this.memoryBudget = options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
    this.directory = options.directory ?? tmpdir();
    this.limit = options.limit ?? Number.POSITIVE_INFINITY;
  }

  get size(): number {
    return this.count;
  }

  get spilled(): boolean {
    return this.memory === undefined;
  }

  /** Adds the next string; false once the limit is reached (the rest is not needed). */
  add(text: string): boolean {
    if (this.count >= this.limit) {
      this.truncated = true;
      return false;
    }
    if (this.memory) {
      this.memory.push(text);
      this.count++;
      this.estimatedBytes += 24 + text.length * 2;
      if (this.estimatedBytes > this.memoryBudget) this.spill();
    } else {
      this.append(text);
    }
    return true;
  }

  private spill(): void {
    const strings = this.memory ?? [];
    this.memory = undefined;
    this.dir = mkdtempSync(join(this.directory, 'bayu-import-sst-'));
    track(this.dir);
    this.dataFd = openSync(join(this.dir, 'data'), 'w+');
    this.offsetFd = openSync(join(this.dir, 'offsets'), 'w+');
    this.count = 0;
    for (const text of strings) this.append(text);
  }

  private append(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    this.writeOffsets.push(this.dataLength);
    this.writeData.push(bytes);
    this.dataLength += bytes.length;
    this.pendingBytes += bytes.length + 8;
    this.count++;
    if (this.pendingBytes >= WRITE_BUFFER) this.flush();
  }

  private flush(): void {
    if (this.dataFd < 0) return;
    const data = Buffer.concat(this.writeData);
    const offsets = Buffer.alloc(this.writeOffsets.length * 8);
    this.writeOffsets.forEach((offset, i) => offsets.writeDoubleLE(offset, i * 8));
    writeSync(this.dataFd, data, 0, data.length, this.dataLength - data.length);
    writeSync(this.offsetFd, offsets, 0, offsets.length, (this.count - this.writeOffsets.length) * 8);
    this.writeData = [];
    this.writeOffsets = [];
    this.pendingBytes = 0;
  }

  /** Call once every string has been added. */
  finish(): void {
    if (this.memory) return;
    this.writeOffsets.push(this.dataLength); // end of the last string
    this.count++;
    this.flush();
    this.count--;
  }

  get(index: number): string | undefined {
    if (this.closed) return undefined;
    if (this.truncated && index >= this.count) throw new SharedStringsIncomplete();
    if (this.memory) return this.memory[index];
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    const bounds = this.read(this.offsetFd, 'o', index * 8, 16);
    const start = bounds.readDoubleLE(0);
    return this.read(this.dataFd, 'd', start, bounds.readDoubleLE(8) - start).toString('utf8');
  }

  private read(fd: number, file: string, position: number, length: number): Buffer {
    const block = Math.floor(position / BLOCK);
    if (Math.floor((position + length - 1) / BLOCK) !== block) {
      const direct = Buffer.alloc(length);
      readSync(fd, direct, 0, length, position);
      return direct;
    }
    const key = `${file}${block}`;
    let data = this.blocks.get(key);
    if (data) this.blocks.delete(key);
    else {
      data = Buffer.alloc(BLOCK);
      data = data.subarray(0, readSync(fd, data, 0, BLOCK, block * BLOCK));
      if (this.blocks.size >= CACHED_BLOCKS) this.blocks.delete(this.blocks.keys().next().value ?? '');
    }
    this.blocks.set(key, data); // most recently used last
    const at = position - block * BLOCK;
    return data.subarray(at, at + length);
  }

  /** Releases the temporary files. */
  close(): void {
    this.closed = true;
    this.memory = [];
    this.blocks.clear();
    if (this.dataFd >= 0) closeSync(this.dataFd);
    if (this.offsetFd >= 0) closeSync(this.offsetFd);
    this.dataFd = this.offsetFd = -1;
    if (this.dir) {
      rmSync(this.dir, { recursive: true, force: true });
      openDirectories.delete(this.dir);
    }
    this.dir = undefined;
  }

  /** What exceljs's worksheet reader indexes as `sharedStrings[i]`. */
  asIndexable(): Record<number, string | undefined> {
    return new Proxy<Record<number, string | undefined>>({}, { get: (_target, key) => (typeof key === 'string' ? this.get(Number(key)) : undefined) });
  }
}
