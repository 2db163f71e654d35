import { createCloudEvent, kafkaRouteOf, type CloudEvent, type EventData, type EventName, type ServiceName } from '@bayu/contracts';
import { currentTraceCarrier } from '@bayu/platform/observability';
import { OUTBOX_CHANNEL, type RawSql } from './sql';

/**
 * The producing side of the transactional outbox: an event is a row written in the caller's transaction,
 * so it exists if and only if the state change it announces was committed.
 */
export class Outbox {
  constructor(private readonly source: ServiceName) {}

  async add<E extends EventName>(tx: RawSql, name: E, data: EventData<E>, options: { id?: string; time?: Date } = {}): Promise<CloudEvent<E>> {
    const trace = currentTraceCarrier();
    const event = createCloudEvent(name, data, { source: this.source, ...trace, ...options });
    const { topic, key } = kafkaRouteOf(event);
    await tx.$executeRawUnsafe(
      `INSERT INTO outbox_event (event_id, event_type, topic, message_key, envelope, traceparent, tracestate)
       VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6, $7)`,
      event.id,
      event.type,
      topic,
      key,
      JSON.stringify(event),
      trace.traceparent ?? null,
      trace.tracestate ?? null,
    );
    // Delivered at commit only, so the relay never wakes for a rolled-back event.
    await tx.$executeRawUnsafe(`NOTIFY ${OUTBOX_CHANNEL}`);
    return event;
  }
}
