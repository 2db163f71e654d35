import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskStore } from './local-disk-store';
import { ObjectTooLargeError } from './object-store';

function* chunks(count: number, size: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) yield Buffer.alloc(size, i % 251);
}

describe('local disk object store', () => {
  const root = mkdtempSync(join(tmpdir(), 'store-'));
  const store = new LocalDiskStore(root);

  it('streams an object in, reports its size and hash, and gives it back', async () => {
    const stored = await store.put('imports/2026/a.csv', Readable.from(chunks(64, 64 * 1024)), { maxBytes: 10 * 1024 * 1024 });
    const content = await readFile(join(root, 'imports/2026/a.csv'));
    expect(stored).toEqual({ key: 'imports/2026/a.csv', bytes: 64 * 64 * 1024, sha256: createHash('sha256').update(content).digest('hex') });
    const back: Buffer[] = [];
    for await (const c of await store.openRead('imports/2026/a.csv')) back.push(c as Buffer);
    expect(Buffer.concat(back).equals(content)).toBe(true);
  });

  it('stops at the size limit and leaves nothing behind', async () => {
    await expect(store.put('imports/big.csv', Readable.from(chunks(100, 64 * 1024)), { maxBytes: 1024 * 1024 })).rejects.toBeInstanceOf(ObjectTooLargeError);
    expect(existsSync(join(root, 'imports/big.csv'))).toBe(false);
    expect(readdirSync(join(root, 'imports')).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('refuses keys that would leave its directory', async () => {
    await expect(store.put('../escape', Readable.from(['x']), { maxBytes: 10 })).rejects.toThrow(/unsafe/);
    await expect(store.openRead('a/../../etc/passwd')).rejects.toThrow(/unsafe/);
  });
});
