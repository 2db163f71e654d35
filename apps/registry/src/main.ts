import './instrumentation';
import { bootstrapService, exitOnSignals, kafkaConsumersOf } from '@bayu/platform/service';
import { AppModule } from './app.module';
import { loadRegistryConfig } from './config';

async function main(): Promise<void> {
  const config = loadRegistryConfig();
  const service = await bootstrapService(AppModule.forRoot(config), {
    service: 'registry',
    title: '人才库服务 Talent registry',
    description: 'The register of skilled workers, their certificates and honours (owner: hrss).',
    port: config.PORT,
    host: config.HOST,
    drainMs: config.NODE_ENV === 'production' ? 5_000 : 0,
    consumers: kafkaConsumersOf('registry', config.KAFKA_BROKERS),
  });
  exitOnSignals(service);
}

main().catch((error: unknown) => {
  // Logged plainly: the structured logger may not exist yet when config validation fails.
  process.stderr.write(`registry failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
