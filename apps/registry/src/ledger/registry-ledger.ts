import { Injectable } from '@nestjs/common';
import type { EventData } from '@bayu/contracts';
import { NationalIdVault } from '@bayu/national-id';
import { recordAudit } from '@bayu/platform/audit';
import type { Principal } from '@bayu/platform/auth';
import { uuidv7 } from '@bayu/platform/db';
import { Outbox } from '@bayu/platform/messaging';
import type { HonourKind, HonourLevel, IndustryCode, SkillLevel } from '@bayu/reference';
import type { Prisma, RegistryTx } from '../database/registry-database';
import { TalentStatsDelta, type StatCell } from '../statistics/talent-stats.delta';
import { deriveLevel } from './derived-level';
import { insertSkillCertificates, insertWorkers } from './bulk-sql';
import { prepareRegistrations, type PreparedRegistration } from './registrations';
import { dateOf, isoDateOf } from './dates';

export type WorkerRow = Prisma.WorkerGetPayload<object>;
export type CertificateRow = Prisma.CertificateGetPayload<object>;
export type HonourRow = Prisma.HonourGetPayload<object>;

/** A person to register, validated and normalised by the caller. */
export interface NewWorker {
  readonly nationalId: string;
  readonly name: string;
  readonly gender: 'male' | 'female';
  readonly birthDate: string;
  readonly districtCode: string;
  readonly employerName: string;
  readonly employerId?: string | undefined;
  readonly industryCode: IndustryCode;
  readonly occupation: string;
}

export interface SkillCertificate {
  readonly skillLevel: SkillLevel;
  readonly occupation: string;
  readonly certificateNumber: string;
  readonly issuingBody: string;
  readonly issueDate: string;
}

export class CertificateNumberTakenError extends Error {
  constructor(readonly certificateNumbers: readonly string[]) {
    super(`certificate number already on record: ${certificateNumbers.join(', ')}`);
    this.name = 'CertificateNumberTakenError';
  }
}

export type NewCertificate =
  | ({ readonly kind: 'skill-level' } & SkillCertificate)
  | { readonly kind: 'professional-title'; readonly titleField: string; readonly titleGrade: string; readonly certificateNumber: string; readonly issuingBody: string; readonly issueDate: string }
  | { readonly kind: 'heritage-inheritor'; readonly heritageLevel: string; readonly heritageItem: string; readonly certificateNumber: string; readonly issuingBody: string; readonly issueDate: string };

export interface NewHonour {
  readonly kind: HonourKind;
  readonly level: HonourLevel;
  readonly year: number;
  readonly grantingBody: string;
  readonly citation?: string | undefined;
  readonly sourceRef?: string | undefined;
}

export type WorkerPatch = Partial<Pick<WorkerRow, 'name' | 'districtCode' | 'employerName' | 'employerId' | 'industryCode' | 'occupation'>>;

export function statCellOf(worker: Pick<WorkerRow, 'districtCode' | 'industryCode' | 'currentLevel' | 'registeredYear' | 'occupation'>): StatCell {
  return { districtCode: worker.districtCode, industryCode: worker.industryCode, level: worker.currentLevel, registeredYear: worker.registeredYear, occupation: worker.occupation };
}


function snapshotOf(worker: WorkerRow): EventData<'talent.updated'>['snapshot'] {
  return {
    name: worker.name,
    districtCode: worker.districtCode,
    employerName: worker.employerName,
    industryCode: worker.industryCode as IndustryCode,
    occupation: worker.occupation,
    currentLevel: worker.currentLevel as SkillLevel | null,
    highSkilled: worker.highSkilled,
  };
}

/**
 * Every change to the register goes through here, inside the caller's transaction: the row, its derived
 * level, the statistics, the event for integrators and the audit entry are written together or not at all.
 */
@Injectable()
export class RegistryLedger {
  constructor(
    private readonly outbox: Outbox,
    private readonly vault: NationalIdVault,
  ) {}

  hashOf(nationalId: string): string {
    return this.vault.hash(nationalId);
  }

  /** The database-free part of `registerMany`, for callers that prepare the next batch during this one. */
  prepareRegistrations(entries: ReadonlyArray<{ person: NewWorker; certificate?: SkillCertificate | undefined }>, at = new Date()): PreparedRegistration[] {
    return prepareRegistrations(entries, { vault: this.vault, outbox: this.outbox, at });
  }

