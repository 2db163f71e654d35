import { z } from 'zod';
import { commaList, loadConfig, port, serviceEnv, ssoEnv } from '@bayu/platform/config';

export const gatewayEnv = serviceEnv.extend(ssoEnv.shape).extend({
  PORT: port.default(3000),
  SSO_INTERNAL_URL: z.url().optional(),
  UPSTREAM_REGISTRY_URL: z.url(),
  UPSTREAM_CAMPAIGN_URL: z.url(),
  /** Origins of the agency web UIs allowed to call the API from a browser. */
  CORS_ORIGINS: commaList.default(['http://localhost:4200']),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Proxy hops in front of the gateway whose X-Forwarded-For is trusted (0 = none). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
});

export type GatewayConfig = z.infer<typeof gatewayEnv>;

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayEnv, env);
}
