import { z } from 'zod';
import { nationalIdKeysEnv } from '@bayu/national-id';
import { databaseEnv, kafkaEnv, loadConfig, port, serviceEnv, ssoEnv } from '@bayu/platform/config';

export const campaignEnv = serviceEnv
  .extend(databaseEnv.shape)
  .extend(kafkaEnv.shape)
  .extend(ssoEnv.shape)
  .extend(nationalIdKeysEnv.shape)
  .extend({
    PORT: port.default(3102),
    SSO_INTERNAL_URL: z.url().optional(),
  });

export type CampaignConfig = z.infer<typeof campaignEnv>;

export const CAMPAIGN_CONFIG = Symbol('CAMPAIGN_CONFIG');

export function loadCampaignConfig(env: NodeJS.ProcessEnv = process.env): CampaignConfig {
  return loadConfig(campaignEnv, env);
}
