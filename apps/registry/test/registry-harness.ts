import { randomBytes } from 'node:crypto';
import { composeNationalId } from '@bayu/national-id';
import type { RunningService } from '@bayu/platform/service';
import { startServiceInProcess } from '@bayu/platform/service/testing';
import { apiClient, migratedDatabase, querySql, startTestStack, type ApiClient, type ScratchDatabase, type TestStack } from '@bayu/platform/testing';
import { AppModule } from '../src/app.module';
import { loadRegistryConfig } from '../src/config';

export type { ApiAnswer } from '@bayu/platform/testing';

/** The registry service in-process, on a fresh database, with the dev broker and dev SSO. */
export interface RegistryHarness {
  readonly stack: TestStack;
  readonly db: ScratchDatabase;
  readonly service: RunningService;
  upload: ApiClient['upload'];
  call: ApiClient['call'];
  send: ApiClient['send'];
  sql<T = Record<string, unknown>>(query: string, values?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

const key = () => randomBytes(32).toString('base64');

export async function startRegistry(options: { consumers?: boolean; env?: Record<string, string> } = {}): Promise<RegistryHarness> {
  const stack = await startTestStack({ brokers: 1 });
  const db = await migratedDatabase('registry');
  const config = loadRegistryConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: stack.kafkaBrokers.join(','),
    SSO_URL: stack.ssoUrl,
    NATIONAL_ID_ENCRYPTION_KEYS: `k1:${key()}`,
    NATIONAL_ID_HASH_KEY: key(),
    ...options.env,
  });
  const service = await startServiceInProcess('registry', AppModule.forRoot(config), { kafkaBrokers: stack.kafkaBrokers, consumers: options.consumers ?? false });
  return {
    stack,
    db,
    service,
    ...apiClient(service.url, stack.realmUrl),
    sql: (query, values) => querySql(db.url, query, values),
    async stop() {
      await service.shutdown();
      await db.drop();
      await stack.stop();
    },
  };
}

let sequence = 0;

/** A valid registration body; each call is a different person. */
export function newWorker(overrides: Record<string, unknown> = {}): Record<string, unknown> & { nationalId: string } {
  sequence += 1;
  const districtCode = String(overrides.districtCode ?? '500103');
  const region = /^\d{6}$/.test(districtCode) ? districtCode : '500112';
  return {
    nationalId: composeNationalId(region, '1979-03-08', 100 + sequence * 2, 'female'),
    name: '程廉',
    districtCode,
    employerName: '重庆红岩革命历史博物馆',
    industryCode: 'R',
    occupation: '文物修复师',
    ...overrides,
  };
}
