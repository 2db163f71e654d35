import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { cloudEventType, EVENTS, findEventByCloudEventType, type EventData, type EventName } from './catalogue';
import type { ServiceName } from './services';

/** W3C trace-context `traceparent`: version-traceid-parentid-flags. */
export const TRACEPARENT_PATTERN = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** CloudEvents 1.0 structured-mode envelope with the distributed-tracing extension. */
export const cloudEventEnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.uuid(),
  source: z.string().regex(/^\/bayu\/[a-z-]+$/),
  type: z.string().regex(/^bayu\.[a-z-]+(\.[a-z-]+)*\.v\d+$/),
  subject: z.string().min(1).max(200),
  time: z.iso.datetime(),
  datacontenttype: z.literal('application/json'),
  dataschema: z.string().optional(),
  traceparent: z.string().regex(TRACEPARENT_PATTERN).optional(),
  tracestate: z.string().max(512).optional(),
  data: z.unknown(),
});

export type CloudEventEnvelope = z.infer<typeof cloudEventEnvelopeSchema>;

export interface CloudEvent<E extends EventName = EventName> extends Omit<CloudEventEnvelope, 'data'> {
  readonly data: EventData<E>;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';

export class ContractViolation extends Error {
  constructor(
    message: string,
    readonly issues: ReadonlyArray<{ path: string; message: string }>,
  ) {
    super(`${message}: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`);
    this.name = 'ContractViolation';
  }
}

function issuesOf(error: z.ZodError, prefix: string): Array<{ path: string; message: string }> {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}

export interface CreateEventOptions {
  readonly source: ServiceName;
  readonly id?: string;
  readonly time?: Date;
  readonly traceparent?: string;
  readonly tracestate?: string;
}

/** Builds a validated event; a payload that breaks the contract never leaves the producer. */
export function createCloudEvent<E extends EventName>(name: E, data: EventData<E>, options: CreateEventOptions): CloudEvent<E> {
  const def = EVENTS[name];
  const parsed = def.schema.safeParse(data);
  if (!parsed.success) throw new ContractViolation(`event ${name} payload`, issuesOf(parsed.error, 'data'));
  const subject = (parsed.data as Record<string, unknown>)[def.subjectField];
  if (typeof subject !== 'string' || subject.length === 0) {
    throw new ContractViolation(`event ${name}`, [{ path: `data.${def.subjectField}`, message: 'subject field is empty' }]);
  }
  const event = {
    specversion: '1.0' as const,
    id: options.id ?? randomUUID(),
    source: `/bayu/${options.source}`,
    type: cloudEventType(def.name, def.version),
    subject,
    time: (options.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json' as const,
    dataschema: `urn:bayu:schema:${def.name}:v${def.version}`,
    ...(options.traceparent ? { traceparent: options.traceparent } : {}),
    ...(options.tracestate ? { tracestate: options.tracestate } : {}),
    data: parsed.data as EventData<E>,
  };
  return event;
}

export type ParsedEvent =
  | { readonly ok: true; readonly event: CloudEvent; readonly name: EventName }
  | { readonly ok: false; readonly reason: ContractViolation };

/** Validates an incoming envelope and its payload against the catalogue; never throws. */
export function parseCloudEvent(raw: unknown): ParsedEvent {
  const envelope = cloudEventEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: new ContractViolation('malformed CloudEvents envelope', issuesOf(envelope.error, '')) };
  const def = findEventByCloudEventType(envelope.data.type);
  if (!def) {
    return { ok: false, reason: new ContractViolation('unknown event type', [{ path: 'type', message: `${envelope.data.type} is not in the catalogue` }]) };
  }
  const data = def.schema.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, reason: new ContractViolation(`event ${def.name} payload`, issuesOf(data.error, 'data')) };
  if ((data.data as Record<string, unknown>)[def.subjectField] !== envelope.data.subject) {
    return { ok: false, reason: new ContractViolation(`event ${def.name}`, [{ path: 'subject', message: `does not match data.${def.subjectField}` }]) };
  }
  return { ok: true, name: def.name as EventName, event: { ...envelope.data, data: data.data } as CloudEvent };
}

/** Kafka routing of an event: its topic and the message key that keeps a subject's events in order. */
export function kafkaRouteOf(event: CloudEvent): { topic: string; key: string } {
  const def = findEventByCloudEventType(event.type);
  if (!def) throw new ContractViolation('unknown event type', [{ path: 'type', message: event.type }]);
  return { topic: def.topic.name, key: event.subject };
}
