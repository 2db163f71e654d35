import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { EVENTS, TOPICS } from '@bayu/contracts';
import { startDevBroker, type DevBroker } from '@bayu/dev/broker';
import { applyMigrations, createScratchDatabase, type ScratchDatabase } from '@bayu/platform/db';
import { createLogger } from '@bayu/platform/observability';
import { pgTransactions } from '../../test/pg-transactions';
import { readTopic } from '../../test/kafka-reader';
import { KafkaConnection } from './kafka-connection';
import { Outbox } from './outbox';
import { NEXT_BATCH_SQL, OutboxRelay } from './outbox-relay';

const topic = TOPICS.registryTalent.name;
const logger = createLogger({ service: 'messaging-test', level: 'silent' });
const registered = (workerId: string, name = '王世森') => ({ ...EVENTS['talent.registered'].example, workerId, name });

describe('transactional outbox and relay (real PostgreSQL, dev Kafka broker)', () => {
  jest.setTimeout(60_000);
  let broker: DevBroker;
  let db: ScratchDatabase;
  let kafka: KafkaConnection;
  let tx: ReturnType<typeof pgTransactions>;
  const outbox = new Outbox('registry');
  const relays: OutboxRelay[] = [];
  const relay = () => {
    const r = new OutboxRelay({ databaseUrl: db.url, producer: () => kafka.producer(), logger, pollIntervalMs: 200, backoff: { initialMs: 50, maxMs: 500, factor: 2 } });
    relays.push(r);
    return r;
  };

  beforeEach(async () => {
    broker = await startDevBroker({ topics: [{ name: topic, partitions: 4 }] });
    db = await createScratchDatabase('messaging');
    await applyMigrations(db.url, join(__dirname, '../../test/fixture-service/prisma/migrations'));
    kafka = new KafkaConnection({ brokers: broker.bootstrapServers, clientId: 'relay-test' });
    tx = pgTransactions(db.url);
  });

  afterEach(async () => {
    await Promise.allSettled(relays.splice(0).map((r) => r.stop()));
    await kafka.close();
    await tx.pool.end();
    await db.drop();
    await broker.stop();
  });

  const pending = async () => Number((await tx.pool.query('SELECT count(*) FROM outbox_event WHERE published_at IS NULL')).rows[0].count);

  it('publishes committed events once each, every subject in commit order, keyed by subject', async () => {
    const subjects = [randomUUID(), randomUUID(), randomUUID()];
    for (let round = 0; round < 5; round++) {
      for (const subject of subjects) {
        await tx.run(async (sql) => {
          await sql.$executeRawUnsafe('INSERT INTO widget (id, count) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET count = $2', subject, round);
          await outbox.add(sql, 'talent.registered', registered(subject, `round ${round}`));
        });
      }
    }
    expect(await relay().drain()).toBe(15);
    expect(await pending()).toBe(0);
    const messages = await readTopic(broker.bootstrapServers, topic, 15);
    expect(messages).toHaveLength(15);
    for (const subject of subjects) {
      const mine = messages.filter((m) => m.key === subject);
      expect(new Set(mine.map((m) => m.partition)).size).toBe(1);
      expect(mine.map((m) => JSON.parse(m.value).data.name)).toEqual(['round 0', 'round 1', 'round 2', 'round 3', 'round 4']);
      expect(mine.every((m) => m.headers['content-type']?.startsWith('application/cloudevents+json'))).toBe(true);
    }
  });

  it('writes a batch of events in one statement and publishes them in the given order', async () => {
    const subject = randomUUID();
    await tx.run((sql) => outbox.addMany(sql, Array.from({ length: 50 }, (_, i) => ({ name: 'talent.registered' as const, data: registered(subject, `batch ${i}`) }))));
    expect(await relay().drain()).toBe(50);
    const messages = await readTopic(broker.bootstrapServers, topic, 50);
    expect(messages.map((m) => JSON.parse(m.value).data.name)).toEqual(Array.from({ length: 50 }, (_, i) => `batch ${i}`));
  });

  it('takes each batch from the front of the index instead of sorting the whole backlog', async () => {
    await tx.run((sql) => outbox.addMany(sql, Array.from({ length: 2_000 }, () => ({ name: 'talent.registered' as const, data: registered(randomUUID()) }))));
    // Whatever the statistics say, reading the index in order must be possible without a sort; with
    // `ORDER BY id` alone it is not, and a large backlog was sorted in full for every batch.
    const plan = await tx.run(async (sql) => {
      await sql.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      await sql.$executeRawUnsafe('SET LOCAL enable_bitmapscan = off');
      const rows = await sql.$queryRawUnsafe<Array<{ 'QUERY PLAN': unknown }>>(`EXPLAIN (FORMAT JSON) ${NEXT_BATCH_SQL.replace('$1', '500')}`);
      return JSON.stringify(rows[0]?.['QUERY PLAN']);
    });
    expect(plan).toContain('outbox_event_published_at_id_idx');
    expect(plan).not.toContain('"Node Type":"Sort"');
  });

  it('publishes nothing for a transaction that rolled back', async () => {
    await expect(
      tx.run(async (sql) => {
        await outbox.add(sql, 'talent.registered', registered(randomUUID()));
        throw new Error('the state change failed after the event was written');
      }),
    ).rejects.toThrow('state change failed');
    expect(await relay().drain()).toBe(0);
    const [{ count }] = (await tx.pool.query('SELECT count(*) FROM outbox_event')).rows;
    expect(Number(count)).toBe(0);
  });

  it('refuses an event that breaks its contract before anything is written', async () => {
    await expect(tx.run((sql) => outbox.add(sql, 'talent.registered', { ...registered(randomUUID()), districtCode: '999999' }))).rejects.toThrow(/data\.districtCode/);
    expect(Number((await tx.pool.query('SELECT count(*) FROM outbox_event')).rows[0].count)).toBe(0);
  });

  it('loses nothing while the broker is down: events wait with the error recorded, then go out when it is back', async () => {
    const r = relay();
    for (const id of broker.brokers.map((b) => b.id)) await broker.setBrokerDown(id);
    const subject = randomUUID();
    await tx.run((sql) => outbox.add(sql, 'talent.registered', registered(subject)));
    await expect(r.drain()).rejects.toThrow();
    expect(await pending()).toBe(1);
    const [row] = (await tx.pool.query('SELECT attempts, last_error FROM outbox_event')).rows;
    expect(row.attempts).toBeGreaterThanOrEqual(1);
    expect(row.last_error).toBeTruthy();
    for (const id of broker.brokers.map((b) => b.id)) await broker.setBrokerUp(id);
    r.start();
    const messages = await readTopic(broker.bootstrapServers, topic, 1);
    expect(messages.map((m) => m.key)).toEqual([subject]);
    expect(await pending()).toBe(0);
  });

  it('wakes on commit without waiting for the poll interval', async () => {
    const r = new OutboxRelay({ databaseUrl: db.url, producer: () => kafka.producer(), logger, pollIntervalMs: 60_000 });
    relays.push(r);
    r.start();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const subject = randomUUID();
    await tx.run((sql) => outbox.add(sql, 'talent.registered', registered(subject)));
    const messages = await readTopic(broker.bootstrapServers, topic, 1, 10_000);
    expect(messages.map((m) => m.key)).toEqual([subject]);
  });

  it('with two relays on one database, each event is published once', async () => {
    const subjects = Array.from({ length: 20 }, () => randomUUID());
    for (const subject of subjects) await tx.run((sql) => outbox.add(sql, 'talent.registered', registered(subject)));
    const [a, b] = [relay(), relay()];
    await Promise.all([a.drain(), b.drain()]);
    a.start();
    b.start();
    const messages = await readTopic(broker.bootstrapServers, topic, 25, 5_000);
    expect(messages.map((m) => m.key).sort()).toEqual([...subjects].sort());
  });
});
