import type { Cell, CellFormulaValue, CellValue } from 'exceljs';

/** YYYY-MM-DD of a Date exceljs built from an Excel serial (it builds them at UTC midnight). */
export function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** Excel 1900 date system serial → YYYY-MM-DD (25569 is 1970-01-01). */
export function excelSerialToIsoDate(serial: number): string {
  return isoDate(new Date(Math.round((serial - 25569) * 86_400_000)));
}

/** exceljs's own test: date characters outside quoted text and [brackets]. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * A number as Excel shows it in the General format: at most 15 significant digits. An integer beyond
 * 2^53 (an 18-digit ID number typed into a number cell) has already lost digits, so it comes out in
 * exponent form ("5.00103199001011e+17"), which no validator can mistake for the real number.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isSafeInteger(value)) return String(value);
  if (Number.isInteger(value)) return value.toPrecision(15);
  return String(Number(value.toPrecision(15)));
}

type Result = CellFormulaValue['result'];

function resultText(result: Result, numFmt: string | undefined): string {
  if (result === undefined) return '';
  if (typeof result === 'number') return isDateFormat(numFmt) ? excelSerialToIsoDate(result) : numberText(result);
  return valueText(result, numFmt);
}

function valueText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('');
  if ('formula' in value || 'sharedFormula' in value) return resultText(value.result, numFmt);
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return valueText(value.text, numFmt);
  return '';
}

/** The text the clerk sees in a cell: rich text flattened, formulas as their cached result, dates as YYYY-MM-DD. */
export function cellText(cell: Cell): string {
  return valueText(cell.value, cell.numFmt);
}
