import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { composeNationalId } from '@bayu/national-id';
import { findSchemaDrift } from '@bayu/platform/db';
import { bootstrapService, type RunningService } from '@bayu/platform/service';
import { migratedDatabase, startTestStack, userToken, type ScratchDatabase, type TestStack } from '@bayu/platform/testing';
import { AppModule } from './app.module';
import { loadRegistryConfig } from './config';

describe('registry service (real PostgreSQL, dev broker, dev SSO)', () => {
  jest.setTimeout(60_000);
  let stack: TestStack;
  let db: ScratchDatabase;
  let service: RunningService;
  const key = () => randomBytes(32).toString('base64');

  beforeAll(async () => {
    stack = await startTestStack({ brokers: 1 });
    db = await migratedDatabase('registry');
    const config = loadRegistryConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATABASE_URL: db.url,
      KAFKA_BROKERS: stack.kafkaBrokers.join(','),
      SSO_URL: stack.ssoUrl,
      NATIONAL_ID_ENCRYPTION_KEYS: `k1:${key()}`,
      NATIONAL_ID_HASH_KEY: key(),
    });
    service = await bootstrapService(AppModule.forRoot(config), { service: 'registry', title: 't', description: 'd', port: 0, host: '127.0.0.1', drainMs: 0 });
  });

  afterAll(async () => {
    await service?.shutdown();
    await db?.drop();
    await stack?.stop();
  });

  const call = async (method: string, path: string, user?: string, body?: unknown, headers: Record<string, string> = {}) => {
    const token = user ? await userToken(stack.realmUrl, user) : undefined;
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const worker = (districtCode: string, sequence: number) => ({
    nationalId: composeNationalId(districtCode === 'LJXQ' ? '500112' : districtCode, '1979-03-08', sequence, 'female'),
    name: '程廉',
    districtCode,
    employerName: '重庆中国三峡博物馆',
    occupation: '文物修复师',
  });
  const count = async (table: string) => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
    await client.end();
    return rows[0].n as number;
  };

  it('has migrations that produce exactly schema.prisma (no drift)', async () => {
    const differences = await findSchemaDrift({ schemaDir: join(__dirname, '../prisma/schema'), migrationsDir: join(__dirname, '../prisma/migrations'), adminUrl: process.env.DATABASE_ADMIN_URL ?? 'postgresql://root@127.0.0.1:5432/postgres' });
    expect(differences).toEqual([]);
  });

  it('names every wrong field in one problem and writes nothing', async () => {
    const good = worker('500103', 11);
    const badId = good.nationalId.slice(0, 17) + (good.nationalId.endsWith('1') ? '2' : '1');
    const response = await call('POST', '/api/v1/workers', 'hrss.clerk', { ...good, nationalId: badId, districtCode: '123456', name: '', extra: 1 });
    expect(response.status).toBe(400);
    expect(response.type).toMatch(/application\/problem\+json/);
    const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['districtCode', 'name']));
    expect(fields.some((f) => f === 'nationalId' || f === '(body)')).toBe(true);
    expect(await count('worker')).toBe(0);
    expect(await count('outbox_event')).toBe(0);
  });

  it('rejects a gender or birth date that contradicts the ID number', async () => {
    const response = await call('POST', '/api/v1/workers', 'hrss.clerk', { ...worker('500103', 12), gender: 'male', birthDate: '1980-01-01' });
    expect(response.status).toBe(400);
    expect((response.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['birthDate', 'gender']);
  });

  it('answers malformed JSON with 400 and an oversize body with 413, both as problem+json', async () => {
    const malformed = await call('POST', '/api/v1/workers', 'hrss.clerk', '{"nationalId": ');
    expect(malformed).toMatchObject({ status: 400, body: { code: 'request.malformed-body' } });
    const huge = await call('POST', '/api/v1/workers', 'hrss.clerk', { ...worker('500103', 13), occupation: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge).toMatchObject({ status: 413, body: { code: 'request.payload-too-large' } });
  });

  it('registers a worker with the event and the audit entry in the same transaction', async () => {
    const created = await call('POST', '/api/v1/workers', 'hrss.clerk', worker('500103', 21));
    expect(created.status).toBe(201);
    expect(await count('outbox_event')).toBe(1);
    expect(await count('audit_entry')).toBe(1);
  });

  it('shows a district its own workers only, and refuses agencies without registry access', async () => {
    const yuzhong = (await call('POST', '/api/v1/workers', 'hrss.clerk', worker('500103', 31))).body.id as string;
    const chengkou = (await call('POST', '/api/v1/workers', 'hrss.clerk', worker('500229', 33))).body.id as string;
    expect((await call('GET', `/api/v1/workers/${yuzhong}`, 'district.yuzhong')).status).toBe(200);
    expect(await call('GET', `/api/v1/workers/${chengkou}`, 'district.yuzhong')).toMatchObject({ status: 404, body: { code: 'worker.not-found' } });
    expect((await call('GET', `/api/v1/workers/${chengkou}`, 'skills.office')).status).toBe(200);
    expect((await call('GET', `/api/v1/workers/${chengkou}`, 'employer.shouxun')).status).toBe(403);
  });

  it('reveals the ID number only to national-id-reader and audits each reveal', async () => {
    const input = worker('500229', 41);
    const id = (await call('POST', '/api/v1/workers', 'hrss.clerk', input)).body.id as string;
    expect((await call('GET', `/api/v1/workers/${id}/national-id`, 'hrss.clerk')).status).toBe(403);
    const auditsBefore = await count('audit_entry');
    const reveal = await call('GET', `/api/v1/workers/${id}/national-id`, 'hrss.admin');
    expect(reveal).toMatchObject({ status: 200, body: { nationalId: input.nationalId } });
    expect(await count('audit_entry')).toBe(auditsBefore + 1);
  });

  it('keeps the ID number encrypted at rest', async () => {
    const input = worker('500103', 51);
    await call('POST', '/api/v1/workers', 'hrss.clerk', input);
    const { Client } = await import('pg');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT row_to_json(w)::text AS row FROM worker w');
    await client.end();
    for (const row of rows) expect(row.row).not.toContain(input.nationalId);
  });

  it('refuses an unknown worker id shape with a field error, not a database error', async () => {
    expect(await call('GET', '/api/v1/workers/not-a-uuid', 'hrss.clerk')).toMatchObject({ status: 400, body: { errors: [{ field: 'id' }] } });
  });
});
