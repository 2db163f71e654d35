import { Module } from '@nestjs/common';
import { subscriptionGroup } from '@bayu/contracts';
import { provideIdempotentConsumer } from '@bayu/platform/messaging';
import { CAMPAIGN_CONFIG } from '../config';
import { CampaignDatabase } from '../database/campaign-database';
import { TalentCredentialsProjection } from './talent-credentials.projection';
import { TalentEventsConsumer } from './talent-events.consumer';
import { TalentProfilesController } from './talent-profiles.controller';
import { TalentProfilesProjection } from './talent-profiles.projection';

@Module({
  controllers: [TalentProfilesController, TalentEventsConsumer],
  providers: [
    TalentProfilesProjection,
    TalentCredentialsProjection,
    provideIdempotentConsumer({ service: 'campaign', group: subscriptionGroup('campaign', 'talent.registered'), database: CampaignDatabase, configToken: CAMPAIGN_CONFIG }),
  ],
})
export class TalentProfilesModule {}
