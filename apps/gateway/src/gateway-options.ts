import type { BootstrapOptions } from '@bayu/platform/service';
import type { GatewayConfig } from './config';

/** How the gateway process starts; shared by main.ts and the tests. */
export function gatewayBootstrapOptions(config: GatewayConfig): BootstrapOptions {
  return {
    service: 'gateway',
    title: '巴渝技能人才平台网关 Bayu gateway',
    description: 'The single HTTP entry; see /api/docs for the merged API.',
    port: config.PORT,
    host: config.HOST,
    drainMs: config.NODE_ENV === 'production' ? 5_000 : 0,
    // Bodies stream through to the services untouched, uploads included.
    bodyParser: false,
    configure: (app) => {
      app.set('trust proxy', config.TRUST_PROXY_HOPS);
      app.enableCors({
        origin: config.CORS_ORIGINS,
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        // The agency apps send If-Match on every change and read ETag back (optimistic concurrency).
        allowedHeaders: ['authorization', 'content-type', 'accept-language', 'x-request-id', 'idempotency-key', 'if-match', 'traceparent', 'tracestate'],
        exposedHeaders: ['x-request-id', 'retry-after', 'content-disposition', 'location', 'etag'],
        maxAge: 600,
      });
    },
  };
}
