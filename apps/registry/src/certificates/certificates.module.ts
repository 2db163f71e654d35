import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { WorkersModule } from '../workers/workers.module';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';

@Module({ imports: [LedgerModule, WorkersModule], controllers: [CertificatesController], providers: [CertificatesService] })
export class CertificatesModule {}