  /**
   * Registers people not registered yet, each optionally with a skill-level certificate (a bulk import
   * row): the derived level is set at insert, so a new worker costs two events, not three. Returns the new
   * rows; people already registered are skipped. Throws CertificateNumberTakenError, writing nothing of the
   * batch, when a certificate number is already on record.
   */
  async registerMany(tx: RegistryTx, actor: Principal, entries: ReadonlyArray<{ person: NewWorker; certificate?: SkillCertificate | undefined }>, at = new Date()): Promise<WorkerRow[]> {
    return this.registerPrepared(tx, actor, this.prepareRegistrations(entries, at));
  }

  async registerPrepared(tx: RegistryTx, actor: Principal, prepared: readonly PreparedRegistration[]): Promise<WorkerRow[]> {
    if (prepared.length === 0) return [];
    const insertedIds = new Set(await insertWorkers(tx, prepared.map((p) => p.worker)));
    const created = prepared.filter((p) => insertedIds.has(p.worker.id));
    const certified = created.flatMap(({ worker, certificate }) => (certificate ? [{ id: certificate.id, workerId: worker.id, certificate: certificate.details }] : []));
    if (certified.length) {
      const inserted = new Set(await insertSkillCertificates(tx, certified));
      if (inserted.size !== certified.length) {
        throw new CertificateNumberTakenError(certified.filter((c) => !inserted.has(c.id)).map((c) => c.certificate.certificateNumber));
      }
    }
    await this.outbox.addPrepared(tx, created.flatMap((p) => p.events));
    const stats = new TalentStatsDelta();
    for (const { worker } of created) stats.move(null, statCellOf(worker));
    await stats.flush(tx);
    const [single] = created;
    if (created.length === 1 && single) {
      await recordAudit(tx, { actor, action: 'worker.registered', resourceType: 'worker', resourceId: single.worker.id, details: { districtCode: single.worker.districtCode } });
    } else if (created.length > 1) {
      await recordAudit(tx, { actor, action: 'worker.registered-in-bulk', resourceType: 'worker', details: { count: created.length, certificates: certified.length } });
    }
    return created.map((p) => p.worker);
  }

  async update(tx: RegistryTx, actor: Principal, before: WorkerRow, patch: WorkerPatch): Promise<WorkerRow> {
    const changed = (Object.keys(patch) as Array<keyof WorkerPatch>).filter((k) => patch[k] !== undefined && patch[k] !== before[k]);
    if (changed.length === 0) return before;
    const after = await tx.worker.update({ where: { id: before.id }, data: { ...patch, version: { increment: 1 } } });
    await new TalentStatsDelta().move(statCellOf(before), statCellOf(after)).flush(tx);
    await this.announceUpdate(tx, after, changed);
    await recordAudit(tx, { actor, action: 'worker.updated', resourceType: 'worker', resourceId: after.id, details: { changed } });
    return after;
  }

  async issueCertificate(tx: RegistryTx, actor: Principal, worker: WorkerRow, certificate: NewCertificate): Promise<{ certificate: CertificateRow; worker: WorkerRow }> {
    const row = await tx.certificate.create({
      data: {
        id: uuidv7(),
        workerId: worker.id,
        kind: certificate.kind,
        skillLevel: certificate.kind === 'skill-level' ? certificate.skillLevel : null,
        occupation: certificate.kind === 'skill-level' ? certificate.occupation : null,
        titleField: certificate.kind === 'professional-title' ? certificate.titleField : null,
        titleGrade: certificate.kind === 'professional-title' ? certificate.titleGrade : null,
        heritageLevel: certificate.kind === 'heritage-inheritor' ? certificate.heritageLevel : null,
        heritageItem: certificate.kind === 'heritage-inheritor' ? certificate.heritageItem : null,
        certificateNumber: certificate.certificateNumber,
        issuingBody: certificate.issuingBody,
        issueDate: dateOf(certificate.issueDate),
      },
    });
    const after = await this.rederiveLevel(tx, worker);
    await this.outbox.add(tx, 'certificate.issued', {
      certificateId: row.id,
      workerId: worker.id,
      kind: row.kind as NewCertificate['kind'],
      ...(row.skillLevel ? { skillLevel: row.skillLevel as SkillLevel } : {}),
      ...(row.occupation ? { occupation: row.occupation } : {}),
      ...(row.titleField ? { titleField: row.titleField as EventData<'certificate.issued'>['titleField'] } : {}),
      ...(row.titleGrade ? { titleGrade: row.titleGrade as EventData<'certificate.issued'>['titleGrade'] } : {}),
      ...(row.heritageLevel ? { heritageLevel: row.heritageLevel as EventData<'certificate.issued'>['heritageLevel'] } : {}),
      ...(row.heritageItem ? { heritageItem: row.heritageItem } : {}),
      certificateNumber: row.certificateNumber,
      issuingBody: row.issuingBody,
      issueDate: isoDateOf(row.issueDate),
      workerCurrentLevel: after.currentLevel as SkillLevel | null,
    });
    await recordAudit(tx, { actor, action: 'certificate.issued', resourceType: 'certificate', resourceId: row.id, details: { workerId: worker.id, kind: row.kind } });
    return { certificate: row, worker: after };
  }

