export type ImportFileProblemCode =
  | 'empty'
  | 'too-large'
  | 'unsupported-type'
  | 'bad-encoding'
  | 'missing-columns'
  | 'duplicate-columns'
  | 'no-header'
  /** Not valid CSV (a quote never closed, a record too long) or a damaged XLSX package. */
  | 'malformed';

/**
 * A problem with the whole file, shown to the clerk instead of a per-row report. `message` is
 * "Chinese English"; `details` lists specifics (missing column names in Chinese, the detected file type, …).
 */
export class ImportFileProblem extends Error {
  override readonly name = 'ImportFileProblem';

  constructor(
    readonly code: ImportFileProblemCode,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly details: readonly string[] = [],
  ) {
    super(`${messageZh} ${messageEn}${details.length > 0 ? `: ${details.join('; ')}` : ''}`);
  }
}

export function isImportFileProblem(error: unknown): error is ImportFileProblem {
  return error instanceof ImportFileProblem;
}
