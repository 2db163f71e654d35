import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { composeNationalId } from '@bayu/national-id';
import { bootstrapService, kafkaConsumersOf, type RunningService } from '@bayu/platform/service';
import { migratedDatabase, startTestStack, userToken, type ScratchDatabase, type TestStack } from '@bayu/platform/testing';
import { AppModule } from '../src/app.module';
import { loadRegistryConfig } from '../src/config';

export interface ApiAnswer {
  readonly status: number;
  readonly type: string;
  readonly headers: Headers;
  readonly body: Record<string, unknown> & Array<Record<string, unknown>>;
}

/** The registry service in-process, on a fresh database, with the dev broker and dev SSO. */
export interface RegistryHarness {
  readonly stack: TestStack;
  readonly db: ScratchDatabase;
  readonly service: RunningService;
  /** Sends raw bytes, e.g. an uploaded file. */
  upload(path: string, user: string, body: Buffer, contentType?: string): Promise<ApiAnswer>;
  call(method: string, path: string, user?: string, body?: unknown, headers?: Record<string, string>): Promise<ApiAnswer>;
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
  const service = await bootstrapService(AppModule.forRoot(config), {
    service: 'registry',
    title: 't',
    description: 'd',
    port: 0,
    host: '127.0.0.1',
    drainMs: 0,
    ...(options.consumers ? { consumers: kafkaConsumersOf('registry', config.KAFKA_BROKERS) } : {}),
  });
  return {
    stack,
    db,
    service,
    async call(method, path, user, body, headers = {}) {
      const token = user ? await userToken(stack.realmUrl, user) : undefined;
      const response = await fetch(`${service.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, body: text ? JSON.parse(text) : {} };
    },
    async upload(path, user, body, contentType = 'application/octet-stream') {
      const token = await userToken(stack.realmUrl, user);
      const response = await fetch(`${service.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body });
      const text = await response.text();
      return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, body: text ? JSON.parse(text) : {} };
    },
    async sql(query, values = []) {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        return (await client.query(query, values)).rows;
      } finally {
        await client.end();
      }
    },
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
