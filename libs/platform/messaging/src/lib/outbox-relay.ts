import type { Producer } from 'kafkajs';
import { Pool } from 'pg';
import { listenForNotifications } from '@bayu/platform/db';
import { CLOUDEVENTS_CONTENT_TYPE } from '@bayu/contracts';
import { startProducerSpan, telemetry, type Logger } from '@bayu/platform/observability';
import { backoffDelay, sleep, type BackoffPolicy } from './backoff';
import { stringHeaders } from './kafka-headers';
import { OUTBOX_CHANNEL } from './sql';

export interface OutboxRelayOptions {
  readonly databaseUrl: string;
  readonly producer: () => Promise<Producer>;
  readonly logger: Logger;
  readonly batchSize?: number;
  /** Poll even without NOTIFY, in case a notification was missed. */
  readonly pollIntervalMs?: number;
  readonly backoff?: BackoffPolicy;
  /** Published rows older than this are deleted; Kafka keeps the history. */
  readonly retainPublishedHours?: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  event_type: string;
  envelope: unknown;
  traceparent: string | null;
  tracestate: string | null;
  created_at: Date;
}

/**
 * The oldest unpublished rows. Ordered by the whole (published_at, id) index key, so PostgreSQL reads the
 * first rows of the index and stops: `ORDER BY id` alone does not match the index (IS NULL is not an
 * equality), and with a backlog of a million events and stale statistics the planner sorted all of them
 * for every batch of 500 — three seconds per batch, spilling to disk.
 */
export const NEXT_BATCH_SQL = `SELECT id, topic, message_key, event_type, envelope, traceparent, tracestate, created_at
  FROM outbox_event WHERE published_at IS NULL ORDER BY published_at, id LIMIT $1 FOR UPDATE`;

/** Only one relay per service database publishes at a time, which keeps each subject's events in order. */
const RELAY_LOCK = 0x62617975; // "bayu"

/**
 * Publishes committed outbox rows to Kafka in commit order, marking them published in the same
 * transaction that locked them. A crash between send and commit republishes; consumers de-duplicate on
 * the event id. A broker outage leaves rows waiting, with backoff, and loses nothing.
 */
export class OutboxRelay {
  private readonly pool: Pool;
  private listener?: { stop(): Promise<void> };
  private wake?: () => void;
  private stopping = new AbortController();
  private loop?: Promise<void>;
  private failures = 0;
  private readonly options: Required<Omit<OutboxRelayOptions, 'producer' | 'logger' | 'databaseUrl'>> & OutboxRelayOptions;
  private readonly published = telemetry().meter.createCounter('bayu_outbox_published_total', { description: 'Outbox events published to Kafka' });
  private readonly publishFailures = telemetry().meter.createCounter('bayu_outbox_publish_failures_total', { description: 'Failed outbox publish attempts' });
  private readonly lag = telemetry().meter.createHistogram('bayu_outbox_publish_lag_seconds', { description: 'Time from commit to Kafka acknowledgement', unit: 's' });

  constructor(options: OutboxRelayOptions) {
    this.options = {
      batchSize: 500,
      pollIntervalMs: 2_000,
      backoff: { initialMs: 200, maxMs: 30_000, factor: 2 },
      retainPublishedHours: 72,
      ...options,
    };
    this.pool = new Pool({ connectionString: options.databaseUrl, max: 2, application_name: 'outbox-relay' });
    this.pool.on('error', (error) => this.options.logger.warn({ err: error }, 'outbox relay pool error'));
    const pendingGauge = telemetry().meter.createObservableGauge('bayu_outbox_pending', { description: 'Outbox events not yet published' });
    pendingGauge.addCallback(async (result) => {
      if (this.stopping.signal.aborted) return;
      const { rows } = await this.pool.query<{ count: string }>('SELECT count(*) FROM outbox_event WHERE published_at IS NULL').catch(() => ({ rows: [] }));
      if (rows[0]) result.observe(Number(rows[0].count));
    });
  }

