import { metrics, type Meter } from '@opentelemetry/api';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface TelemetryOptions {
  readonly serviceName: string;
  readonly serviceVersion?: string;
  /** Extra processors, e.g. an in-memory exporter in tests. */
  readonly spanProcessors?: SpanProcessor[];
}

export interface Telemetry {
  readonly serviceName: string;
  readonly meter: Meter;
  /** Serves the Prometheus text format for `/metrics`. */
  handleMetricsRequest(request: IncomingMessage, response: ServerResponse): void;
  shutdown(): Promise<void>;
}

const UNINSTRUMENTED_PATHS = ['/health/live', '/health/ready', '/metrics'];

let current: Telemetry | undefined;

function otlpConfigured(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Starts OpenTelemetry for this process. Call it before anything else is required (each app's
 * `instrumentation.ts` is the first import of its `main.ts`), or http, express and pg go uninstrumented.
 * Traces go to the OTLP endpoint from the standard OTEL_* variables when one is set; metrics are served
 * by the app on `/metrics` for Prometheus to scrape.
 */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  if (current) return current;
  const prometheus = new PrometheusExporter({ preventServerStart: true, withoutScopeInfo: true });
  const spanProcessors = [...(options.spanProcessors ?? [])];
  if (otlpConfigured(process.env)) spanProcessors.push(new BatchSpanProcessor({ exporter: new OTLPTraceExporter() }));
  // Without any processor the SDK installs no tracer provider at all, and logs lose their trace ids.
  if (spanProcessors.length === 0) spanProcessors.push(new NoopSpanProcessor());
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: options.serviceName,
      [ATTR_SERVICE_VERSION]: options.serviceVersion ?? process.env.npm_package_version ?? '0.0.0',
    }),
    spanProcessors,
    metricReaders: [prometheus],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNINSTRUMENTED_PATHS.some((p) => request.url?.startsWith(p)),
      }),
      new ExpressInstrumentation(),
      new NestInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  current = {
    serviceName: options.serviceName,
    meter: metrics.getMeter('bayu', options.serviceVersion),
    handleMetricsRequest: (request, response) => prometheus.getMetricsRequestHandler(request, response),
    shutdown: async () => {
      current = undefined;
      await sdk.shutdown();
    },
  };
  return current;
}

/** The running telemetry, or a meter-only stand-in where telemetry was never started (unit tests). */
export function telemetry(): Telemetry {
  return (
    current ?? {
      serviceName: 'unstarted',
      meter: metrics.getMeter('bayu'),
      handleMetricsRequest: (_request, response) => {
        response.statusCode = 503;
        response.end('telemetry not started\n');
      },
      shutdown: async () => undefined,
    }
  );
}
