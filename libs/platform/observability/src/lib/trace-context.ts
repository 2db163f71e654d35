import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context } from '@opentelemetry/api';

export interface TraceCarrier {
  traceparent?: string;
  tracestate?: string;
}

const tracer = () => trace.getTracer('bayu.messaging');

/** The W3C trace context of the active span, e.g. to store with an outbox row. */
export function currentTraceCarrier(): TraceCarrier {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return { ...(carrier.traceparent ? { traceparent: carrier.traceparent } : {}), ...(carrier.tracestate ? { tracestate: carrier.tracestate } : {}) };
}

export function currentTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  const id = span?.spanContext().traceId;
  return id && id !== '00000000000000000000000000000000' ? id : undefined;
}

function contextFrom(carrier: TraceCarrier): Context {
  return propagation.extract(ROOT_CONTEXT, carrier);
}

async function inSpan<T>(name: string, kind: SpanKind, parent: Context, attributes: Attributes, fn: () => Promise<T>): Promise<T> {
  const span = tracer().startSpan(name, { kind, attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), fn);
  } catch (error) {
    span.recordException(error instanceof Error ? error : new Error(String(error)));
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    span.end();
  }
}

/**
 * Publishes inside a PRODUCER span that continues the trace of the request that wrote the event
 * (carried in the outbox row), and hands back the headers that carry this span to the consumer.
 */
export function withProducerSpan<T>(topic: string, stored: TraceCarrier, attributes: Attributes, fn: (headers: TraceCarrier) => Promise<T>): Promise<T> {
  return inSpan(`publish ${topic}`, SpanKind.PRODUCER, contextFrom(stored), { 'messaging.system': 'kafka', 'messaging.destination.name': topic, ...attributes }, () =>
    fn(currentTraceCarrier()),
  );
}

/** Runs a message handler inside a CONSUMER span whose parent is the producer's span from the headers. */
export function withConsumerSpan<T>(topic: string, headers: TraceCarrier, attributes: Attributes, fn: () => Promise<T>): Promise<T> {
  return inSpan(`process ${topic}`, SpanKind.CONSUMER, contextFrom(headers), { 'messaging.system': 'kafka', 'messaging.destination.name': topic, ...attributes }, fn);
}

export interface OpenProducerSpan {
  /** Headers carrying this span, for the Kafka message. */
  readonly headers: TraceCarrier;
  end(error?: unknown): void;
}

/**
 * A PRODUCER span for one message of a batch: child of the trace stored with the outbox row, ended by
 * the caller once the whole batch is acknowledged.
 */
export function startProducerSpan(topic: string, stored: TraceCarrier, attributes: Attributes): OpenProducerSpan {
  const parent = contextFrom(stored);
  const span = tracer().startSpan(`publish ${topic}`, { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topic, ...attributes } }, parent);
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(parent, span), carrier);
  return {
    headers: { ...(carrier.traceparent ? { traceparent: carrier.traceparent } : {}), ...(carrier.tracestate ? { tracestate: carrier.tracestate } : {}) },
    end: (error?: unknown) => {
      if (error) {
        span.recordException(error instanceof Error ? error : new Error(String(error)));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
    },
  };
}
