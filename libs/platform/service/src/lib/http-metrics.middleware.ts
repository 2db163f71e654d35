import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { Counter, Histogram } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { telemetry } from '@bayu/platform/observability';

const QUIET = ['/health/', '/metrics'];

/**
 * Requests by route template (`/api/v1/workers/:id`, never the concrete id) and status class, with
 * durations, for dashboards and alerts. Instruments are created on first use, after telemetry started.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private instruments?: { requests: Counter; duration: Histogram };

  use(request: Request, response: Response, next: NextFunction): void {
    if (QUIET.some((p) => request.originalUrl.startsWith(p))) return next();
    const started = performance.now();
    response.once('finish', () => {
      this.instruments ??= {
        requests: telemetry().meter.createCounter('bayu_http_server_requests_total', { description: 'HTTP requests by route and status' }),
        duration: telemetry().meter.createHistogram('bayu_http_server_duration_seconds', { description: 'HTTP request duration by route', unit: 's' }),
      };
      const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
      const labels = { method: request.method, route: `${request.baseUrl}${route}`, status: String(response.statusCode) };
      this.instruments.requests.add(1, labels);
      this.instruments.duration.record((performance.now() - started) / 1000, labels);
    });
    next();
  }
}
