import { Module } from '@nestjs/common';
import { NationalIdVault } from '@bayu/national-id';
import { REGISTRY_CONFIG, type RegistryConfig } from '../config';
import { RegistryLedger } from './registry-ledger';

@Module({
  providers: [
    RegistryLedger,
    {
      provide: NationalIdVault,
      inject: [REGISTRY_CONFIG],
      useFactory: (config: RegistryConfig) => new NationalIdVault({ encryptionKeys: config.NATIONAL_ID_ENCRYPTION_KEYS, hashKey: config.NATIONAL_ID_HASH_KEY }),
    },
  ],
  exports: [RegistryLedger, NationalIdVault],
})
export class LedgerModule {}
