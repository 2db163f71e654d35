import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { LocalDiskStore } from './local-disk-store';
import { ObjectTooLargeError, type ObjectStore } from './object-store';
import { objectStoreFrom, objectStoreEnv } from './object-store-env';

const text = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** s3rver: an S3-compatible server on a local port, as MinIO or a cloud bucket would be in production. */
async function startS3(dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'bayu-files', configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

describe.each(['local', 's3'] as const)('the %s object store', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), `store-${kind}-`));
  let store: ObjectStore;
  let s3: { url: string; stop(): Promise<void> } | undefined;

  beforeAll(async () => {
    if (kind === 'local') {
      store = new LocalDiskStore(join(dir, 'files'));
      return;
    }
    s3 = await startS3(join(dir, 's3'));
    store = objectStoreFrom(
      objectStoreEnv.parse({ OBJECT_STORE: 's3', S3_ENDPOINT: s3.url, S3_BUCKET: 'bayu-files', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_PREFIX: 'campaign' }),
      join(dir, 'unused'),
    );
  });
  afterAll(async () => {
    await s3?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a stream, reads it back, hands out a local copy, and deletes it', async () => {
    const content = '推荐表证明材料'.repeat(1000);
    const stored = await store.put('nominations/a/evidence-1', Readable.from([Buffer.from(content)]), { maxBytes: 1024 * 1024, contentType: 'application/pdf' });
    expect(stored).toMatchObject({ key: 'nominations/a/evidence-1', bytes: Buffer.byteLength(content) });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await text(await store.openRead('nominations/a/evidence-1'))).toBe(content);
    const copy = await store.localCopy('nominations/a/evidence-1');
    expect(readFileSync(copy.path, 'utf8')).toBe(content);
    await copy.release();
    await store.delete('nominations/a/evidence-1');
    await expect(store.openRead('nominations/a/evidence-1')).rejects.toThrow();
  });

  it('stores a file larger than one upload part (12 MB) whole', async () => {
    const chunks = Array.from({ length: 192 }, (_, i) => Buffer.alloc(64 * 1024, i % 251));
    const stored = await store.put('imports/big', Readable.from(chunks), { maxBytes: 20 * 1024 * 1024 });
    expect(stored.bytes).toBe(12 * 1024 * 1024);
    let bytes = 0;
    for await (const chunk of await store.openRead('imports/big')) bytes += (chunk as Buffer).length;
    expect(bytes).toBe(12 * 1024 * 1024);
    await store.delete('imports/big');
  });

  it('stops a stream past the size limit and keeps nothing of it', async () => {
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 1));
    await expect(store.put('nominations/b/photo-1', Readable.from(chunks), { maxBytes: 1024 * 1024 })).rejects.toBeInstanceOf(ObjectTooLargeError);
    await expect(store.openRead('nominations/b/photo-1')).rejects.toThrow();
  });

  it('refuses keys that would leave the store', async () => {
    await expect(store.put('../escape', Readable.from([Buffer.from('x')]), { maxBytes: 10 })).rejects.toThrow(/unsafe object key/);
  });
});

describe('the object store setting', () => {
  it('defaults to local disk, and stops the start when s3 lacks its bucket or keys', () => {
    expect(objectStoreFrom(objectStoreEnv.parse({}), tmpdir())).toBeInstanceOf(LocalDiskStore);
    expect(() => objectStoreFrom(objectStoreEnv.parse({ OBJECT_STORE: 's3' }), tmpdir())).toThrow('OBJECT_STORE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY');
  });
});
