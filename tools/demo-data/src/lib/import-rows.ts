// Workers as rows of the import spreadsheet (@bayu/contracts WORKER_IMPORT_COLUMNS), written as a clerk
// would: district, industry and level by their Chinese names, gender as 男/女. Every Nth row can be broken
// in one of four realistic ways, so an import has rows to reject.
import { WORKER_IMPORT_COLUMNS, type WorkerImportField } from '@bayu/contracts';
import { checkCharacter } from '@bayu/national-id';
import { findDistrict, INDUSTRIES, SKILL_LEVELS } from '@bayu/reference';
import type { DemoWorker } from './generate';

export const IMPORT_FIELDS: readonly WorkerImportField[] = WORKER_IMPORT_COLUMNS.map((c) => c.field);

/** The Chinese headers the platform writes (the first alias of each column). */
export const IMPORT_HEADERS: readonly string[] = WORKER_IMPORT_COLUMNS.map((c) => c.headers[0]);

const FIELD_INDEX = new Map(IMPORT_FIELDS.map((f, i) => [f, i]));
const col = (field: WorkerImportField): number => FIELD_INDEX.get(field) ?? -1;

const INDUSTRY_NAMES = new Map<string, string>(INDUSTRIES.map((i) => [i.code, i.nameZh]));
const LEVEL_NAMES = new Map<string, string>(SKILL_LEVELS.map((l) => [l.code, l.nameZh]));

/**
 * - `check-digit`: the last character of the ID number mistyped (GB 11643 check fails);
 * - `unknown-district`: 渝州区, an old name of the city that is no district;
 * - `level-without-certificate`: a skill level with the certificate number left empty;
 * - `impossible-date`: 31 February, in the certificate's issue date, or (without a certificate) in the birth
 *   date inside the ID number (whose check character is then recomputed, so only the date is wrong).
 */
export const INVALID_ROW_KINDS = ['check-digit', 'unknown-district', 'level-without-certificate', 'impossible-date'] as const;
export type InvalidRowKind = (typeof INVALID_ROW_KINDS)[number];

export const UNKNOWN_DISTRICT = '渝州区';

/** How data row `row` (1-based, header not counted) is broken when every `every`th row is, or undefined. */
export function invalidKindOf(row: number, every: number | undefined): InvalidRowKind | undefined {
  if (!every || every < 1 || row % every !== 0) return undefined;
  return INVALID_ROW_KINDS[(row / every - 1) % INVALID_ROW_KINDS.length];
}

/** The row's cells, in WORKER_IMPORT_COLUMNS order; empty strings where the worker has no value. */
export function importCellsOf(worker: DemoWorker): string[] {
  const certificate = worker.certificate;
  return [
    worker.name,
    worker.nationalId,
    worker.gender === 'male' ? '男' : '女',
    findDistrict(worker.districtCode)?.nameZh ?? worker.districtCode,
    worker.employerName,
    worker.employerId ?? '',
    INDUSTRY_NAMES.get(worker.industryCode) ?? worker.industryCode,
    worker.occupation,
    worker.skillLevel ? (LEVEL_NAMES.get(worker.skillLevel) ?? worker.skillLevel) : '',
    certificate?.certificateNumber ?? '',
    certificate?.issuingBody ?? '',
    certificate?.issueDate ?? '',
  ];
}

/** Breaks a row's cells (in place) the `kind` way; returns them. */
export function breakCells(cells: string[], kind: InvalidRowKind): string[] {
  const id = cells[col('nationalId')] ?? '';
  switch (kind) {
    case 'check-digit': {
      const chars = '0123456789X';
      const last = id.slice(-1);
      cells[col('nationalId')] = id.slice(0, -1) + chars[(chars.indexOf(last) + 1) % chars.length];
      break;
    }
    case 'unknown-district':
      cells[col('districtCode')] = UNKNOWN_DISTRICT;
      break;
    case 'level-without-certificate':
      if (!cells[col('skillLevel')]) cells[col('skillLevel')] = '中级工';
      cells[col('certificateNumber')] = '';
      break;
    case 'impossible-date': {
      const issueDate = cells[col('issueDate')];
      if (issueDate) {
        cells[col('issueDate')] = `${issueDate.slice(0, 4)}-02-31`;
      } else {
        const first17 = `${id.slice(0, 10)}0231${id.slice(14, 17)}`;
        cells[col('nationalId')] = first17 + checkCharacter(first17);
      }
      break;
    }
  }
  return cells;
}
