import { Injectable } from '@nestjs/common';
import type { DataScope } from '@bayu/platform/auth';
import { RegistryDatabase, type Prisma, type RegistryTx } from '../database/registry-database';
import { workerProblems } from './workers.problems';

/**
 * The only code that queries the worker table. Every read takes the caller's DataScope, so a query
 * that forgets the district filter cannot be written.
 */
export function workerScopeFilter(scope: DataScope): Prisma.WorkerWhereInput {
  switch (scope.kind) {
    case 'city':
      return {};
    case 'district':
      return { districtCode: scope.districtCode };
    case 'department':
    case 'employer':
      throw workerProblems.raise('no-registry-access');
  }
}

export type WorkerRow = Prisma.WorkerGetPayload<object>;

@Injectable()
export class WorkersRepository {
  constructor(private readonly db: RegistryDatabase) {}

  transaction<T>(fn: (tx: RegistryTx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  findByHash(tx: RegistryTx, nationalIdHash: string): Promise<{ id: string } | null> {
    return tx.worker.findUnique({ where: { nationalIdHash }, select: { id: true } });
  }

  create(tx: RegistryTx, data: Prisma.WorkerCreateInput): Promise<WorkerRow> {
    return tx.worker.create({ data });
  }

  findInScope(scope: DataScope, id: string, tx: RegistryTx = this.db): Promise<WorkerRow | null> {
    return tx.worker.findFirst({ where: { AND: [{ id }, workerScopeFilter(scope)] } });
  }
}
