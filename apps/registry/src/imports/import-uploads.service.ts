import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { recordAudit } from '@bayu/platform/audit';
import type { Principal } from '@bayu/platform/auth';
import { uuidv7 } from '@bayu/platform/db';
import { ObjectTooLargeError, type ObjectStore } from '@bayu/platform/storage';
import { isImportFileProblem, sniffImportFile } from '@bayu/registry/import-parsing';
import { REGISTRY_CONFIG, type RegistryConfig } from '../config';
import { RegistryDatabase } from '../database/registry-database';
import { ImportJobsRepository, type ImportJobRow } from './import-jobs.repository';
import { importLimitsOf } from './import-limits';
import { OBJECT_STORE } from './import-processor';
import type { ImportLimitsView } from './imports.dto';
import { importProblems, problemFromFile } from './imports.problems';

/** Data rows of a CSV, counted by line breaks (a cell with a line break makes it an overestimate). */
async function countCsvDataRows(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    last = chunk[chunk.length - 1] ?? last;
  }
  if (last !== 10) lines++;
  return Math.max(0, lines - 1);
}

@Injectable()
export class ImportUploadsService {
  constructor(
    private readonly jobs: ImportJobsRepository,
    private readonly db: RegistryDatabase,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  /** The limits this service and the import worker apply to an upload, as GET /imports/limits publishes them. */
  limits(): ImportLimitsView {
    return importLimitsOf(this.config);
  }

  /**
   * Streams the upload to storage (never into memory), checks what the file is from its bytes and its
   * header row, and queues it. A file that cannot be imported at all is refused here, with the reason.
   */
  async upload(actor: Principal, fileName: string, body: Readable): Promise<ImportJobRow> {
    const now = new Date();
    const { maxBytes } = this.limits();
    const key = `imports/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${uuidv7()}`;
    let stored;
    try {
      stored = await this.store.put(key, body, { maxBytes });
    } catch (error) {
      if (error instanceof ObjectTooLargeError) throw importProblems.raise('too-large', { detail: `at most ${Math.floor(maxBytes / 1024 / 1024)} MB` });
      throw error;
    }
    const local = await this.store.localCopy(key);
    try {
      const sniffed = await sniffImportFile(local.path, { maxBytes });
      const estimatedRows = sniffed.format === 'csv' ? await countCsvDataRows(local.path) : null;
      const job = await this.jobs.create({
        id: uuidv7(),
        createdBy: actor.username,
        fileName,
        fileKey: key,
        fileBytes: stored.bytes,
        fileSha256: stored.sha256,
        format: sniffed.format,
        encoding: sniffed.encoding,
        estimatedRows,
        status: 'queued',
      });
      await recordAudit(this.db, { actor, action: 'import.uploaded', resourceType: 'import', resourceId: job.id, details: { fileName, bytes: stored.bytes, sha256: stored.sha256 } });
      return job;
    } catch (error) {
      await this.store.delete(key);
      if (isImportFileProblem(error)) throw problemFromFile(error);
      throw error;
    } finally {
      await local.release();
    }
  }
}
