import './instrumentation';
import { bootstrapService, exitOnSignals } from '@bayu/platform/service';
import { AppModule } from './app.module';
import { loadGatewayConfig } from './config';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const service = await bootstrapService(AppModule.forRoot(config), {
    service: 'gateway',
    title: '巴渝技能人才平台网关 Bayu gateway',
    description: 'The single HTTP entry; see /api/docs for the merged API.',
    port: config.PORT,
    host: config.HOST,
    drainMs: config.NODE_ENV === 'production' ? 5_000 : 0,
    bodyParser: false,
    configure: (app) => {
      app.set('trust proxy', config.TRUST_PROXY_HOPS);
      app.enableCors({
        origin: config.CORS_ORIGINS,
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        allowedHeaders: ['authorization', 'content-type', 'accept-language', 'x-request-id', 'idempotency-key'],
        exposedHeaders: ['x-request-id', 'retry-after', 'content-disposition', 'location'],
        maxAge: 600,
      });
    },
  });
  exitOnSignals(service);
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
