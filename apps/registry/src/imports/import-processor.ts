import { Inject, Injectable, Logger } from '@nestjs/common';
import { principalFromClaims } from '@bayu/platform/auth';
import type { ObjectStore } from '@bayu/platform/storage';
import { isImportFileProblem, readImportRows, sniffImportFile, validateImportRow, type RejectedRow, type RowError, type ValidatedRow } from '@bayu/registry/import-parsing';
import { importHeaderOf } from '@bayu/contracts';
import { REGISTRY_CONFIG, type RegistryConfig } from '../config';
import { RegistryDatabase, type RegistryTx } from '../database/registry-database';
import { registeredHashes, skillCertificateNumbersOnRecord } from '../ledger/bulk-sql';
import { CertificateNumberTakenError, RegistryLedger } from '../ledger/registry-ledger';
import { ImportJobsRepository, type ImportJobRow } from './import-jobs.repository';

export const OBJECT_STORE = Symbol('OBJECT_STORE');

type Row = ValidatedRow | RejectedRow;

const rowError = (rowNumber: number, field: 'nationalId' | 'certificateNumber', reason: string): RowError => ({ rowNumber, field, header: importHeaderOf(field), reason });

/**
 * Registers one uploaded spreadsheet in chunks. Each chunk is one transaction: its new workers, their
 * certificates, events, statistics, the chunk's row errors and the job's progress. A restarted job
 * continues after the last committed row; people already registered (or earlier in the file) are counted,
 * never added twice.
 */
@Injectable()
export class ImportProcessor {
  private readonly logger = new Logger(ImportProcessor.name);

  constructor(
    private readonly jobs: ImportJobsRepository,
    private readonly ledger: RegistryLedger,
    private readonly db: RegistryDatabase,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  /** Returns false when stopped by `signal` before the end (the job stays claimable). */
  async run(job: ImportJobRow, signal: AbortSignal): Promise<boolean> {
    const actor = principalFromClaims({ sub: job.createdBy, preferred_username: job.createdBy, azp: 'registry-import', realm_access: { roles: ['hrss'] } });
    const file = await this.store.localCopy(job.fileKey);
    try {
      const sniffed = await sniffImportFile(file.path);
      let chunk: Row[] = [];
      for await (const raw of readImportRows(file.path, sniffed)) {
        if (raw.rowNumber <= job.lastRowNumber) continue;
        chunk.push(validateImportRow(raw));
        if (chunk.length >= this.config.IMPORT_CHUNK_ROWS) {
          await this.commitChunk(job.id, actor, chunk);
          chunk = [];
          if (signal.aborted) return false;
        }
      }
      await this.commitChunk(job.id, actor, chunk);
      await this.jobs.finish(job.id);
      return true;
    } catch (error) {
      if (!isImportFileProblem(error)) throw error;
      this.logger.warn(`import ${job.id} stopped: ${error.message}`);
      await this.jobs.fail(job.id, error.code, error.message);
      return true;
    } finally {
      await file.release();
    }
  }

  private async commitChunk(jobId: string, actor: ReturnType<typeof principalFromClaims>, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    const errors: RowError[] = rows.flatMap((r) => (r.ok ? [] : r.errors));
    const valid = rows.filter((r): r is ValidatedRow => r.ok);
    const hashes = new Map(valid.map((r) => [r, this.ledger.hashOf(r.worker.nationalId)]));
    const lastRowNumber = rows.at(-1)?.rowNumber ?? 0;
    let rejectedNumbers = new Set<string>();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.db.$transaction(
          async (tx) => {
            const plan = await this.plan(tx, valid, hashes, rejectedNumbers);
            const created = await this.ledger.registerMany(
              tx,
              actor,
              plan.fresh.map((r) => ({ person: r.worker, certificate: r.certificate })),
            );
            await this.jobs.recordChunk(tx, jobId, {
              lastRowNumber,
              rowsRead: rows.length,
              registered: created.length,
              alreadyRegistered: plan.alreadyRegistered + (plan.fresh.length - created.length),
              errors: [...errors, ...plan.errors],
            });
          },
          { timeout: 120_000, maxWait: 10_000 },
        );
        return;
      } catch (error) {
        // Another import took a certificate number between our check and our insert: reject those rows, retry.
        if (!(error instanceof CertificateNumberTakenError) || attempt > 3) throw error;
        rejectedNumbers = new Set([...rejectedNumbers, ...error.certificateNumbers]);
      }
    }
  }

  /** Which rows to register: not in the registry, not earlier in the file, certificate number free. */
  private async plan(tx: RegistryTx, valid: ValidatedRow[], hashes: Map<ValidatedRow, string>, takenNumbers: ReadonlySet<string>) {
    const existing = await registeredHashes(tx, [...new Set(hashes.values())]);
    const onRecord = await skillCertificateNumbersOnRecord(tx, valid.flatMap((r) => (r.certificate ? [r.certificate.certificateNumber] : [])));
    const errors: RowError[] = [];
    const fresh: ValidatedRow[] = [];
    const seenPeople = new Set<string>();
    const seenNumbers = new Map<string, number>();
    let alreadyRegistered = 0;
    for (const row of valid) {
      const hash = hashes.get(row) ?? '';
      if (existing.has(hash) || seenPeople.has(hash)) {
        alreadyRegistered++;
        continue;
      }
      const number = row.certificate?.certificateNumber;
      if (number && (onRecord.has(number) || takenNumbers.has(number))) {
        errors.push(rowError(row.rowNumber, 'certificateNumber', '证书编号已被登记 certificate number already on record'));
        continue;
      }
      if (number && seenNumbers.has(number)) {
        errors.push(rowError(row.rowNumber, 'certificateNumber', `证书编号与第${seenNumbers.get(number)}行重复 same certificate number as row ${seenNumbers.get(number)}`));
        continue;
      }
      seenPeople.add(hash);
      if (number) seenNumbers.set(number, row.rowNumber);
      fresh.push(row);
    }
    return { fresh, alreadyRegistered, errors };
  }
}
