import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { nationalIdKeysEnv } from '@bayu/national-id';
import { databaseEnv, kafkaEnv, loadConfig, port, serviceEnv, ssoEnv } from '@bayu/platform/config';
import { objectStoreEnv } from '@bayu/platform/storage';

export const campaignEnv = serviceEnv
  .extend(databaseEnv.shape)
  .extend(kafkaEnv.shape)
  .extend(ssoEnv.shape)
  .extend(nationalIdKeysEnv.shape)
  .extend(objectStoreEnv.shape)
  .extend({
    PORT: port.default(3102),
    SSO_INTERNAL_URL: z.url().optional(),
    /** Where photos and evidence files are kept with OBJECT_STORE=local (a mounted volume in Kubernetes). */
    FILE_STORAGE_DIR: z.string().min(1).default(join(tmpdir(), 'bayu-campaign-files')),
    /** Largest photo accepted. */
    PHOTO_MAX_BYTES: z.coerce.number().int().min(10_000).max(20 * 1024 * 1024).default(5 * 1024 * 1024),
    /** Largest evidence file accepted (seed 002 asks for one file of at most ten pages). */
    EVIDENCE_MAX_BYTES: z.coerce.number().int().min(10_000).max(100 * 1024 * 1024).default(20 * 1024 * 1024),
    EVIDENCE_MAX_PAGES: z.coerce.number().int().min(1).max(100).default(10),
  });

export type CampaignConfig = z.infer<typeof campaignEnv>;

export const CAMPAIGN_CONFIG = Symbol('CAMPAIGN_CONFIG');

export function loadCampaignConfig(env: NodeJS.ProcessEnv = process.env): CampaignConfig {
  return loadConfig(campaignEnv, env);
}
