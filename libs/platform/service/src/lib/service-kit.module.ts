import { randomUUID } from 'node:crypto';
import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProblemDetailsFilter } from '@bayu/platform/http';
import { createLogger, Readiness } from '@bayu/platform/observability';
import { HealthController } from './health.controller';
import { HttpMetricsMiddleware } from './http-metrics.middleware';

export interface ServiceKitOptions {
  readonly service: string;
  readonly logLevel?: string;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const QUIET_PATHS = ['/health/', '/metrics'];

export function requestIdOf(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}

/**
 * What every service process has: JSON request logs with request and trace ids, RFC 9457 errors,
 * /health/live, /health/ready and /metrics.
 */
@Module({})
export class ServiceKitModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }

  static forRoot(options: ServiceKitOptions): DynamicModule {
    const logger = createLogger({ service: options.service, ...(options.logLevel ? { level: options.logLevel } : {}) });
    return {
      module: ServiceKitModule,
      global: true,
      imports: [
        DiscoveryModule,
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            genReqId: requestIdOf,
            autoLogging: { ignore: (request) => QUIET_PATHS.some((p) => request.url?.startsWith(p)) },
            customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
            serializers: {
              req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
              // pino's wrapper reports statusCode null unless headersSent; the raw response always knows it.
              res: (response: { statusCode: number | null; raw?: { statusCode: number } }) => ({ statusCode: response.raw?.statusCode ?? response.statusCode }),
            },
          },
        }),
      ],
      controllers: [HealthController],
      providers: [Readiness, { provide: APP_FILTER, useClass: ProblemDetailsFilter }],
      exports: [Readiness],
    };
  }
}
