import { Injectable } from '@nestjs/common';
import type { DataScope, Principal } from '@bayu/platform/auth';
import { isUniqueViolation } from '@bayu/platform/db';
import { defineProblems, fieldError } from '@bayu/platform/http';
import { RegistryDatabase } from '../database/registry-database';
import { RegistryLedger, type HonourRow } from '../ledger/registry-ledger';
import { WorkersRepository } from '../workers/workers.repository';
import { workerProblems } from '../workers/workers.problems';
import type { GrantHonourInput, HonourView } from './honours.dto';

export const honourProblems = defineProblems('honour', {
  duplicate: { status: 409, zh: '该人员当年已登记此项荣誉', en: 'This worker already holds this honour for that year' },
});

const ALREADY_HELD = { zh: '该年度已登记此项荣誉', en: 'already held for this year' };

export function honourView(row: HonourRow): HonourView {
  return {
    id: row.id,
    workerId: row.workerId,
    kind: row.kind,
    level: row.level,
    year: row.year,
    grantingBody: row.grantingBody,
    citation: row.citation,
    sourceRef: row.sourceRef,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}

@Injectable()
export class HonoursService {
  constructor(
    private readonly workers: WorkersRepository,
    private readonly ledger: RegistryLedger,
    private readonly db: RegistryDatabase,
  ) {}

  async grant(actor: Principal, scope: DataScope, workerId: string, input: GrantHonourInput): Promise<HonourView> {
    try {
      return await this.workers.transaction(async (tx) => {
        const worker = await this.workers.findInScope(scope, workerId, tx);
        if (!worker) throw workerProblems.raise('not-found');
        return honourView(await this.ledger.grantHonour(tx, actor, worker, input));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw honourProblems.raise('duplicate', { errors: [fieldError('kind', ALREADY_HELD, 'duplicate'), fieldError('year', ALREADY_HELD, 'duplicate')] });
      throw error;
    }
  }

  async listForWorker(scope: DataScope, workerId: string): Promise<HonourView[]> {
    if (!(await this.workers.findInScope(scope, workerId))) throw workerProblems.raise('not-found');
    const rows = await this.db.honour.findMany({ where: { workerId }, orderBy: [{ year: 'desc' }, { kind: 'asc' }] });
    return rows.map(honourView);
  }
}
