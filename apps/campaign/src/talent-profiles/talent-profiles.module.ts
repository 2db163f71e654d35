import { Module } from '@nestjs/common';
import { SUBSCRIPTIONS } from '@bayu/contracts';
import { IdempotentConsumer, KafkaConnection } from '@bayu/platform/messaging';
import { createLogger } from '@bayu/platform/observability';
import { CAMPAIGN_CONFIG, type CampaignConfig } from '../config';
import { CampaignDatabase } from '../database/campaign-database';
import { TalentEventsConsumer } from './talent-events.consumer';
import { TalentProfilesController } from './talent-profiles.controller';
import { TalentProfilesProjection } from './talent-profiles.projection';

const GROUP = SUBSCRIPTIONS.find((s) => s.service === 'campaign' && s.events.includes('talent.registered'))?.group ?? 'campaign.talent-projection';

@Module({
  controllers: [TalentProfilesController, TalentEventsConsumer],
  providers: [
    TalentProfilesProjection,
    {
      provide: IdempotentConsumer,
      inject: [CampaignDatabase, KafkaConnection, CAMPAIGN_CONFIG],
      useFactory: (db: CampaignDatabase, kafka: KafkaConnection, config: CampaignConfig) =>
        new IdempotentConsumer({
          group: GROUP,
          runInTransaction: (fn) => db.$transaction(fn),
          producer: () => kafka.producer(),
          logger: createLogger({ service: 'campaign', level: config.LOG_LEVEL }).child({ component: 'consumer', group: GROUP }),
        }),
    },
  ],
})
export class TalentProfilesModule {}
