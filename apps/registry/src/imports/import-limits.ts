import { WORKER_IMPORT_LIMITS } from '@bayu/contracts';
import type { RegistryConfig } from '../config';
import type { ImportLimitsView } from './imports.dto';

/** The spreadsheets an import reads; the file is recognised by its bytes, these name it for a browser's file picker. */
export const IMPORT_FILE_TYPES = [
  { format: 'csv', mediaType: 'text/csv', extension: '.csv' },
  { format: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: '.xlsx' },
] as const;

/** The limits of one upload: what the upload and the import worker check, and what GET /imports/limits publishes. */
export function importLimitsOf(config: Pick<RegistryConfig, 'IMPORT_MAX_BYTES'>): ImportLimitsView {
  return {
    maxBytes: config.IMPORT_MAX_BYTES,
    acceptedTypes: IMPORT_FILE_TYPES.flatMap((type) => [type.mediaType, type.extension]),
    maxRows: WORKER_IMPORT_LIMITS.maxRows,
  };
}
