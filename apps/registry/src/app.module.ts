import { Module, type DynamicModule } from '@nestjs/common';
import { ServicePlatformModule } from '@bayu/platform/service';
import { REGISTRY_CONFIG, type RegistryConfig } from './config';
import { RegistryDatabase } from './database/registry-database';
import { CertificatesModule } from './certificates/certificates.module';
import { HonoursModule } from './honours/honours.module';
import { ImportsModule } from './imports/imports.module';
import { StatisticsModule } from './statistics/statistics.module';
import { VerificationModule } from './verification/verification.module';
import { WorkersModule } from './workers/workers.module';

@Module({})
export class AppModule {
  static forRoot(config: RegistryConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forRoot({ service: 'registry', config, configToken: REGISTRY_CONFIG, database: RegistryDatabase }),
        WorkersModule,
        CertificatesModule,
        HonoursModule,
        StatisticsModule,
        VerificationModule,
        ImportsModule,
      ],
    };
  }
}
