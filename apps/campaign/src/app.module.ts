import { Module, type DynamicModule } from '@nestjs/common';
import { ServicePlatformModule } from '@bayu/platform/service';
import { CAMPAIGN_CONFIG, type CampaignConfig } from './config';
import { CampaignDatabase } from './database/campaign-database';
import { CampaignsModule } from './campaigns/campaigns.module';
import { NominationsModule } from './nominations/nominations.module';
import { ShortlistModule } from './shortlist/shortlist.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { TalentProfilesModule } from './talent-profiles/talent-profiles.module';

@Module({})
export class AppModule {
  static forRoot(config: CampaignConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ServicePlatformModule.forRoot({ service: 'campaign', config, configToken: CAMPAIGN_CONFIG, database: CampaignDatabase }), TalentProfilesModule, CampaignsModule, NominationsModule, ShortlistModule, AttachmentsModule],
    };
  }
}
