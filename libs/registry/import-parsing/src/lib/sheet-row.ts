/** One row of a CSV or worksheet before the header is applied. */
export interface SheetRow {
  /** As Excel numbers it: the first line/row of the file is 1. */
  rowNumber: number;
  /** Cell text by column, index 0 = column A. */
  values: string[];
}

export function isBlank(values: readonly string[]): boolean {
  return values.every((v) => v.trim() === '');
}
