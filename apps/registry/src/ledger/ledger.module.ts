import { Module } from '@nestjs/common';
import { NationalIdVault, nationalIdVaultFrom } from '@bayu/national-id';
import { REGISTRY_CONFIG, type RegistryConfig } from '../config';
import { RegistryLedger } from './registry-ledger';

@Module({
  providers: [
    RegistryLedger,
    {
      provide: NationalIdVault,
      inject: [REGISTRY_CONFIG],
      useFactory: (config: RegistryConfig) => nationalIdVaultFrom(config),
    },
  ],
  exports: [RegistryLedger, NationalIdVault],
})
export class LedgerModule {}
