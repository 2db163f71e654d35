import type { z } from 'zod';
import type { EventDefinition, TopicDefinition } from './catalogue-types';
import { AWARD_EVENTS } from './events/award';
import { CAMPAIGN_EVENTS } from './events/campaign';
import { TALENT_EVENTS } from './events/talent';
import { DEAD_LETTER_RETENTION_MS, deadLetterTopicName, TOPICS } from './topics';
import type { ServiceName } from './services';

/**
 * The one catalogue of every event on the platform. Producing, consuming, the dev broker's topics,
 * the Kubernetes KafkaTopic resources and docs/asyncapi.yaml are all derived from it.
 */
export const EVENTS = {
  ...TALENT_EVENTS,
  ...AWARD_EVENTS,
  ...CAMPAIGN_EVENTS,
} as const satisfies Record<string, EventDefinition>;

export type EventName = keyof typeof EVENTS;
export type EventData<E extends EventName> = z.infer<(typeof EVENTS)[E]['schema']>;
export type EventsOnTopic<T extends string> = {
  [E in EventName]: (typeof EVENTS)[E]['topic']['name'] extends T ? E : never;
}[EventName];

/** Which services consume which topics, with their consumer group ids. */
export const SUBSCRIPTIONS: ReadonlyArray<{ readonly service: ServiceName; readonly group: string; readonly topic: TopicDefinition; readonly events: readonly EventName[] }> = [
  { service: 'campaign', group: 'campaign.talent-projection', topic: TOPICS.registryTalent, events: ['talent.registered', 'certificate.issued', 'certificate.revoked', 'honour.granted'] },
  { service: 'registry', group: 'registry.campaign-awards', topic: TOPICS.campaignAward, events: ['award.granted', 'award.revoked'] },
];

/** The consumer group through which `service` receives `event`, as declared in SUBSCRIPTIONS. */
export function subscriptionGroup(service: ServiceName, event: EventName): string {
  const subscription = SUBSCRIPTIONS.find((s) => s.service === service && s.events.includes(event));
  if (!subscription) throw new Error(`${service} has no subscription to ${event} in the catalogue`);
  return subscription.group;
}

export function eventDefinition(name: EventName): EventDefinition {
  return EVENTS[name];
}

export function listEvents(): EventDefinition[] {
  return Object.values(EVENTS);
}

export function cloudEventType(name: string, version: number): string {
  return `bayu.${name}.v${version}`;
}

const byCloudEventType = new Map<string, EventDefinition>(listEvents().map((e) => [cloudEventType(e.name, e.version), e]));

export function findEventByCloudEventType(type: string): EventDefinition | undefined {
  return byCloudEventType.get(type);
}

export interface KafkaTopicSpec {
  readonly name: string;
  readonly partitions: number;
  readonly retentionMs: number;
  readonly kind: 'events' | 'dead-letter';
}

/** Every topic the platform needs, dead-letter topics included; input to the broker set-up everywhere. */
export function listKafkaTopics(): KafkaTopicSpec[] {
  const topics: KafkaTopicSpec[] = [];
  for (const t of Object.values(TOPICS) as TopicDefinition[]) {
    topics.push({ name: t.name, partitions: t.partitions, retentionMs: t.retentionMs, kind: 'events' });
    topics.push({ name: deadLetterTopicName(t.name), partitions: 1, retentionMs: DEAD_LETTER_RETENTION_MS, kind: 'dead-letter' });
  }
  return topics;
}

export function listTopics(): TopicDefinition[] {
  return Object.values(TOPICS);
}
