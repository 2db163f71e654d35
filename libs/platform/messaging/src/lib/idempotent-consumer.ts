import type { Producer } from 'kafkajs';
import { deadLetterTopicName, parseCloudEvent, type CloudEvent, type EventName } from '@bayu/contracts';
import { maskResidentIds, telemetry, withConsumerSpan, type Logger } from '@bayu/platform/observability';
import { backoffDelay, sleep, type BackoffPolicy } from './backoff';
import { headerValue, stringHeaders } from './kafka-headers';
import type { RawSql, TransactionRunner } from './sql';

/** One Kafka message as the transport hands it over (Nest's KafkaContext or a raw kafkajs payload). */
export interface IncomingMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | Buffer | null;
  /** Raw bytes, a string, or the object Nest's parser already made of the JSON. */
  readonly value: unknown;
  readonly headers: Record<string, unknown>;
  /** Keeps the group membership alive during long retries. */
  readonly heartbeat?: () => Promise<void>;
}

export type EventHandler<Tx, E extends EventName> = (event: CloudEvent<E>, tx: Tx) => Promise<void>;
export type EventHandlers<Tx> = { readonly [E in EventName]?: EventHandler<Tx, E> };

export type ConsumeOutcome = 'processed' | 'duplicate' | 'ignored' | 'dead-lettered';

export interface IdempotentConsumerOptions<Tx extends RawSql> {
  readonly group: string;
  readonly runInTransaction: TransactionRunner<Tx>;
  /** Producer used to write to the dead-letter topic. */
  readonly producer: () => Promise<Producer>;
  readonly logger: Logger;
  readonly attempts?: number;
  readonly backoff?: BackoffPolicy;
}

export class ShuttingDownError extends Error {
  constructor() {
    super('consumer is shutting down; the message will be redelivered');
    this.name = 'ShuttingDownError';
  }
}

function decodeValue(value: unknown): unknown {
  if (Buffer.isBuffer(value)) value = value.toString('utf8');
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

function rawValue(value: unknown): string | Buffer | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value) || typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * The receiving side: validates each event against the catalogue, records its id in the inbox in the
 * same transaction as the handler's effect (a redelivered event changes nothing), retries failures with
 * backoff, and finally parks the message on the topic's dead-letter topic with the error.
 */
export class IdempotentConsumer<Tx extends RawSql> {
  private readonly attempts: number;
  private readonly backoff: BackoffPolicy;
  private readonly shutdown = new AbortController();
  private readonly outcomes = telemetry().meter.createCounter('bayu_events_consumed_total', { description: 'Events handled by consumers, by outcome' });

  constructor(private readonly options: IdempotentConsumerOptions<Tx>) {
    this.attempts = options.attempts ?? 5;
    this.backoff = options.backoff ?? { initialMs: 200, maxMs: 10_000, factor: 2 };
  }

  /** Stops retrying: a message in its retry loop is left uncommitted and redelivered after restart. */
  stop(): void {
    this.shutdown.abort();
  }

  async handle(message: IncomingMessage, handlers: EventHandlers<Tx>): Promise<ConsumeOutcome> {
    const traceparent = headerValue(message.headers, 'traceparent');
    const tracestate = headerValue(message.headers, 'tracestate');
    const carrier = { ...(traceparent ? { traceparent } : {}), ...(tracestate ? { tracestate } : {}) };
    return withConsumerSpan(message.topic, carrier, { 'messaging.consumer.group.name': this.options.group, 'messaging.kafka.offset': Number(message.offset) }, async () => {
      const outcome = await this.process(message, handlers);
      this.outcomes.add(1, { group: this.options.group, topic: message.topic, outcome });
      return outcome;
    });
  }

  private async process(message: IncomingMessage, handlers: EventHandlers<Tx>): Promise<ConsumeOutcome> {
    const log = this.options.logger.child({ topic: message.topic, partition: message.partition, offset: message.offset, group: this.options.group });
    const parsed = parseCloudEvent(decodeValue(message.value));
    if (!parsed.ok) {
      log.error({ reason: parsed.reason.message }, 'event breaks the contract; dead-lettered without retry');
      await this.deadLetter(message, parsed.reason.message, 0);
      return 'dead-lettered';
    }
    const handler = handlers[parsed.name] as EventHandler<Tx, EventName> | undefined;
    if (!handler) return 'ignored';
    const event = parsed.event;
    const eventLog = log.child({ eventId: event.id, eventType: event.type, subject: event.subject });

    for (let attempt = 1; ; attempt++) {
      try {
        const fresh = await this.options.runInTransaction(async (tx) => {
          const inserted = await tx.$executeRawUnsafe(
            `INSERT INTO inbox_event (consumer_group, event_id, event_type, topic, partition, "offset")
             VALUES ($1, $2::uuid, $3, $4, $5, $6::bigint) ON CONFLICT DO NOTHING`,
            this.options.group,
            event.id,
            event.type,
            message.topic,
            message.partition,
            message.offset,
          );
          if (inserted === 0) return false;
          await handler(event, tx);
          return true;
        });
        if (!fresh) eventLog.info('duplicate event ignored');
        else eventLog.debug('event processed');
        return fresh ? 'processed' : 'duplicate';
      } catch (error) {
        const reason = maskResidentIds(error instanceof Error ? error.message : String(error));
        if (this.shutdown.signal.aborted) throw new ShuttingDownError();
        if (attempt >= this.attempts) {
          eventLog.error({ err: error, attempts: attempt }, 'event failed after all retries; dead-lettered');
          await this.deadLetter(message, reason, attempt);
          return 'dead-lettered';
        }
        const delay = backoffDelay(attempt, this.backoff);
        eventLog.warn({ err: error, attempt, retryInMs: delay }, 'event handler failed; retrying');
        await message.heartbeat?.();
        await sleep(delay, this.shutdown.signal);
        await message.heartbeat?.();
      }
    }
  }

  /** If this throws (broker down), the offset is not committed and the message comes back later. */
  private async deadLetter(message: IncomingMessage, reason: string, attempts: number): Promise<void> {
    const producer = await this.options.producer();
    const original = Object.fromEntries(Object.keys(message.headers).map((name) => [name, headerValue(message.headers, name)]));
    await producer.send({
      topic: deadLetterTopicName(message.topic),
      acks: -1,
      messages: [
        {
          key: message.key,
          value: rawValue(message.value),
          headers: stringHeaders({
            ...original,
            'x-dlt-error': reason.slice(0, 1000),
            'x-dlt-consumer-group': this.options.group,
            'x-dlt-source-topic': message.topic,
            'x-dlt-source-partition': String(message.partition),
            'x-dlt-source-offset': message.offset,
            'x-dlt-attempts': String(attempts),
            'x-dlt-failed-at': new Date().toISOString(),
          }),
        },
      ],
    });
  }
}
