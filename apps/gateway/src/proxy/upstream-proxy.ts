import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Pool } from 'undici';
import { commonProblems } from '@bayu/platform/http';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import type { UpstreamName } from './routes';

const TIMEOUT_ERRORS = new Set(['TimeoutError', 'HeadersTimeoutError', 'BodyTimeoutError', 'ConnectTimeoutError']);

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'traceparent', 'tracestate']);

function forwardableHeaders(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Streams a request to a service and its answer back, over a keep-alive pool per service. */
@Injectable()
export class UpstreamProxy implements OnApplicationShutdown {
  private readonly logger = new Logger(UpstreamProxy.name);
  private readonly pools: Record<UpstreamName, Pool>;
  private readonly tracer = trace.getTracer('bayu.gateway');

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    const pool = (url: string) => new Pool(url, { connections: 64, keepAliveTimeout: 30_000, headersTimeout: config.UPSTREAM_TIMEOUT_MS, bodyTimeout: config.UPSTREAM_TIMEOUT_MS });
    this.pools = { registry: pool(config.UPSTREAM_REGISTRY_URL), campaign: pool(config.UPSTREAM_CAMPAIGN_URL) };
  }

  async forward(upstream: UpstreamName, request: Request & { id?: unknown }, response: Response): Promise<void> {
    // Continue the caller's trace even where no server span was started for this request.
    const parent = trace.getActiveSpan() ? context.active() : propagation.extract(context.active(), request.headers);
    const span = this.tracer.startSpan(`proxy ${upstream}`, { kind: SpanKind.CLIENT, attributes: { 'http.request.method': request.method, 'url.path': request.path, 'bayu.upstream': upstream } }, parent);
    const headers = forwardableHeaders(request);
    propagation.inject(trace.setSpan(parent, span), headers);
    headers['x-request-id'] = String(request.id ?? response.getHeader('x-request-id') ?? '');
    headers['x-forwarded-for'] = [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean).join(', ');
    headers['x-forwarded-proto'] = request.protocol;
    if (request.headers.host) headers['x-forwarded-host'] = request.headers.host;
    const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    try {
      const upstreamResponse = await this.pools[upstream].request({
        method: request.method as 'GET',
        path: request.originalUrl,
        headers,
        body: hasBody ? request : null,
        signal: AbortSignal.timeout(this.config.UPSTREAM_TIMEOUT_MS),
      });
      span.setAttribute('http.response.status_code', upstreamResponse.statusCode);
      response.status(upstreamResponse.statusCode);
      for (const [name, value] of Object.entries(upstreamResponse.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'x-request-id') response.setHeader(name, value);
      }
      await pipeline(upstreamResponse.body, response);
    } catch (error) {
      span.recordException(error instanceof Error ? error : new Error(String(error)));
      span.setStatus({ code: SpanStatusCode.ERROR });
      if (response.headersSent) {
        this.logger.warn({ err: error, upstream }, 'upstream response interrupted');
        response.destroy();
        return;
      }
      // By name: an AbortSignal timeout is a DOMException, which need not share this realm's Error.
      const timedOut = TIMEOUT_ERRORS.has(String((error as { name?: unknown } | null)?.name));
      this.logger.warn({ err: error, upstream }, timedOut ? 'upstream timed out' : 'upstream unreachable');
      throw timedOut
        ? commonProblems.raise('gateway-timeout', { detail: `${upstream} did not answer in time` })
        : commonProblems.raise('bad-gateway', { detail: `${upstream} is not reachable` });
    } finally {
      span.end();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(Object.values(this.pools).map((pool) => pool.close()));
  }
}
