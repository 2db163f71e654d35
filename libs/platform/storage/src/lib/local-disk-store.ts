import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ObjectTooLargeError, type ObjectStore, type StoredObject } from './object-store';

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,300}$/;

/** Counts and hashes what passes, and stops the stream past `maxBytes`. */
export function meteredHash(maxBytes: number): Transform & { bytes(): number; sha256(): string } {
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(new ObjectTooLargeError(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  let digest: string | undefined;
  return Object.assign(meter, { bytes: () => bytes, sha256: () => (digest ??= hash.digest('hex')) });
}

/** Files under one root directory; a key is a relative path. Writes land whole or not at all. */
export class LocalDiskStore implements ObjectStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Readable, options: { maxBytes: number }): Promise<StoredObject> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.partial-${randomBytes(4).toString('hex')}`;
    const meter = meteredHash(options.maxBytes);
    try {
      await pipeline(body, meter, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { key, bytes: meter.bytes(), sha256: meter.sha256() };
  }

  async openRead(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async localCopy(key: string): Promise<{ path: string; release(): Promise<void> }> {
    const path = this.pathOf(key);
    await stat(path);
    return { path, release: async () => undefined };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.' || part === '')) throw new Error(`unsafe object key ${JSON.stringify(key)}`);
    const path = join(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`object key ${JSON.stringify(key)} escapes the store`);
    return path;
  }
}
