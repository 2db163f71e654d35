import { Injectable } from '@nestjs/common';
import { recordAudit, type AuditRecord } from '@bayu/platform/audit';
import type { DataScope } from '@bayu/platform/auth';
import { RegistryDatabase, type Prisma, type RegistryTx } from '../database/registry-database';
import type { WorkerRow } from '../ledger/registry-ledger';
import type { SearchWorkersInput } from './workers.dto';
import { workerProblems } from './workers.problems';

const COUNT_CAP = 10_000;

/**
 * The only reads of the worker table. Every one takes the caller's DataScope, and the scope filter is an
 * exhaustive switch: a query that forgets the district or employer cannot be written.
 */
export function workerScopeFilter(scope: DataScope): Prisma.WorkerWhereInput {
  switch (scope.kind) {
    case 'city':
      return {};
    case 'district':
      return { districtCode: scope.districtCode };
    case 'employer':
      return { employerId: scope.employerId };
    case 'department':
      throw workerProblems.raise('no-registry-access');
  }
}

function searchFilter(input: SearchWorkersInput): Prisma.WorkerWhereInput {
  return {
    ...(input.name ? { name: { startsWith: input.name } } : {}),
    ...(input.employer ? { employerName: { startsWith: input.employer } } : {}),
    ...(input.district ? { districtCode: input.district } : {}),
    ...(input.industry ? { industryCode: input.industry } : {}),
    ...(input.occupation ? { occupation: input.occupation } : {}),
    ...(input.level ? { currentLevel: input.level === 'none' ? null : input.level } : {}),
    ...(input.honour ? { honours: { some: { kind: input.honour, withdrawnAt: null } } } : {}),
  };
}

@Injectable()
export class WorkersRepository {
  constructor(private readonly db: RegistryDatabase) {}

  transaction<T>(fn: (tx: RegistryTx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  findByHash(tx: RegistryTx, nationalIdHash: string): Promise<{ id: string } | null> {
    return tx.worker.findUnique({ where: { nationalIdHash }, select: { id: true } });
  }

  /** An audit entry on its own, for reads that change nothing. */
  audit(record: AuditRecord): Promise<void> {
    return recordAudit(this.db, record);
  }

  findByHashInScope(scope: DataScope, nationalIdHash: string): Promise<WorkerRow | null> {
    return this.db.worker.findFirst({ where: { AND: [{ nationalIdHash }, workerScopeFilter(scope)] } });
  }

  findInScope(scope: DataScope, id: string, tx: RegistryTx = this.db): Promise<WorkerRow | null> {
    return tx.worker.findFirst({ where: { AND: [{ id }, workerScopeFilter(scope)] } });
  }

  /** Locks the row for the rest of the transaction, so two edits cannot both pass the version check. */
  async lockInScope(tx: RegistryTx, scope: DataScope, id: string): Promise<WorkerRow | null> {
    const locked = await tx.$queryRawUnsafe<Array<{ id: string }>>('SELECT id FROM worker WHERE id = $1::uuid FOR UPDATE', id);
    return locked.length ? this.findInScope(scope, id, tx) : null;
  }

  /** Newest first, keyset-paged on the time-ordered id; the count stops at 10,000. */
  async search(scope: DataScope, input: SearchWorkersInput): Promise<{ rows: WorkerRow[]; total: number; totalIsLowerBound: boolean }> {
    const where: Prisma.WorkerWhereInput = { AND: [workerScopeFilter(scope), searchFilter(input)] };
    const [rows, counted] = await Promise.all([
      this.db.worker.findMany({ where: input.cursor ? { AND: [where, { id: { lt: input.cursor } }] } : where, orderBy: { id: 'desc' }, take: input.limit + 1 }),
      this.db.worker.count({ where, take: COUNT_CAP + 1 }),
    ]);
    return { rows, total: Math.min(counted, COUNT_CAP), totalIsLowerBound: counted > COUNT_CAP };
  }
}
