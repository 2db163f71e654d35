import { Module } from '@nestjs/common';
import { objectStoreFrom } from '@bayu/platform/storage';
import { REGISTRY_CONFIG, type RegistryConfig } from '../config';
import { LedgerModule } from '../ledger/ledger.module';
import { ImportJobsRepository } from './import-jobs.repository';
import { ImportProcessor, OBJECT_STORE } from './import-processor';
import { ImportUploadsService } from './import-uploads.service';
import { ImportWorker } from './import-worker';
import { ImportsController } from './imports.controller';

@Module({
  imports: [LedgerModule],
  controllers: [ImportsController],
  providers: [
    ImportJobsRepository,
    ImportProcessor,
    ImportUploadsService,
    ImportWorker,
    { provide: OBJECT_STORE, inject: [REGISTRY_CONFIG], useFactory: (config: RegistryConfig) => objectStoreFrom(config, config.FILE_STORAGE_DIR) },
  ],
})
export class ImportsModule {}
