import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createCloudEvent, deadLetterTopicName, EVENTS, TOPICS } from '@bayu/contracts';
import { startDevBroker, type DevBroker } from '@bayu/dev/broker';
import { applyMigrations, createScratchDatabase, type ScratchDatabase } from '@bayu/platform/db';
import { createLogger } from '@bayu/platform/observability';
import { pgTransactions } from '../../test/pg-transactions';
import { readTopic } from '../../test/kafka-reader';
import { IdempotentConsumer, type IncomingMessage } from './idempotent-consumer';
import { KafkaConnection } from './kafka-connection';
import type { RawSql } from './sql';

const topic = TOPICS.registryTalent.name;
const logger = createLogger({ service: 'messaging-test', level: 'silent' });

function messageOf(event: unknown, offset = '0'): IncomingMessage {
  const value = Buffer.from(JSON.stringify(event));
  return { topic, partition: 0, offset, key: (event as { subject?: string }).subject ?? null, value, headers: { 'content-type': Buffer.from('application/cloudevents+json') } };
}

describe('idempotent consumer (real PostgreSQL, dev Kafka broker)', () => {
  jest.setTimeout(60_000);
  let broker: DevBroker;
  let db: ScratchDatabase;
  let kafka: KafkaConnection;
  let tx: ReturnType<typeof pgTransactions>;

  const consumer = (attempts = 3) =>
    new IdempotentConsumer<RawSql>({ group: 'test.widgets', runInTransaction: tx.run, producer: () => kafka.producer(), logger, attempts, backoff: { initialMs: 10, maxMs: 50, factor: 2 } });
  const bump = async (event: { subject: string }, sql: RawSql) => {
    await sql.$executeRawUnsafe('INSERT INTO widget (id, count) VALUES ($1, 1) ON CONFLICT (id) DO UPDATE SET count = widget.count + 1', event.subject);
  };
  const countOf = async (id: string) => Number((await tx.pool.query('SELECT count FROM widget WHERE id = $1', [id])).rows[0]?.count ?? 0);
  const inboxSize = async () => Number((await tx.pool.query('SELECT count(*) FROM inbox_event')).rows[0].count);

  beforeEach(async () => {
    broker = await startDevBroker({ topics: [{ name: topic, partitions: 4 }, { name: deadLetterTopicName(topic), partitions: 1 }] });
    db = await createScratchDatabase('consumer');
    await applyMigrations(db.url, join(__dirname, '../../test/fixture-service/prisma/migrations'));
    kafka = new KafkaConnection({ brokers: broker.bootstrapServers, clientId: 'consumer-test' });
    tx = pgTransactions(db.url);
  });

  afterEach(async () => {
    await kafka.close();
    await tx.pool.end();
    await db.drop();
    await broker.stop();
  });

  const event = () => createCloudEvent('talent.registered', { ...EVENTS['talent.registered'].example, workerId: randomUUID() }, { source: 'registry' });

  it('applies an event once and ignores it when it is delivered again', async () => {
    const e = event();
    const c = consumer();
    expect(await c.handle(messageOf(e), { 'talent.registered': bump })).toBe('processed');
    expect(await c.handle(messageOf(e, '7'), { 'talent.registered': bump })).toBe('duplicate');
    expect(await countOf(e.subject)).toBe(1);
    expect(await inboxSize()).toBe(1);
  });

  it('retries a handler that fails once and writes its effect exactly once', async () => {
    const e = event();
    let calls = 0;
    const flaky = async (ev: { subject: string }, sql: RawSql) => {
      await bump(ev, sql);
      if (++calls === 1) throw new Error('deadlock detected');
    };
    expect(await consumer().handle(messageOf(e), { 'talent.registered': flaky })).toBe('processed');
    expect(calls).toBe(2);
    expect(await countOf(e.subject)).toBe(1);
  });

  it('dead-letters an event whose handler keeps failing, with the error and attempts, and writes nothing', async () => {
    const e = event();
    const outcome = await consumer(3).handle(messageOf(e, '42'), {
      'talent.registered': async (ev, sql) => {
        await bump(ev, sql);
        throw new Error(`projection rejected 500103198407021234`);
      },
    });
    expect(outcome).toBe('dead-lettered');
    expect(await countOf(e.subject)).toBe(0);
    expect(await inboxSize()).toBe(0);
    const [dead] = await readTopic(broker.bootstrapServers, deadLetterTopicName(topic), 1);
    expect(dead?.key).toBe(e.subject);
    expect(JSON.parse(dead?.value ?? '{}').id).toBe(e.id);
    expect(dead?.headers).toMatchObject({ 'x-dlt-consumer-group': 'test.widgets', 'x-dlt-source-offset': '42', 'x-dlt-attempts': '3', 'x-dlt-source-topic': topic });
    expect(dead?.headers['x-dlt-error']).toContain('projection rejected 500103********1234');
  });

  it('sends an event that breaks the contract straight to the dead-letter topic without calling the handler', async () => {
    const handler = jest.fn();
    const poison = { ...event(), data: { workerId: 'not-a-uuid' } };
    expect(await consumer().handle(messageOf(poison), { 'talent.registered': handler })).toBe('dead-lettered');
    expect(handler).not.toHaveBeenCalled();
    const [dead] = await readTopic(broker.bootstrapServers, deadLetterTopicName(topic), 1);
    expect(dead?.headers['x-dlt-attempts']).toBe('0');
    expect(dead?.headers['x-dlt-error']).toMatch(/data\.workerId/);
  });

  it('does not acknowledge a failed event while the dead-letter topic cannot be written', async () => {
    for (const b of broker.brokers) await broker.setBrokerDown(b.id);
    await expect(consumer(1).handle(messageOf(event()), { 'talent.registered': () => Promise.reject(new Error('boom')) })).rejects.toThrow();
  });

  it('ignores event types it has no handler for', async () => {
    expect(await consumer().handle(messageOf(event()), {})).toBe('ignored');
    expect(await inboxSize()).toBe(0);
  });
});
