import { Injectable } from '@nestjs/common';
import { WORKER_IMPORT_COLUMNS, type WorkerImportField } from '@bayu/contracts';
import type { RowError } from '@bayu/registry/import-parsing';
import { RegistryDatabase, type Prisma, type RegistryTx } from '../database/registry-database';
import type { ImportView } from './imports.dto';

export type ImportJobRow = Prisma.ImportJobGetPayload<object>;

export const IMPORT_CHANNEL = 'bayu_imports';

const COLUMN_ORDER: readonly WorkerImportField[] = WORKER_IMPORT_COLUMNS.map((c) => c.field);

/** A running job whose heartbeat is older than this is taken over: its service stopped or died. */
const STALE_AFTER_SECONDS = 120;

export function importView(job: ImportJobRow): ImportView {
  const finished = job.status === 'completed';
  return {
    id: job.id,
    fileName: job.fileName,
    fileBytes: Number(job.fileBytes),
    format: job.format as ImportView['format'],
    encoding: job.encoding,
    status: job.status as ImportView['status'],
    failure: job.failureCode ? { code: job.failureCode, detail: job.failureDetail ?? '' } : null,
    estimatedRows: job.estimatedRows,
    rowsRead: job.rowsRead,
    rowsRegistered: job.rowsRegistered,
    rowsAlreadyRegistered: job.rowsAlreadyRegistered,
    rowsRejected: job.rowsRejected,
    percent: finished ? 100 : job.estimatedRows ? Math.min(99, Math.floor((job.rowsRead / job.estimatedRows) * 100)) : null,
    createdBy: job.createdBy,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export interface ChunkOutcome {
  readonly lastRowNumber: number;
  readonly rowsRead: number;
  readonly registered: number;
  readonly alreadyRegistered: number;
  readonly errors: readonly RowError[];
}

@Injectable()
export class ImportJobsRepository {
  constructor(private readonly db: RegistryDatabase) {}

  async create(data: Prisma.ImportJobCreateInput): Promise<ImportJobRow> {
    return this.db.$transaction(async (tx) => {
      const job = await tx.importJob.create({ data });
      await tx.$executeRawUnsafe(`NOTIFY ${IMPORT_CHANNEL}`);
      return job;
    });
  }

  find(id: string): Promise<ImportJobRow | null> {
    return this.db.importJob.findUnique({ where: { id } });
  }

  list(limit: number): Promise<ImportJobRow[]> {
    return this.db.importJob.findMany({ orderBy: { createdAt: 'desc' }, take: limit });
  }

  /** The oldest waiting job, or one abandoned by a stopped service; claimed by exactly one worker. */
  async claimNext(): Promise<ImportJobRow | null> {
    const [claimed] = await this.db.$queryRawUnsafe<Array<{ id: string }>>(
      `UPDATE import_job SET status = 'running', started_at = COALESCE(started_at, now()), heartbeat_at = now()
        WHERE id = (SELECT id FROM import_job
                     WHERE status = 'queued' OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $1))
                     ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      STALE_AFTER_SECONDS,
    );
    return claimed ? this.find(claimed.id) : null;
  }

  /** A chunk's outcome, committed in the transaction that registered its rows. */
  async recordChunk(tx: RegistryTx, jobId: string, outcome: ChunkOutcome): Promise<void> {
    if (outcome.errors.length) {
      await tx.importRowError.createMany({
        data: outcome.errors.map((e) => ({ importId: jobId, rowNumber: e.rowNumber, field: e.field, header: e.header, reason: e.reason.slice(0, 500), value: e.value?.slice(0, 200) ?? null })),
        skipDuplicates: true,
      });
    }
    await tx.importJob.update({
      where: { id: jobId },
      data: {
        lastRowNumber: outcome.lastRowNumber,
        rowsRead: { increment: outcome.rowsRead },
        rowsRegistered: { increment: outcome.registered },
        rowsAlreadyRegistered: { increment: outcome.alreadyRegistered },
        rowsRejected: { increment: new Set(outcome.errors.map((e) => e.rowNumber)).size },
        heartbeatAt: new Date(),
      },
    });
  }

  async finish(jobId: string): Promise<void> {
    await this.db.importJob.update({ where: { id: jobId }, data: { status: 'completed', finishedAt: new Date(), heartbeatAt: new Date() } });
  }

  /** Back in the queue, e.g. when the service stops in the middle of it. */
  async requeue(jobId: string): Promise<void> {
    await this.db.importJob.update({ where: { id: jobId }, data: { status: 'queued' } });
  }

  async fail(jobId: string, code: string, detail: string): Promise<void> {
    await this.db.importJob.update({ where: { id: jobId }, data: { status: 'failed', failureCode: code.slice(0, 40), failureDetail: detail.slice(0, 1000), finishedAt: new Date() } });
  }

  /** Row errors in row order and, within a row, in the spreadsheet's column order, a page at a time. */
  async *errorsOf(jobId: string, pageSize = 5_000): AsyncGenerator<RowError> {
    let afterRow = 0;
    for (;;) {
      const page = await this.db.importRowError.findMany({ where: { importId: jobId, rowNumber: { gt: afterRow } }, orderBy: { rowNumber: 'asc' }, take: pageSize });
      const full = page.length === pageSize;
      const lastRow = page.at(-1)?.rowNumber ?? afterRow;
      // A full page may end inside a row: leave that row for the next page, unless it is the only one.
      const complete = full && page.some((e) => e.rowNumber !== lastRow) ? page.filter((e) => e.rowNumber !== lastRow) : page;
      complete.sort((a, b) => a.rowNumber - b.rowNumber || COLUMN_ORDER.indexOf(a.field as WorkerImportField) - COLUMN_ORDER.indexOf(b.field as WorkerImportField));
      for (const e of complete) yield { rowNumber: e.rowNumber, field: e.field as RowError['field'], header: e.header, reason: e.reason, ...(e.value ? { value: e.value } : {}) };
      if (!full) return;
      afterRow = complete.at(-1)?.rowNumber ?? lastRow;
    }
  }
}
