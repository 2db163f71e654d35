import { importHeaderOf, WORKER_IMPORT_COLUMNS, type WorkerImportField } from '@bayu/contracts';
import { maskNationalId } from '@bayu/national-id';
import type { RowError } from './types';

const MAX_VALUE_LENGTH = 200;

/** A run of 15–18 digits (an old or new ID number, perhaps ending in X) anywhere in a cell. */
const ID_LIKE = /\d{15,17}[\dXx]?/g;

/**
 * A cell value fit for the downloadable error report: anything that looks like an ID number is masked
 * (a clerk may have typed an ID into the wrong column), and long values are cut.
 */
export function reportableValue(value: string): string {
  const masked = value.replace(ID_LIKE, (digits) => maskNationalId(digits));
  return [...masked].length > MAX_VALUE_LENGTH ? `${[...masked].slice(0, MAX_VALUE_LENGTH).join('')}…` : masked;
}

/** Collects the errors of one row, each named by row number and the column's Chinese header. */
const COLUMN_ORDER = new Map<WorkerImportField, number>(WORKER_IMPORT_COLUMNS.map((c, i) => [c.field, i]));
const orderOf = (error: RowError): number => COLUMN_ORDER.get(error.field) ?? 0;

export class RowErrors {
  private readonly errors: RowError[] = [];
  private readonly failed = new Set<WorkerImportField>();

  constructor(private readonly rowNumber: number) {}

  /** `value` must already be masked when it is an ID number; it is masked again defensively. */
  add(field: WorkerImportField, zh: string, en: string, value?: string): void {
    this.failed.add(field);
    const error: RowError = { rowNumber: this.rowNumber, field, header: importHeaderOf(field), reason: `${zh} ${en}` };
    if (value !== undefined && value !== '') error.value = reportableValue(value);
    this.errors.push(error);
  }

  /** In column order, several errors of one column in the order found. */
  get list(): RowError[] {
    return [...this.errors].sort((a, b) => orderOf(a) - orderOf(b));
  }

  has(field: WorkerImportField): boolean {
    return this.failed.has(field);
  }

  get empty(): boolean {
    return this.errors.length === 0;
  }
}

/** Number of characters as a person counts them: 张三 is 2, an emoji 1. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** What Excel turns a long digit string into when the cell is a number: 5.00103E+17. The digits are gone. */
export function isMangledNumber(value: string): boolean {
  return /^[+-]?\d+(\.\d+)?e\+?\d+$/i.test(value.trim());
}
