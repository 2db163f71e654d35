import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { meteredHash } from './local-disk-store';
import { ObjectTooLargeError, type ObjectStore, type StoredObject } from './object-store';

export interface S3StoreOptions {
  /** e.g. https://s3.cn-southwest-2.amazonaws.com.cn, or a MinIO / Ceph RGW address. */
  readonly endpoint?: string | undefined;
  readonly region: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Path-style addressing (bucket in the path), which MinIO and Ceph expect. */
  readonly forcePathStyle: boolean;
  /** Prefix for every key, so several services can share one bucket. */
  readonly prefix?: string | undefined;
}

/**
 * An S3-compatible bucket. Uploads stream in parts (memory stays flat), stop at the size limit and abort the
 * multipart upload so nothing is left behind. Checksums only where the protocol requires them: the newer
 * defaults (aws-chunked trailers) are not understood by every S3-compatible server.
 */
export class S3Store implements ObjectStore {
  private readonly client: S3Client;

  constructor(private readonly options: S3StoreOptions) {
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable, options: { maxBytes: number; contentType?: string }): Promise<StoredObject> {
    const meter = meteredHash(options.maxBytes);
    const stream = new PassThrough();
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.options.bucket, Key: this.keyOf(key), Body: stream, ...(options.contentType ? { ContentType: options.contentType } : {}) },
      queueSize: 2,
      partSize: 5 * 1024 * 1024,
      leavePartsOnError: false,
    });
    const uploaded = upload.done();
    try {
      await pipeline(body, meter, stream);
      await uploaded;
    } catch (error) {
      await upload.abort().catch(() => undefined);
      await uploaded.catch(() => undefined);
      // A single-part upload may already have landed when the limit was passed in its last chunk.
      if (error instanceof ObjectTooLargeError) await this.delete(key).catch(() => undefined);
      throw error;
    }
    return { key, bytes: meter.bytes(), sha256: meter.sha256() };
  }

  async openRead(key: string): Promise<Readable> {
    const answer = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key) }));
    if (!(answer.Body instanceof Readable)) throw new Error(`no body for ${key}`);
    return answer.Body;
  }

  async localCopy(key: string): Promise<{ path: string; release(): Promise<void> }> {
    const dir = await mkdtemp(join(tmpdir(), 'bayu-object-'));
    const path = join(dir, randomBytes(6).toString('hex'));
    try {
      await pipeline(await this.openRead(key), createWriteStream(path));
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    return { path, release: () => rm(dir, { recursive: true, force: true }) };
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(key) }));
  }

  private keyOf(key: string): string {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,300}$/.test(key) || key.split('/').some((part) => part === '..' || part === '.' || part === '')) throw new Error(`unsafe object key ${JSON.stringify(key)}`);
    return this.options.prefix ? `${this.options.prefix.replace(/\/+$/, '')}/${key}` : key;
  }
}
