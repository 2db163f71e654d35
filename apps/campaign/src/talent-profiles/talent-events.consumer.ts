import { Controller, type OnModuleDestroy } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext } from '@nestjs/microservices';
import { TOPICS } from '@bayu/contracts';
import { IdempotentConsumer, incomingFromKafkaContext } from '@bayu/platform/messaging';
import type { CampaignTx } from '../database/campaign-database';
import { TalentCredentialsProjection } from './talent-credentials.projection';
import { TalentProfilesProjection } from './talent-profiles.projection';

/** Consumer group `campaign.talent-projection` on the registry's talent topic. */
@Controller()
export class TalentEventsConsumer implements OnModuleDestroy {
  constructor(
    private readonly consumer: IdempotentConsumer<CampaignTx>,
    private readonly projection: TalentProfilesProjection,
    private readonly credentials: TalentCredentialsProjection,
  ) {}

  @EventPattern(TOPICS.registryTalent.name)
  async onTalentEvent(@Ctx() context: KafkaContext): Promise<void> {
    await this.consumer.handle(incomingFromKafkaContext(context), {
      'talent.registered': (event, tx) => this.projection.applyRegistered(event, tx),
      'certificate.issued': (event, tx) => this.credentials.applyIssued(event, tx),
      'certificate.revoked': (event, tx) => this.credentials.applyRevoked(event, tx),
      'honour.granted': (event, tx) => this.credentials.applyHonour(event, tx),
    });
  }

  onModuleDestroy(): void {
    this.consumer.stop();
  }
}