  async revokeCertificate(tx: RegistryTx, actor: Principal, certificate: CertificateRow, reason: string): Promise<{ certificate: CertificateRow; worker: WorkerRow }> {
    const revokedAt = new Date();
    const row = await tx.certificate.update({ where: { id: certificate.id }, data: { status: 'revoked', revokedAt, revokeReason: reason } });
    const worker = await tx.worker.findUniqueOrThrow({ where: { id: certificate.workerId } });
    const after = await this.rederiveLevel(tx, worker);
    await this.outbox.add(tx, 'certificate.revoked', {
      certificateId: row.id,
      workerId: row.workerId,
      kind: row.kind as NewCertificate['kind'],
      certificateNumber: row.certificateNumber,
      reason,
      revokedAt: revokedAt.toISOString(),
      workerCurrentLevel: after.currentLevel as SkillLevel | null,
    });
    await recordAudit(tx, { actor, action: 'certificate.revoked', resourceType: 'certificate', resourceId: row.id, details: { workerId: row.workerId } });
    return { certificate: row, worker: after };
  }

  async grantHonour(tx: RegistryTx, actor: Principal, worker: Pick<WorkerRow, 'id'>, honour: NewHonour): Promise<HonourRow> {
    const row = await tx.honour.create({
      data: {
        id: uuidv7(),
        workerId: worker.id,
        kind: honour.kind,
        level: honour.level,
        year: honour.year,
        grantingBody: honour.grantingBody,
        citation: honour.citation ?? null,
        sourceRef: honour.sourceRef ?? null,
      },
    });
    await this.outbox.add(tx, 'honour.granted', {
      honourId: row.id,
      workerId: worker.id,
      kind: honour.kind,
      level: honour.level,
      year: honour.year,
      grantingBody: honour.grantingBody,
      ...(honour.citation ? { citation: honour.citation } : {}),
      ...(honour.sourceRef ? { sourceRef: honour.sourceRef } : {}),
    });
    await recordAudit(tx, { actor, action: 'honour.granted', resourceType: 'honour', resourceId: row.id, details: { workerId: worker.id, kind: honour.kind, year: honour.year } });
    return row;
  }

  /** Recomputes the derived level after a certificate change; moves the worker in the statistics. */
  private async rederiveLevel(tx: RegistryTx, worker: WorkerRow): Promise<WorkerRow> {
    const certificates = await tx.certificate.findMany({ where: { workerId: worker.id, kind: 'skill-level', status: 'valid' }, select: { kind: true, skillLevel: true, status: true } });
    const { currentLevel, highSkilled } = deriveLevel(certificates);
    if (currentLevel === worker.currentLevel) return worker;
    const after = await tx.worker.update({ where: { id: worker.id }, data: { currentLevel, highSkilled, version: { increment: 1 } } });
    await new TalentStatsDelta().move(statCellOf(worker), statCellOf(after)).flush(tx);
    await this.announceUpdate(tx, after, worker.highSkilled === highSkilled ? ['currentLevel'] : ['currentLevel', 'highSkilled']);
    return after;
  }

  private async announceUpdate(tx: RegistryTx, worker: WorkerRow, changed: string[]): Promise<void> {
    await this.outbox.add(tx, 'talent.updated', { workerId: worker.id, version: worker.version, changed, snapshot: snapshotOf(worker), updatedAt: worker.updatedAt.toISOString() });
  }
}
