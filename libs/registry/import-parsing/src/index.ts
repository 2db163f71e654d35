export { sniffImportFile } from './lib/sniff';
export { readImportRows } from './lib/read-rows';
export { validateImportRow } from './lib/validate';
export { writeErrorReport, ERROR_REPORT_HEADER, type ErrorReportOptions } from './lib/error-report';
export { importTemplateCsv } from './lib/template';
export { ImportFileProblem, isImportFileProblem, type ImportFileProblemCode } from './lib/import-file-problem';
export type {
  Gender,
  ImportCertificate,
  ImportEncoding,
  ImportFormat,
  ImportHeader,
  ImportWorker,
  RawImportRow,
  ReadImportRowsOptions,
  RejectedRow,
  RowError,
  SniffedFile,
  SniffOptions,
  ValidatedRow,
  XlsxOptions,
} from './lib/types';
