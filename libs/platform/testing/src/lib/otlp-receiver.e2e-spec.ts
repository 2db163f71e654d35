import { ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { eventually } from './eventually';
import { OtlpReceiver } from './otlp-receiver';

describe('OTLP receiver used by end-to-end tests', () => {
  const receiver = new OtlpReceiver();
  afterAll(() => receiver.stop());

  it('reads the spans the real OTLP/HTTP exporter sends, with service, ids, kind and attributes', async () => {
    const url = await receiver.start();
    const provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'probe' }),
      spanProcessors: [new SimpleSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${url}/v1/traces` }) })],
    });
    const tracer = provider.getTracer('t');
    const parent = tracer.startSpan('parent', { kind: SpanKind.SERVER });
    const child = tracer.startSpan('publish topic', { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'kafka' } }, trace.setSpan(ROOT_CONTEXT, parent));
    child.end();
    parent.end();
    await provider.forceFlush();
    const spans = await eventually(async () => (receiver.spansOfTrace(parent.spanContext().traceId).length === 2 ? receiver.spansOfTrace(parent.spanContext().traceId) : undefined));
    const published = spans.find((s) => s.name === 'publish topic');
    expect(published).toMatchObject({ service: 'probe', parentSpanId: parent.spanContext().spanId, kind: SpanKind.PRODUCER + 1, attributes: { 'messaging.system': 'kafka' } });
    await provider.shutdown();
  });
});

describe('eventually', () => {
  it('returns the first defined value and reports the last error when time runs out', async () => {
    let calls = 0;
    expect(await eventually(async () => (++calls === 3 ? 'done' : undefined), { intervalMs: 1 })).toBe('done');
    await expect(eventually(async () => Promise.reject(new Error('still broken')), { timeoutMs: 50, intervalMs: 5, what: 'repair' })).rejects.toThrow('timed out waiting for repair: still broken');
  });
});
