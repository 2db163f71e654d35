import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NationalIdVault, maskNationalId, parseNationalId } from '@bayu/national-id';
import { recordAudit } from '@bayu/platform/audit';
import { describeScope, type DataScope, type Principal } from '@bayu/platform/auth';
import { isUniqueViolation } from '@bayu/platform/db';
import { fieldError } from '@bayu/platform/http';
import { Outbox } from '@bayu/platform/messaging';
import type { RegisterWorkerInput, WorkerView } from './workers.dto';
import { workerProblems } from './workers.problems';
import { WorkersRepository, type WorkerRow } from './workers.repository';

function toView(row: WorkerRow): WorkerView {
  return {
    id: row.id,
    nationalIdMasked: row.nationalIdMasked,
    name: row.name,
    gender: row.gender,
    birthDate: row.birthDate.toISOString().slice(0, 10),
    districtCode: row.districtCode,
    employerName: row.employerName,
    occupation: row.occupation,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const duplicate = () => workerProblems.raise('duplicate', { errors: [fieldError('nationalId', 'a worker with this ID number is already registered', 'duplicate')] });

@Injectable()
export class WorkersService {
  constructor(
    private readonly workers: WorkersRepository,
    private readonly outbox: Outbox,
    private readonly vault: NationalIdVault,
  ) {}

  /** Registers a worker and announces it, in one transaction with its audit entry. */
  async register(actor: Principal, input: RegisterWorkerInput): Promise<WorkerView> {
    const parsed = parseNationalId(input.nationalId);
    if (!parsed.ok) throw new Error('register() called with an unvalidated ID number');
    const { normalised, birthDate, gender } = parsed.facts;
    const nationalIdHash = this.vault.hash(normalised);
    try {
      return await this.workers.transaction(async (tx) => {
        if (await this.workers.findByHash(tx, nationalIdHash)) throw duplicate();
        const row = await this.workers.create(tx, {
          id: randomUUID(),
          nationalIdHash,
          nationalIdSealed: this.vault.encrypt(normalised),
          nationalIdMasked: maskNationalId(normalised),
          name: input.name,
          gender,
          birthDate: new Date(`${birthDate}T00:00:00Z`),
          districtCode: input.districtCode,
          employerName: input.employerName,
          occupation: input.occupation,
        });
        await this.outbox.add(tx, 'talent.registered', {
          workerId: row.id,
          nationalIdHash,
          nationalIdMasked: row.nationalIdMasked,
          name: row.name,
          gender: row.gender,
          birthYearMonth: birthDate.slice(0, 7),
          districtCode: row.districtCode,
          employerName: row.employerName,
          occupation: row.occupation,
          registeredAt: row.createdAt.toISOString(),
        });
        await recordAudit(tx, { actor, action: 'worker.registered', resourceType: 'worker', resourceId: row.id, details: { districtCode: row.districtCode } });
        return toView(row);
      });
    } catch (error) {
      // Two clerks registering the same person at the same moment: the unique index decides.
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  async get(scope: DataScope, id: string): Promise<WorkerView> {
    const row = await this.workers.findInScope(scope, id);
    if (!row) throw workerProblems.raise('not-found');
    return toView(row);
  }

  /** The number in clear, for national-id-reader only; every read is audited. */
  async revealNationalId(actor: Principal, scope: DataScope, id: string): Promise<{ nationalId: string }> {
    return this.workers.transaction(async (tx) => {
      const row = await this.workers.findInScope(scope, id, tx);
      if (!row) throw workerProblems.raise('not-found');
      await recordAudit(tx, { actor, action: 'worker.national-id-read', resourceType: 'worker', resourceId: id, scope: describeScope(scope) });
      return { nationalId: this.vault.decrypt(row.nationalIdSealed) };
    });
  }
}
