import type { WorkerImportField } from '@bayu/contracts';
import type { IndustryCode, SkillLevel } from '@bayu/reference';

export type ImportFormat = 'csv' | 'xlsx';
/** `null` for XLSX, whose XML parts carry their own encoding. GB18030 is a superset of GBK and GB2312. */
export type ImportEncoding = 'utf-8' | 'gb18030' | null;

export interface ImportHeader {
  /** The header text as written (trimmed). */
  header: string;
  /** The field it names, or undefined for a column the import ignores. */
  field: WorkerImportField | undefined;
}

export interface SniffedFile {
  format: ImportFormat;
  encoding: ImportEncoding;
  /** File size in bytes. */
  bytes: number;
  /** The header row, one entry per column from the first (column A), trailing empty headers dropped. */
  headers: ImportHeader[];
}

export interface XlsxOptions {
  /**
   * Where a large XLSX shared-string table (every distinct text: ID and certificate numbers…) is kept
   * while the file is read, instead of the heap; removed afterwards. Default os.tmpdir().
   */
  temporaryDirectory?: string;
}

export interface SniffOptions extends XlsxOptions {
  /** Larger files are refused with `too-large`; default WORKER_IMPORT_LIMITS.maxBytes. */
  maxBytes?: number;
}

export interface ReadImportRowsOptions extends XlsxOptions {
  /** More data rows than this stop the read with `too-large`; default WORKER_IMPORT_LIMITS.maxRows. */
  maxRows?: number;
}

export interface RawImportRow {
  /** The row number the clerk sees in Excel: the header is row 1, the first data row row 2. */
  rowNumber: number;
  /** Trimmed cell text of every column the header maps; '' where the row has no cell. */
  cells: Partial<Record<WorkerImportField, string>>;
}

export type Gender = 'male' | 'female';

export interface ImportWorker {
  /** Normalised: 18 characters, upper-case X. */
  nationalId: string;
  name: string;
  gender: Gender;
  /** YYYY-MM-DD, from the ID number. */
  birthDate: string;
  districtCode: string;
  employerName: string;
  employerId?: string;
  industryCode: IndustryCode;
  occupation: string;
}

export interface ImportCertificate {
  skillLevel: SkillLevel;
  certificateNumber: string;
  issuingBody: string;
  /** YYYY-MM-DD */
  issueDate: string;
  occupation: string;
}

export interface ValidatedRow {
  ok: true;
  rowNumber: number;
  worker: ImportWorker;
  certificate?: ImportCertificate;
}

export interface RowError {
  rowNumber: number;
  field: WorkerImportField;
  /** The Chinese header of the column (importHeaderOf). */
  header: string;
  /** Chinese, then English. Never contains a national ID number. */
  reason: string;
  /** The offending cell, masked when it is (or may contain) a national ID number; omitted when empty. */
  value?: string;
}

export interface RejectedRow {
  ok: false;
  rowNumber: number;
  errors: RowError[];
}
