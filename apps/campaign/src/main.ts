import './instrumentation';
import { bootstrapService, exitOnSignals, kafkaConsumersOf } from '@bayu/platform/service';
import { AppModule } from './app.module';
import { loadCampaignConfig } from './config';

async function main(): Promise<void> {
  const config = loadCampaignConfig();
  const service = await bootstrapService(AppModule.forRoot(config), {
    service: 'campaign',
    title: '最美巴渝工匠评选服务 Selection campaign',
    description: 'The yearly 最美巴渝工匠 selection: campaigns, recommendations, endorsements, shortlist (owner: skills-office).',
    port: config.PORT,
    host: config.HOST,
    drainMs: config.NODE_ENV === 'production' ? 5_000 : 0,
    consumers: kafkaConsumersOf('campaign', config.KAFKA_BROKERS),
  });
  exitOnSignals(service);
}

main().catch((error: unknown) => {
  process.stderr.write(`campaign failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
