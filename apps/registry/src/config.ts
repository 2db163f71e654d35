import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { WORKER_IMPORT_LIMITS } from '@bayu/contracts';
import { databaseEnv, kafkaEnv, loadConfig, port, serviceEnv, ssoEnv } from '@bayu/platform/config';
import { objectStoreEnv } from '@bayu/platform/storage';
import { nationalIdKeysEnv } from '@bayu/national-id';

export const registryEnv = serviceEnv
  .extend(databaseEnv.shape)
  .extend(kafkaEnv.shape)
  .extend(ssoEnv.shape)
  .extend(nationalIdKeysEnv.shape)
  .extend(objectStoreEnv.shape)
  .extend({
    PORT: port.default(3101),
    SSO_INTERNAL_URL: z.url().optional(),
    /** Where uploaded files are kept with OBJECT_STORE=local (a mounted volume in Kubernetes). */
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
