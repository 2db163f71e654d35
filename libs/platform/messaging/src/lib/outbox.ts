import { createCloudEvent, kafkaRouteOf, type CloudEvent, type EventData, type EventName, type ServiceName } from '@bayu/contracts';
import { currentTraceCarrier } from '@bayu/platform/observability';
import { OUTBOX_CHANNEL, type RawSql } from './sql';

export interface OutboxEntry {
  readonly name: EventName;
  readonly data: EventData<EventName>;
  readonly id?: string;
  readonly time?: Date;
}

/**
 * The producing side of the transactional outbox: an event is a row written in the caller's transaction,
 * so it exists if and only if the state change it announces was committed.
 */
export class Outbox {
  constructor(private readonly source: ServiceName) {}

  async add<E extends EventName>(tx: RawSql, name: E, data: EventData<E>, options: { id?: string; time?: Date } = {}): Promise<CloudEvent<E>> {
    const [event] = await this.addMany(tx, [{ name, data, ...options }]);
    return event as CloudEvent<E>;
  }

  /**
   * Several events in one statement, in the given order (a bulk import writes thousands per transaction).
   * Each is validated against its contract first; one bad payload writes none of them.
   */
  async addMany(tx: RawSql, events: ReadonlyArray<OutboxEntry>): Promise<CloudEvent[]> {
    if (events.length === 0) return [];
    const trace = currentTraceCarrier();
    const built = events.map((e) => createCloudEvent(e.name, e.data as EventData<typeof e.name>, { source: this.source, ...trace, ...(e.id ? { id: e.id } : {}), ...(e.time ? { time: e.time } : {}) }));
    const rows = built.map((event) => {
      const { topic, key } = kafkaRouteOf(event);
      return { id: event.id, type: event.type, topic, key, envelope: event };
    });
    await tx.$executeRawUnsafe(
      `INSERT INTO outbox_event (event_id, event_type, topic, message_key, envelope, traceparent, tracestate)
       SELECT r.id, r.type, r.topic, r.key, r.envelope, $2, $3
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id uuid, type text, topic text, key text, envelope jsonb)) WITH ORDINALITY AS r(id, type, topic, key, envelope, n)
        ORDER BY r.n`,
      JSON.stringify(rows),
      trace.traceparent ?? null,
      trace.tracestate ?? null,
    );
    // Delivered at commit only, so the relay never wakes for a rolled-back event.
    await tx.$executeRawUnsafe(`NOTIFY ${OUTBOX_CHANNEL}`);
    return built;
  }
}
