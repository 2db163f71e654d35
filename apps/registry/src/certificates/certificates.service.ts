import { Injectable } from '@nestjs/common';
import type { DataScope, Principal } from '@bayu/platform/auth';
import { isUniqueViolation } from '@bayu/platform/db';
import { fieldError } from '@bayu/platform/http';
import { RegistryDatabase } from '../database/registry-database';
import type { CertificateRow, NewCertificate } from '../ledger/registry-ledger';
import { RegistryLedger } from '../ledger/registry-ledger';
import { workerScopeFilter, WorkersRepository } from '../workers/workers.repository';
import { workerProblems } from '../workers/workers.problems';
import type { CertificateIssuedView, CertificateView, IssueCertificateInput } from './certificates.dto';
import { certificateProblems } from './certificates.problems';

export function certificateView(row: CertificateRow): CertificateView {
  return {
    id: row.id,
    workerId: row.workerId,
    kind: row.kind as CertificateView['kind'],
    skillLevel: row.skillLevel,
    occupation: row.occupation,
    titleField: row.titleField,
    titleGrade: row.titleGrade,
    heritageLevel: row.heritageLevel,
    heritageItem: row.heritageItem,
    certificateNumber: row.certificateNumber,
    issuingBody: row.issuingBody,
    issueDate: row.issueDate.toISOString().slice(0, 10),
    status: row.status as CertificateView['status'],
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokeReason: row.revokeReason,
  };
}

const numberTaken = () => certificateProblems.raise('number-taken', { errors: [fieldError('certificateNumber', { zh: '该证书编号已登记', en: 'already on record' }, 'duplicate')] });

@Injectable()
export class CertificatesService {
  constructor(
    private readonly workers: WorkersRepository,
    private readonly ledger: RegistryLedger,
    private readonly db: RegistryDatabase,
  ) {}

  async issue(actor: Principal, scope: DataScope, workerId: string, input: IssueCertificateInput): Promise<CertificateIssuedView> {
    try {
      return await this.workers.transaction(async (tx) => {
        const worker = await this.workers.lockInScope(tx, scope, workerId);
        if (!worker) throw workerProblems.raise('not-found');
        const sixteenth = new Date(worker.birthDate);
        sixteenth.setUTCFullYear(sixteenth.getUTCFullYear() + 16);
        if (new Date(`${input.issueDate}T00:00:00Z`) < sixteenth) {
          throw certificateProblems.raise('before-birth', { errors: [fieldError('issueDate', { zh: '早于持证人年满16周岁', en: 'before the holder turned 16' }, 'too-early')] });
        }
        const { certificate, worker: after } = await this.ledger.issueCertificate(tx, actor, worker, input as NewCertificate);
        return { certificate: certificateView(certificate), workerCurrentLevel: after.currentLevel, workerVersion: after.version };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw numberTaken();
      throw error;
    }
  }

  async listForWorker(scope: DataScope, workerId: string): Promise<CertificateView[]> {
    const worker = await this.workers.findInScope(scope, workerId);
    if (!worker) throw workerProblems.raise('not-found');
    const rows = await this.db.certificate.findMany({ where: { workerId }, orderBy: { issueDate: 'desc' } });
    return rows.map(certificateView);
  }

  async revoke(actor: Principal, scope: DataScope, certificateId: string, reason: string): Promise<CertificateView> {
    return this.workers.transaction(async (tx) => {
      const certificate = await tx.certificate.findFirst({ where: { id: certificateId, worker: workerScopeFilter(scope) } });
      if (!certificate) throw certificateProblems.raise('not-found');
      await this.workers.lockInScope(tx, scope, certificate.workerId);
      if (certificate.status === 'revoked') throw certificateProblems.raise('already-revoked');
      const { certificate: revoked } = await this.ledger.revokeCertificate(tx, actor, certificate, reason);
      return certificateView(revoked);
    });
  }
}
