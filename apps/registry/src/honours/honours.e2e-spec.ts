import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { createCloudEvent, deadLetterTopicName, TOPICS, type CloudEvent } from '@bayu/contracts';
import { eventually } from '@bayu/platform/testing';
import { newWorker, startRegistry, type RegistryHarness } from '../../test/registry-harness';

describe('honours, and 最美巴渝工匠 awards arriving from the campaign (real PostgreSQL, dev broker, dev SSO)', () => {
  jest.setTimeout(90_000);
  let registry: RegistryHarness;
  const call: RegistryHarness['call'] = (...args) => registry.call(...args);
  const campaignId = randomUUID();
  const publish = async (...events: CloudEvent[]) => {
    const producer = new Kafka({ clientId: 'campaign-stand-in', brokers: registry.stack.kafkaBrokers, logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
    await producer.send({ topic: TOPICS.campaignAward.name, messages: events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })) });
    await producer.disconnect();
  };
  const granted = (workerId: string, awardId = randomUUID(), category: 'award' | 'nomination' = 'award') =>
    createCloudEvent('award.granted', { awardId, campaignId, campaignYear: 2022, workerId, category, citation: '16年跋涉500余座高山', grantedAt: '2022-11-25T02:00:00.000Z' }, { source: 'campaign' });
  const honoursOf = (workerId: string) => registry.sql<{ kind: string; source_ref: string | null; withdrawn_at: Date | null }>(`SELECT kind, source_ref, withdrawn_at FROM honour WHERE worker_id = $1`, [workerId]);

  beforeAll(async () => {
    registry = await startRegistry({ consumers: true });
  });
  afterAll(() => registry?.stop());

  it('records an honour by hand, once per kind and year, with its event', async () => {
    const id = (await call('POST', '/api/v1/workers', 'hrss.clerk', newWorker())).body.id as string;
    const honour = { kind: 'national-technical-expert', level: 'national', year: 2019, grantingBody: '人力资源社会保障部' };
    expect(await call('POST', `/api/v1/workers/${id}/honours`, 'hrss.clerk', honour)).toMatchObject({ status: 201, body: { kind: 'national-technical-expert', sourceRef: null } });
    expect(await call('POST', `/api/v1/workers/${id}/honours`, 'hrss.clerk', honour)).toMatchObject({ status: 409, body: { code: 'honour.duplicate' } });
    expect(await call('POST', `/api/v1/workers/${id}/honours`, 'hrss.clerk', { ...honour, kind: 'nobel-prize' })).toMatchObject({ status: 400, body: { errors: [{ field: 'kind' }] } });
    expect((await call('GET', `/api/v1/workers/${id}/honours`, 'skills.office')).body).toHaveLength(1);
    expect(await registry.sql(`SELECT 1 FROM outbox_event WHERE event_type = 'bayu.honour.granted.v1' AND message_key = $1`, [id])).toHaveLength(1);
  });

  it('turns an award from the campaign into an honour once, however often the event is delivered', async () => {
    const id = (await call('POST', '/api/v1/workers', 'hrss.clerk', newWorker())).body.id as string;
    const awardId = randomUUID();
    const event = granted(id, awardId);
    await publish(event);
    await eventually(async () => ((await honoursOf(id)).length ? true : undefined), { timeoutMs: 30_000, what: 'the award to become an honour' });
    // The same event again, and the same award under a new event id (the campaign republished it).
    await publish(event, granted(id, awardId));
    await eventually(async () => ((await registry.sql(`SELECT 1 FROM inbox_event WHERE consumer_group = 'registry.campaign-awards'`)).length >= 2 ? true : undefined), { what: 'the replays to be consumed' });
    expect(await honoursOf(id)).toEqual([{ kind: 'most-beautiful-craftsman', source_ref: `award:${awardId}`, withdrawn_at: null }]);
    expect(await registry.sql(`SELECT 1 FROM outbox_event WHERE event_type = 'bayu.honour.granted.v1' AND message_key = $1`, [id])).toHaveLength(1);
  });

  it('marks the honour withdrawn when the campaign revokes the award', async () => {
    const id = (await call('POST', '/api/v1/workers', 'hrss.clerk', newWorker())).body.id as string;
    const awardId = randomUUID();
    await publish(granted(id, awardId, 'nomination'));
    await eventually(async () => ((await honoursOf(id)).length ? true : undefined), { timeoutMs: 30_000, what: 'the nomination' });
    await publish(createCloudEvent('award.revoked', { awardId, campaignId, workerId: id, reason: '经复核不符合评选条件', revokedAt: '2023-02-01T02:00:00.000Z' }, { source: 'campaign' }));
    const [honour] = await eventually(async () => {
      const rows = await honoursOf(id);
      return rows[0]?.withdrawn_at ? rows : undefined;
    }, { what: 'the withdrawal' });
    expect(honour?.kind).toBe('most-beautiful-craftsman-nomination');
  });

  it('parks an award for an unknown worker on the dead-letter topic with the reason', async () => {
    const stranger = randomUUID();
    await publish(granted(stranger));
    const kafka = new Kafka({ clientId: 'dlt-reader', brokers: registry.stack.kafkaBrokers, logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `dlt-${randomUUID()}`, maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topic: deadLetterTopicName(TOPICS.campaignAward.name), fromBeginning: true });
    const headers = await new Promise<Record<string, string>>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          if (message.key?.toString() === stranger) resolve(Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])));
        },
      });
    });
    await consumer.disconnect();
    expect(headers['x-dlt-error']).toMatch(/not in the registry/);
    expect(headers['x-dlt-consumer-group']).toBe('registry.campaign-awards');
  });
});
