import type { Readable } from 'node:stream';

export interface StoredObject {
  readonly key: string;
  readonly bytes: number;
  /** SHA-256 of the content, hex. */
  readonly sha256: string;
}

export class ObjectTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`object larger than ${maxBytes} bytes`);
    this.name = 'ObjectTooLargeError';
  }
}

/**
 * Where uploaded files live: local disk by default, an S3-compatible store in production. Writes stream
 * (memory stays flat whatever the size), stop at a size limit without leaving anything behind, and report
 * the content hash so callers can recognise the same file uploaded twice.
 */
export interface ObjectStore {
  put(key: string, body: Readable, options: { maxBytes: number; contentType?: string }): Promise<StoredObject>;
  openRead(key: string): Promise<Readable>;
  /** A local file with the content, for readers that need a path (spreadsheet parsers); call `release` after. */
  localCopy(key: string): Promise<{ path: string; release(): Promise<void> }>;
  delete(key: string): Promise<void>;
}