  start(): void {
    if (this.loop) return;
    this.stopping = new AbortController();
    this.listener = listenForNotifications({
      databaseUrl: this.options.databaseUrl,
      channel: OUTBOX_CHANNEL,
      applicationName: 'outbox-relay-listener',
      onNotify: () => this.wake?.(),
      onError: (error) => this.options.logger.warn({ err: error }, 'outbox listener lost its connection; polling until it is back'),
    });
    this.loop = this.run();
  }

  /** Finishes the batch in flight, then stops. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.wake?.();
    await this.loop;
    this.loop = undefined;
    await this.listener?.stop();
    await this.pool.end();
  }

  /** Publishes everything pending now; returns how many events went out. Used by tests and the loop. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.publishBatch();
      if (sent === null) return total;
      total += sent;
      if (sent < this.options.batchSize) return total;
    }
  }

  async pendingCount(): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>('SELECT count(*) FROM outbox_event WHERE published_at IS NULL');
    return Number(rows[0]?.count ?? 0);
  }

  private async run(): Promise<void> {
    let lastCleanup = 0;
    while (!this.stopping.signal.aborted) {
      try {
        await this.drain();
        this.failures = 0;
        if (Date.now() - lastCleanup > 3_600_000) {
          lastCleanup = Date.now();
          await this.deleteOldPublished();
        }
        await this.waitForWork(this.options.pollIntervalMs);
      } catch (error) {
        this.failures += 1;
        this.publishFailures.add(1);
        const delay = backoffDelay(this.failures, this.options.backoff);
        this.options.logger.warn({ err: error, attempt: this.failures, retryInMs: delay }, 'outbox publish failed; events stay in the outbox');
        await sleep(delay, this.stopping.signal);
      }
    }
  }

  /** null when another relay instance holds the lock. */
  private async publishBatch(): Promise<number | null> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows: lock } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK]);
      if (!lock[0]?.locked) {
        await client.query('COMMIT');
        return null;
      }
      const { rows } = await client.query<OutboxRow>(NEXT_BATCH_SQL, [this.options.batchSize]);
      if (rows.length === 0) {
        await client.query('COMMIT');
        return 0;
      }
      try {
        await this.send(rows);
      } catch (error) {
        await client.query('ROLLBACK');
        await this.recordFailure(rows, error);
        throw error;
      }
      await client.query('UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
      await client.query('COMMIT');
      const now = Date.now();
      for (const row of rows) {
        this.published.add(1, { topic: row.topic });
        this.lag.record((now - row.created_at.getTime()) / 1000, { topic: row.topic });
      }
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async send(rows: OutboxRow[]): Promise<void> {
    const producer = await this.options.producer();
    const spans = rows.map((row) =>
      startProducerSpan(row.topic, { ...(row.traceparent ? { traceparent: row.traceparent } : {}), ...(row.tracestate ? { tracestate: row.tracestate } : {}) }, {
        'messaging.message.id': (row.envelope as { id?: string }).id ?? '',
        'messaging.kafka.message.key': row.message_key,
        'cloudevents.event_type': row.event_type,
      }),
    );
    const byTopic = new Map<string, Array<{ key: string; value: string; headers: Record<string, string> }>>();
    rows.forEach((row, i) => {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push({
        key: row.message_key,
        value: JSON.stringify(row.envelope),
        headers: stringHeaders({ 'content-type': CLOUDEVENTS_CONTENT_TYPE, traceparent: spans[i]?.headers.traceparent, tracestate: spans[i]?.headers.tracestate }),
      });
      byTopic.set(row.topic, messages);
    });
    try {
      // One request per batch; within a partition Kafka keeps the order the rows were committed in.
      await producer.sendBatch({ topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })), acks: -1 });
      for (const span of spans) span.end();
    } catch (error) {
      for (const span of spans) span.end(error);
      throw error;
    }
  }

  private async recordFailure(rows: OutboxRow[], error: unknown): Promise<void> {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    await this.pool
      .query('UPDATE outbox_event SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id), message])
      .catch(() => undefined);
  }

  private async deleteOldPublished(): Promise<void> {
    await this.pool.query(`DELETE FROM outbox_event WHERE published_at < now() - make_interval(hours => $1)`, [this.options.retainPublishedHours]);
  }

  private waitForWork(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const signal = this.stopping.signal;
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      this.wake = done;
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
