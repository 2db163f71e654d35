import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Client } from 'pg';
import { createCloudEvent, EVENTS, SUBSCRIPTIONS, TOPICS, type CloudEvent } from '@bayu/contracts';
import { findSchemaDrift } from '@bayu/platform/db';
import type { RunningService } from '@bayu/platform/service';
import { startServiceInProcess } from '@bayu/platform/service/testing';
import { eventually, migratedDatabase, startTestStack, userToken, type ScratchDatabase, type TestStack } from '@bayu/platform/testing';
import { AppModule } from './app.module';
import { loadCampaignConfig } from './config';

const topic = TOPICS.registryTalent.name;
const group = SUBSCRIPTIONS.find((s) => s.service === 'campaign')?.group ?? '';

describe('campaign service: talent projection from registry events (real PostgreSQL, dev broker, dev SSO)', () => {
  jest.setTimeout(90_000);
  let stack: TestStack;
  let db: ScratchDatabase;
  let admin: Admin;
  const kafka = () => new Kafka({ clientId: 'campaign-test', brokers: stack.kafkaBrokers, logLevel: logLevel.NOTHING });

  const start = async (): Promise<RunningService> => {
    const key = randomBytes(32).toString('base64');
    const config = loadCampaignConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATABASE_URL: db.url,
      KAFKA_BROKERS: stack.kafkaBrokers.join(','),
      SSO_URL: stack.ssoUrl,
      NATIONAL_ID_ENCRYPTION_KEYS: `k1:${key}`,
      NATIONAL_ID_HASH_KEY: key,
    });
    return startServiceInProcess('campaign', AppModule.forRoot(config), { kafkaBrokers: stack.kafkaBrokers, consumers: true });
  };
  const publish = async (...events: CloudEvent[]) => {
    const producer = kafka().producer();
    await producer.connect();
    await producer.send({ topic, messages: events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })) });
    await producer.disconnect();
  };
  const registered = (workerId: string, name: string, time: Date) =>
    createCloudEvent('talent.registered', { ...EVENTS['talent.registered'].example, workerId, name }, { source: 'registry', time });
  const profileName = async (workerId: string) => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT name FROM talent_profile WHERE worker_id = $1', [workerId]);
    await client.end();
    return rows[0]?.name as string | undefined;
  };

  beforeAll(async () => {
    stack = await startTestStack({ brokers: 1 });
    db = await migratedDatabase('campaign');
    admin = kafka().admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.disconnect();
    await db?.drop();
    await stack?.stop();
  });

  it('has migrations that produce exactly schema.prisma (no drift)', async () => {
    const differences = await findSchemaDrift({ schemaDir: join(__dirname, '../prisma/schema'), migrationsDir: join(__dirname, '../prisma/migrations'), adminUrl: process.env.DATABASE_ADMIN_URL ?? 'postgresql://root@127.0.0.1:5432/postgres' });
    expect(differences).toEqual([]);
  });

  it('projects a registered worker, keeps a newer state against an older event, and commits offsets on graceful shutdown', async () => {
    const service = await start();
    const workerId = randomUUID();
    const now = Date.now();
    await publish(registered(workerId, '黄勇', new Date(now)), registered(workerId, '黄勇（旧）', new Date(now - 60_000)));
    await eventually(async () => ((await profileName(workerId)) ? true : undefined), { what: 'the projection', timeoutMs: 30_000 });
    const token = await userToken(stack.realmUrl, 'skills.office', 'web-skills-office');
    const response = await fetch(`${service.url}/api/v1/talent-profiles/${workerId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(await response.json()).toMatchObject({ workerId, name: '黄勇' });
    const forbidden = await fetch(`${service.url}/api/v1/talent-profiles/${workerId}`, { headers: { authorization: `Bearer ${await userToken(stack.realmUrl, 'district.yuzhong', 'web-recommend')}` } });
    expect(forbidden.status).toBe(403);

    await eventually(
      async () => {
        const client = new Client({ connectionString: db.url });
        await client.connect();
        const { rows } = await client.query('SELECT count(*)::int AS n FROM inbox_event');
        await client.end();
        return rows[0].n === 2 ? true : undefined;
      },
      { what: 'both events to be processed' },
    );
    await service.shutdown();
    const committed = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    const ends = await admin.fetchTopicOffsets(topic);
    const lag = ends.reduce((sum, end) => {
      const offset = committed[0]?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
      return sum + (Number(end.high) - Math.max(0, Number(offset)));
    }, 0);
    expect(lag).toBe(0);
    expect(await profileName(workerId)).toBe('黄勇');
  });
});
