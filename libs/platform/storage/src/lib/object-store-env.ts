import { z } from 'zod';
import { LocalDiskStore } from './local-disk-store';
import type { ObjectStore } from './object-store';
import { S3Store } from './s3-store';

/**
 * Where a service keeps uploaded files, validated at start: a local directory (a mounted volume) by default,
 * an S3-compatible bucket in production. A service extends its config with these fields; the store is built
 * at start, and with `s3` a missing bucket or credential stops the start with the variable's name.
 */
export const objectStoreEnv = z
  .object({
    OBJECT_STORE: z.enum(['local', 's3']).default('local'),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('cn-southwest-2'),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
    S3_PREFIX: z.string().max(100).optional(),
  });
export type ObjectStoreEnv = z.infer<typeof objectStoreEnv>;

export function objectStoreFrom(env: ObjectStoreEnv, localDirectory: string): ObjectStore {
  if (env.OBJECT_STORE === 'local') return new LocalDiskStore(localDirectory);
  const missing = (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => !env[name]);
  if (missing.length) throw new Error(`OBJECT_STORE=s3 needs ${missing.join(', ')}`);
  return new S3Store({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET ?? '',
    accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    prefix: env.S3_PREFIX,
  });
}
