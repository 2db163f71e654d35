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
 * An event validated, enveloped and serialised ahead of its transaction (see `Outbox.prepare`); only the
 * INSERT is left for the transaction.
 */
export interface PreparedEvent {
  readonly event: CloudEvent;
  /** The outbox row as JSON, ready to be joined into the INSERT's recordset. */
  readonly row: string;
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
    return this.addPrepared(tx, this.prepare(events));
  }

  /**
   * Validates and serialises events outside any transaction, so a bulk writer can do this CPU work while
   * its previous transaction is still in the database. Throws on a payload that breaks its contract.
   */
  prepare(events: ReadonlyArray<OutboxEntry>): PreparedEvent[] {
    const trace = currentTraceCarrier();
    return events.map((e) => {
      const event = createCloudEvent(e.name, e.data as EventData<typeof e.name>, { source: this.source, ...trace, ...(e.id ? { id: e.id } : {}), ...(e.time ? { time: e.time } : {}) });
      const { topic, key } = kafkaRouteOf(event);
      const row = JSON.stringify({ id: event.id, type: event.type, topic, key, envelope: event, traceparent: trace.traceparent ?? null, tracestate: trace.tracestate ?? null });
      return { event, row };
    });
  }

  /** Writes prepared events in one statement, in the given order. */
  async addPrepared(tx: RawSql, events: ReadonlyArray<PreparedEvent>): Promise<CloudEvent[]> {
    if (events.length === 0) return [];
    await tx.$executeRawUnsafe(
      `INSERT INTO outbox_event (event_id, event_type, topic, message_key, envelope, traceparent, tracestate)
       SELECT r.id, r.type, r.topic, r.key, r.envelope, r.traceparent, r.tracestate
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id uuid, type text, topic text, key text, envelope jsonb, traceparent text, tracestate text))
              WITH ORDINALITY AS r(id, type, topic, key, envelope, traceparent, tracestate, n)
        ORDER BY r.n`,
      `[${events.map((e) => e.row).join(',')}]`,
    );
    // Delivered at commit only, so the relay never wakes for a rolled-back event.
    await tx.$executeRawUnsafe(`NOTIFY ${OUTBOX_CHANNEL}`);
    return events.map((e) => e.event);
  }
}
