import { Module } from '@nestjs/common';
import { NationalIdVault, nationalIdVaultFrom } from '@bayu/national-id';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CAMPAIGN_CONFIG, type CampaignConfig } from '../config';
import { NominationEligibility } from './nomination-eligibility';
import { NominationEvents } from './nomination-events';
import { NominationsController } from './nominations.controller';
import { NominationsRepository } from './nominations.repository';
import { NominationsService } from './nominations.service';

@Module({
  imports: [CampaignsModule],
  controllers: [NominationsController],
  providers: [
    NominationsService,
    NominationsRepository,
    NominationEvents,
    NominationEligibility,
    {
      provide: NationalIdVault,
      inject: [CAMPAIGN_CONFIG],
      useFactory: (config: CampaignConfig) => nationalIdVaultFrom(config),
    },
  ],
  exports: [NominationsRepository, NominationEvents, NominationsService],
})
export class NominationsModule {}
