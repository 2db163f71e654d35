import { Module } from '@nestjs/common';
import { objectStoreFrom } from '@bayu/platform/storage';
import { CAMPAIGN_CONFIG, type CampaignConfig } from '../config';
import { NominationsModule } from '../nominations/nominations.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService, CAMPAIGN_FILES } from './attachments.service';

@Module({
  imports: [NominationsModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, { provide: CAMPAIGN_FILES, inject: [CAMPAIGN_CONFIG], useFactory: (config: CampaignConfig) => objectStoreFrom(config, config.FILE_STORAGE_DIR) }],
})
export class AttachmentsModule {}
