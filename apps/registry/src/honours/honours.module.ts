import { Module } from '@nestjs/common';
import { provideIdempotentConsumer } from '@bayu/platform/messaging';
import { REGISTRY_CONFIG } from '../config';
import { RegistryDatabase } from '../database/registry-database';
import { LedgerModule } from '../ledger/ledger.module';
import { WorkersModule } from '../workers/workers.module';
import { AwardHonours, AwardsConsumer, AWARDS_GROUP } from './awards.consumer';
import { HonoursController } from './honours.controller';
import { HonoursService } from './honours.service';

@Module({
  imports: [LedgerModule, WorkersModule],
  controllers: [HonoursController, AwardsConsumer],
  providers: [HonoursService, AwardHonours, provideIdempotentConsumer({ service: 'registry', group: AWARDS_GROUP, database: RegistryDatabase, configToken: REGISTRY_CONFIG })],
})
export class HonoursModule {}
