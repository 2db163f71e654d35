import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { WORKER_IMPORT_LIMITS } from '@bayu/contracts';
import { databaseEnv, kafkaEnv, loadConfig, port, serviceEnv, ssoEnv } from '@bayu/platform/config';
import { parseEncryptionKeys } from '@bayu/national-id';

const base64Key = z
  .string()
  .transform((s) => Buffer.from(s, 'base64'))
  .refine((b) => b.length >= 32, 'must be base64 of at least 32 bytes');

export const registryEnv = serviceEnv
  .extend(databaseEnv.shape)
  .extend(kafkaEnv.shape)
  .extend(ssoEnv.shape)
  .extend({
    PORT: port.default(3101),
    SSO_INTERNAL_URL: z.url().optional(),
    /** `k1:<base64 32 bytes>[,k0:...]`: the first key seals new numbers, older ones still open. */
    NATIONAL_ID_ENCRYPTION_KEYS: z.string().transform((spec, ctx) => {
      try {
        return parseEncryptionKeys(spec);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
    NATIONAL_ID_HASH_KEY: base64Key,
    /** Where uploaded files are kept (a mounted volume in Kubernetes). */
    FILE_STORAGE_DIR: z.string().min(1).default(join(tmpdir(), 'bayu-registry-files')),
    /** Largest upload accepted (default the contract's limit). */
    IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(WORKER_IMPORT_LIMITS.maxBytes).default(WORKER_IMPORT_LIMITS.maxBytes),
    /** Rows registered per transaction during a bulk import. */
    IMPORT_CHUNK_ROWS: z.coerce.number().int().min(10).max(10_000).default(1_000),
    /** Run bulk imports in this process (default); a deployment may dedicate replicas to them. */
    IMPORT_WORKER: z.enum(['on', 'off']).default('on'),
  });

export type RegistryConfig = z.infer<typeof registryEnv>;

export const REGISTRY_CONFIG = Symbol('REGISTRY_CONFIG');

export function loadRegistryConfig(env: NodeJS.ProcessEnv = process.env): RegistryConfig {
  return loadConfig(registryEnv, env);
}
