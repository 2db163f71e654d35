import { Module } from '@nestjs/common';
import { NationalIdVault } from '@bayu/national-id';
import { REGISTRY_CONFIG, type RegistryConfig } from '../config';
import { WorkersController } from './workers.controller';
import { WorkersRepository } from './workers.repository';
import { WorkersService } from './workers.service';

@Module({
  controllers: [WorkersController],
  providers: [
    WorkersRepository,
    WorkersService,
    {
      provide: NationalIdVault,
      inject: [REGISTRY_CONFIG],
      useFactory: (config: RegistryConfig) => new NationalIdVault({ encryptionKeys: config.NATIONAL_ID_ENCRYPTION_KEYS, hashKey: config.NATIONAL_ID_HASH_KEY }),
    },
  ],
})
export class WorkersModule {}
