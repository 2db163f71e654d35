import { createCloudEvent, kafkaRouteOf, parseCloudEvent } from './envelope';
import { EVENTS, listKafkaTopics } from './catalogue';

const example = EVENTS['talent.registered'].example;

describe('CloudEvents envelope', () => {
  it('wraps a valid payload with the catalogue type, subject and topic', () => {
    const event = createCloudEvent('talent.registered', example, {
      source: 'registry',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    expect(event).toMatchObject({ specversion: '1.0', type: 'bayu.talent.registered.v1', source: '/bayu/registry', subject: example.workerId });
    expect(kafkaRouteOf(event)).toEqual({ topic: 'bayu.registry.talent.v1', key: example.workerId });
  });

  it('refuses to build an event whose payload breaks the contract, naming the field', () => {
    expect(() => createCloudEvent('talent.registered', { ...example, districtCode: '123456' }, { source: 'registry' })).toThrow(/data\.districtCode/);
  });

  it('parses what it creates, round-tripped through JSON', () => {
    const event = createCloudEvent('talent.registered', example, { source: 'registry' });
    const parsed = parseCloudEvent(JSON.parse(JSON.stringify(event)));
    expect(parsed.ok && parsed.event).toEqual(event);
  });

  it('rejects an unknown type, a malformed envelope and a subject that disagrees with the payload', () => {
    const event = createCloudEvent('talent.registered', example, { source: 'registry' });
    const unknown = parseCloudEvent({ ...event, type: 'bayu.talent.deleted.v1' });
    expect(!unknown.ok && unknown.reason.message).toMatch(/not in the catalogue/);
    const malformed = parseCloudEvent({ ...event, id: 'not-a-uuid' });
    expect(!malformed.ok && malformed.reason.issues[0]?.path).toBe('id');
    const wrongSubject = parseCloudEvent({ ...event, subject: 'someone-else' });
    expect(!wrongSubject.ok && wrongSubject.reason.message).toMatch(/subject/);
    expect(parseCloudEvent('{}').ok).toBe(false);
  });

  it('gives every topic a single-partition dead-letter companion', () => {
    const topics = listKafkaTopics();
    for (const t of topics.filter((x) => x.kind === 'events')) {
      expect(topics).toContainEqual(expect.objectContaining({ name: `${t.name}.dlt`, kind: 'dead-letter', partitions: 1 }));
    }
  });

  it('keeps every catalogue example valid against its own schema', () => {
    for (const def of Object.values(EVENTS)) expect(def.schema.safeParse(def.example).success).toBe(true);
  });
});
