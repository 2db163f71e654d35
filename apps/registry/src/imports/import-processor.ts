import { Inject, Injectable, Logger } from '@nestjs/common';
import { principalFromClaims } from '@bayu/platform/auth';
import type { ObjectStore } from '@bayu/platform/storage';
import { isImportFileProblem, readImportRows, sniffImportFile, validateImportRow, type RejectedRow, type RowError, type ValidatedRow } from '@bayu/registry/import-parsing';
import { importHeaderOf } from '@bayu/contracts';
import { REGISTRY_CONFIG, type RegistryConfig } from '../config';
import { RegistryDatabase, type RegistryTx } from '../database/registry-database';
import { registeredHashes, skillCertificateNumbersOnRecord } from '../ledger/bulk-sql';
import { CertificateNumberTakenError, RegistryLedger } from '../ledger/registry-ledger';
import type { PreparedRegistration } from '../ledger/registrations';
import { ImportJobsRepository, type ImportJobRow } from './import-jobs.repository';
import { importLimitsOf } from './import-limits';

export const OBJECT_STORE = Symbol('OBJECT_STORE');

type Row = ValidatedRow | RejectedRow;
type RawImportRow = Parameters<typeof validateImportRow>[0];

/** A chunk of the file, ready for its transaction. */
interface Chunk {
  readonly rows: number;
  readonly lastRowNumber: number;
  readonly errors: RowError[];
  /** Each valid row with its registration, prepared before the transaction. */
  readonly valid: ReadonlyArray<{ readonly row: ValidatedRow; readonly registration: PreparedRegistration }>;
}

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
      const chunks = this.chunksOf(readImportRows(file.path, sniffed, { maxRows: importLimitsOf(this.config).maxRows }), job.lastRowNumber);
      // Read ahead: the next chunk is parsed, validated and hashed while this one is in the database.
      const readAhead = () => {
        const promise = chunks.next();
        promise.catch(() => undefined); // a failed read surfaces at its await, or not at all if a commit fails first
        return promise;
      };
      let next = readAhead();
      for (;;) {
        const current = await next;
        if (current.done) break;
        next = readAhead();
        await this.commitChunk(job.id, actor, current.value);
        if (signal.aborted) {
          await next.catch(() => undefined);
          await chunks.return(undefined);
          return false;
        }
      }
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

  /** The file's rows after `afterRow`, validated and hashed, in chunks of IMPORT_CHUNK_ROWS. */
  private async *chunksOf(rows: AsyncIterable<RawImportRow>, afterRow: number): AsyncGenerator<Chunk> {
    let chunk: Row[] = [];
    for await (const raw of rows) {
      if (raw.rowNumber <= afterRow) continue;
      chunk.push(validateImportRow(raw));
      if (chunk.length >= this.config.IMPORT_CHUNK_ROWS) {
        yield this.prepare(chunk);
        chunk = [];
      }
    }
    if (chunk.length) yield this.prepare(chunk);
  }

  private prepare(rows: Row[]): Chunk {
    const valid = rows.filter((r): r is ValidatedRow => r.ok);
    const registrations = this.ledger.prepareRegistrations(valid.map((r) => ({ person: r.worker, certificate: r.certificate })));
    return {
      rows: rows.length,
      lastRowNumber: rows.at(-1)?.rowNumber ?? 0,
      errors: rows.flatMap((r) => (r.ok ? [] : r.errors)),
      valid: valid.map((row, i) => ({ row, registration: registrations[i] as PreparedRegistration })),
    };
  }

  private async commitChunk(jobId: string, actor: ReturnType<typeof principalFromClaims>, { rows, lastRowNumber, errors, valid }: Chunk): Promise<void> {
    let rejectedNumbers = new Set<string>();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.db.$transaction(
          async (tx) => {
            const plan = await this.plan(tx, valid, rejectedNumbers);
            const created = await this.ledger.registerPrepared(tx, actor, plan.fresh);
            await this.jobs.recordChunk(tx, jobId, {
              lastRowNumber,
              rowsRead: rows,
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
  private async plan(tx: RegistryTx, valid: Chunk['valid'], takenNumbers: ReadonlySet<string>) {
    const existing = await registeredHashes(tx, [...new Set(valid.map((v) => v.registration.worker.nationalIdHash))]);
    const onRecord = await skillCertificateNumbersOnRecord(tx, valid.flatMap(({ row }) => (row.certificate ? [row.certificate.certificateNumber] : [])));
    const errors: RowError[] = [];
    const fresh: PreparedRegistration[] = [];
    const seenPeople = new Set<string>();
    const seenNumbers = new Map<string, number>();
    let alreadyRegistered = 0;
    for (const { row, registration } of valid) {
      const hash = registration.worker.nationalIdHash;
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
      fresh.push(registration);
    }
    return { fresh, alreadyRegistered, errors };
  }
}
