import { Injectable } from '@nestjs/common';
import { NationalIdVault, parseNationalId } from '@bayu/national-id';
import { recordAudit } from '@bayu/platform/audit';
import { describeScope, type DataScope, type Principal } from '@bayu/platform/auth';
import { isUniqueViolation } from '@bayu/platform/db';
import { fieldError } from '@bayu/platform/http';
import { RegistryLedger, type WorkerRow } from '../ledger/registry-ledger';
import type { NationalIdView, RegisterWorkerInput, SearchWorkersInput, UpdateWorkerInput, WorkerPage, WorkerView } from './workers.dto';
import { workerProblems } from './workers.problems';
import { WorkersRepository } from './workers.repository';

export function workerView(row: WorkerRow): WorkerView {
  return {
    id: row.id,
    nationalIdMasked: row.nationalIdMasked,
    name: row.name,
    gender: row.gender,
    birthDate: row.birthDate.toISOString().slice(0, 10),
    districtCode: row.districtCode,
    employerName: row.employerName,
    employerId: row.employerId,
    industryCode: row.industryCode,
    occupation: row.occupation,
    currentLevel: row.currentLevel as WorkerView['currentLevel'],
    highSkilled: row.highSkilled,
    registeredYear: row.registeredYear,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const duplicate = () => workerProblems.raise('duplicate', { errors: [fieldError('nationalId', { zh: '该身份证号已在人才库中登记', en: 'a worker with this ID number is already registered' }, 'duplicate')] });

@Injectable()
export class WorkersService {
  constructor(
    private readonly workers: WorkersRepository,
    private readonly ledger: RegistryLedger,
    private readonly vault: NationalIdVault,
  ) {}

  async register(actor: Principal, input: RegisterWorkerInput): Promise<WorkerView> {
    const parsed = parseNationalId(input.nationalId);
    if (!parsed.ok) throw new Error('register() called with an unvalidated ID number');
    const { normalised, birthDate, gender } = parsed.facts;
    try {
      return await this.workers.transaction(async (tx) => {
        if (await this.workers.findByHash(tx, this.ledger.hashOf(normalised))) throw duplicate();
        const [row] = await this.ledger.registerMany(tx, actor, [
          {
            person: {
              nationalId: normalised,
              name: input.name,
              gender,
              birthDate,
              districtCode: input.districtCode,
              employerName: input.employerName,
              employerId: input.employerId,
              industryCode: input.industryCode,
              occupation: input.occupation,
            },
          },
        ]);
        if (!row) throw duplicate();
        return workerView(row);
      });
    } catch (error) {
      // Two clerks registering the same person at the same moment: the unique index decides.
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  /**
   * Exact lookup through the keyed hash: the number is never decrypted or compared in clear. Finding a person
   * by ID number is audited, misses as well as hits, so someone probing numbers leaves a trace; the answer
   * goes out only after its audit entry is written.
   */
  async lookup(actor: Principal, scope: DataScope, nationalId: string): Promise<WorkerView> {
    const row = await this.workers.findByHashInScope(scope, this.ledger.hashOf(nationalId));
    await this.workers.audit({ actor, action: 'worker.looked-up-by-national-id', resourceType: 'worker', resourceId: row?.id, scope: describeScope(scope), details: { found: row !== null } });
    if (!row) throw workerProblems.raise('not-found');
    return workerView(row);
  }

  async get(scope: DataScope, id: string): Promise<WorkerView> {
    const row = await this.workers.findInScope(scope, id);
    if (!row) throw workerProblems.raise('not-found');
    return workerView(row);
  }

  /** Optimistic concurrency: the caller names the version it read; a stale edit gets 412, not a silent overwrite. */
  async update(actor: Principal, scope: DataScope, id: string, expectedVersion: number | undefined, patch: UpdateWorkerInput): Promise<WorkerView> {
    if (expectedVersion === undefined) throw workerProblems.raise('version-required');
    return this.workers.transaction(async (tx) => {
      const before = await this.workers.lockInScope(tx, scope, id);
      if (!before) throw workerProblems.raise('not-found');
      if (before.version !== expectedVersion) throw workerProblems.raise('version-conflict', { extensions: { currentVersion: before.version } });
      return workerView(await this.ledger.update(tx, actor, before, patch));
    });
  }

  async search(scope: DataScope, input: SearchWorkersInput): Promise<WorkerPage> {
    const { rows, total, totalIsLowerBound } = await this.workers.search(scope, input);
    const page = rows.slice(0, input.limit);
    return { items: page.map(workerView), nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null, total, totalIsLowerBound };
  }

  /** The number in clear, for national-id-reader only; every read is audited. */
  async revealNationalId(actor: Principal, scope: DataScope, id: string): Promise<NationalIdView> {
    return this.workers.transaction(async (tx) => {
      const row = await this.workers.findInScope(scope, id, tx);
      if (!row) throw workerProblems.raise('not-found');
      await recordAudit(tx, { actor, action: 'worker.national-id-read', resourceType: 'worker', resourceId: id, scope: describeScope(scope) });
      return { nationalId: this.vault.decrypt(row.nationalIdSealed) };
    });
  }
}
