import { z } from 'zod';
import { cloudEventType, listEvents, SUBSCRIPTIONS } from './catalogue';
import type { EventDefinition, TopicDefinition } from './catalogue-types';
import { CLOUDEVENTS_CONTENT_TYPE } from './envelope';
import { DEAD_LETTER_RETENTION_MS, deadLetterTopicName, TOPICS } from './topics';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const pascal = (s: string): string => s.split(/[.\-_]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
const camel = (s: string): string => {
  const p = pascal(s);
  return p.charAt(0).toLowerCase() + p.slice(1);
};

function jsonSchemaOf(schema: z.ZodType): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<string, Json>;
  return rest;
}

function topicKey(topic: TopicDefinition): string {
  const entry = Object.entries(TOPICS).find(([, t]) => t.name === topic.name);
  if (!entry) throw new Error(`topic ${topic.name} missing from TOPICS`);
  return entry[0];
}

function kafkaChannelBinding(name: string, partitions: number, retentionMs: number): Json {
  return {
    kafka: {
      topic: name,
      partitions,
      topicConfiguration: { 'cleanup.policy': ['delete'], 'retention.ms': retentionMs },
      bindingVersion: '0.5.0',
    },
  };
}

function envelopeSchema(def: EventDefinition): Json {
  return {
    type: 'object',
    description: 'CloudEvents 1.0, structured mode, with the W3C distributed-tracing extension.',
    required: ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'data'],
    properties: {
      specversion: { type: 'string', const: '1.0' },
      id: { type: 'string', format: 'uuid', description: 'Unique per event; consumers de-duplicate on it.' },
      source: { type: 'string', const: `/bayu/${def.topic.owner}` },
      type: { type: 'string', const: cloudEventType(def.name, def.version) },
      subject: { type: 'string', description: `The ${def.subjectField} this event is about; also the Kafka message key.` },
      time: { type: 'string', format: 'date-time' },
      datacontenttype: { type: 'string', const: 'application/json' },
      dataschema: { type: 'string' },
      traceparent: { type: 'string', description: 'W3C trace context of the request that caused the event.' },
      tracestate: { type: 'string' },
      data: { $ref: `#/components/schemas/${pascal(def.name)}V${def.version}` },
    },
  };
}

/** AsyncAPI 3.0 description of every topic and event, generated from the catalogue. */
export function buildAsyncApiDocument(version: string): Record<string, Json> {
  const events = listEvents();
  const channels: Record<string, Json> = {};
  const operations: Record<string, Json> = {};
  const messages: Record<string, Json> = {};
  const schemas: Record<string, Json> = {};

  for (const topic of Object.values(TOPICS) as TopicDefinition[]) {
    const key = topicKey(topic);
    const onTopic = events.filter((e) => e.topic.name === topic.name);
    channels[key] = {
      address: topic.name,
      title: topic.name,
      description: `${topic.description} Owner: ${topic.owner}. Key: ${topic.partitionKey}.`,
      messages: Object.fromEntries(onTopic.map((e) => [camel(e.name), { $ref: `#/components/messages/${camel(e.name)}` }])),
      bindings: kafkaChannelBinding(topic.name, topic.partitions, topic.retentionMs),
    };
    channels[`${key}DeadLetter`] = {
      address: deadLetterTopicName(topic.name),
      title: deadLetterTopicName(topic.name),
      description:
        `Messages from ${topic.name} that a consumer could not process after its retries, unchanged, with headers ` +
        '`x-dlt-error`, `x-dlt-consumer-group`, `x-dlt-source-partition`, `x-dlt-source-offset`, `x-dlt-attempts`.',
      messages: Object.fromEntries(onTopic.map((e) => [camel(e.name), { $ref: `#/components/messages/${camel(e.name)}` }])),
      bindings: kafkaChannelBinding(deadLetterTopicName(topic.name), 1, DEAD_LETTER_RETENTION_MS),
    };
  }

  for (const def of events) {
    const id = camel(def.name);
    const channelKey = topicKey(def.topic);
    schemas[`${pascal(def.name)}V${def.version}`] = jsonSchemaOf(def.schema);
    messages[id] = {
      name: cloudEventType(def.name, def.version),
      title: def.name,
      summary: `${def.summaryZh} ${def.summary}`,
      contentType: CLOUDEVENTS_CONTENT_TYPE.split(';')[0] ?? 'application/cloudevents+json',
      headers: {
        type: 'object',
        properties: {
          'content-type': { type: 'string', const: CLOUDEVENTS_CONTENT_TYPE },
          traceparent: { type: 'string', description: 'W3C trace context, same as the envelope attribute.' },
        },
      },
      payload: envelopeSchema(def),
      correlationId: { location: '$message.header#/traceparent' },
      bindings: { kafka: { key: { type: 'string', description: def.subjectField }, bindingVersion: '0.5.0' } },
      examples: [
        {
          name: `${id}Example`,
          headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
          payload: {
            specversion: '1.0',
            id: '3f0e8f3c-0a8e-4b7e-9e57-6f1c2d3b4a59',
            source: `/bayu/${def.topic.owner}`,
            type: cloudEventType(def.name, def.version),
            subject: String((def.example as Record<string, unknown>)[def.subjectField]),
            time: '2026-03-01T08:00:00.000Z',
            datacontenttype: 'application/json',
            traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
            data: def.example as Json,
          },
        },
      ],
    };
    operations[`send${pascal(def.name)}`] = {
      action: 'send',
      title: `${def.topic.owner} publishes ${def.name}`,
      summary: def.summary,
      channel: { $ref: `#/channels/${channelKey}` },
      messages: [{ $ref: `#/channels/${channelKey}/messages/${id}` }],
    };
  }

  for (const sub of SUBSCRIPTIONS) {
    const channelKey = topicKey(sub.topic);
    operations[`receive${pascal(sub.group)}`] = {
      action: 'receive',
      title: `${sub.service} consumes as group ${sub.group}`,
      channel: { $ref: `#/channels/${channelKey}` },
      messages: sub.events.map((e) => ({ $ref: `#/channels/${channelKey}/messages/${camel(e)}` })),
      bindings: { kafka: { groupId: { type: 'string', const: sub.group }, bindingVersion: '0.5.0' } },
    };
  }

  return {
    asyncapi: '3.1.0',
    info: {
      title: '巴渝技能人才平台事件 Bayu skills-talent platform events',
      version,
      description:
        'Every event the platform publishes. Each message is a CloudEvents 1.0 envelope in structured mode; ' +
        'the Kafka key is the subject, so events about one subject arrive in order. Delivery is at least once: ' +
        'de-duplicate on the envelope `id`. Topics keep their history, so a new subscriber can replay from the start. ' +
        'Generated from libs/contracts; do not edit by hand.',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      production: { host: 'kafka.bayu.svc.cluster.local:9092', protocol: 'kafka', description: 'Kubernetes (deploy/k8s)' },
      compose: { host: 'localhost:9092', protocol: 'kafka', description: 'docker-compose.yml' },
    },
    channels,
    operations,
    components: { messages, schemas },
  };
}
