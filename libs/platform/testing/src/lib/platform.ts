import { randomBytes } from 'node:crypto';
import type { ScratchDatabase } from '@bayu/platform/db';
import { migratedDatabase } from './databases';
import { OtlpReceiver } from './otlp-receiver';
import { freePort, startServiceProcess, type ServiceProcess } from './service-process';
import { startTestStack, type TestStack } from './test-stack';

/** The whole platform on this machine: broker, SSO, two databases, three service processes, a trace sink. */
export interface RunningPlatform {
  readonly stack: TestStack;
  readonly gateway: ServiceProcess;
  readonly registry: ServiceProcess;
  readonly campaign: ServiceProcess;
  readonly databases: { readonly registry: ScratchDatabase; readonly campaign: ScratchDatabase };
  readonly traces: OtlpReceiver;
  stop(): Promise<void>;
}

const key = () => randomBytes(32).toString('base64');

export type PlatformService = 'gateway' | 'registry' | 'campaign';

/** Starts every service as its own process from dist/ (build them first); `env` overrides per service. */
export async function startPlatform(options: { env?: Partial<Record<PlatformService, Record<string, string>>> } = {}): Promise<RunningPlatform> {
  const stack = await startTestStack();
  const traces = new OtlpReceiver();
  const otlpUrl = await traces.start();
  const databases = { registry: await migratedDatabase('registry'), campaign: await migratedDatabase('campaign') };
  const [gatewayPort, registryPort, campaignPort] = [await freePort(), await freePort(), await freePort()];
  const common = {
    SSO_URL: stack.ssoUrl,
    KAFKA_BROKERS: stack.kafkaBrokers.join(','),
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl,
    OTEL_BSP_SCHEDULE_DELAY: '100',
    LOG_LEVEL: 'debug',
  };
  // One hash key for both (they match people by it); each service seals with its own encryption key.
  const nationalIdHashKey = key();
  const registry = await startServiceProcess('registry', {
    ...common,
    PORT: String(registryPort),
    DATABASE_URL: databases.registry.url,
    NATIONAL_ID_ENCRYPTION_KEYS: `k1:${key()}`,
    NATIONAL_ID_HASH_KEY: nationalIdHashKey,
    ...options.env?.registry,
  });
  const campaign = await startServiceProcess('campaign', {
    ...common,
    PORT: String(campaignPort),
    DATABASE_URL: databases.campaign.url,
    NATIONAL_ID_ENCRYPTION_KEYS: `k1:${key()}`,
    NATIONAL_ID_HASH_KEY: nationalIdHashKey,
    ...options.env?.campaign,
  });
  const gateway = await startServiceProcess('gateway', {
    ...common,
    PORT: String(gatewayPort),
    UPSTREAM_REGISTRY_URL: registry.url,
    UPSTREAM_CAMPAIGN_URL: campaign.url,
    ...options.env?.gateway,
  });
  return {
    stack,
    gateway,
    registry,
    campaign,
    databases,
    traces,
    stop: async () => {
      await Promise.allSettled([gateway.stop(), registry.stop(), campaign.stop()]);
      await Promise.allSettled([databases.registry.drop(), databases.campaign.drop(), traces.stop(), stack.stop()]);
    },
  };
}
