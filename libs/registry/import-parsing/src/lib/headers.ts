import { importFieldOf, importHeaderOf, WORKER_IMPORT_COLUMNS, type WorkerImportField } from '@bayu/contracts';
import { ImportFileProblem } from './import-file-problem';
import type { ImportHeader } from './types';

/** One entry per header cell, trailing empty cells dropped. */
export function mapHeaders(values: readonly string[]): ImportHeader[] {
  const headers = values.map((value) => {
    const header = value.replace(/^\uFEFF/, '').trim();
    return { header, field: header === '' ? undefined : importFieldOf(header) };
  });
  while (headers.length > 0 && headers[headers.length - 1]?.header === '') headers.pop();
  return headers;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Refuses a header row that names no known column, names one twice, or lacks a required one. */
export function checkHeaders(headers: readonly ImportHeader[]): void {
  if (!headers.some((h) => h.field !== undefined)) {
    const seen = headers.slice(0, 5).map((h) => h.header).filter((h) => h !== '');
    const separator = seen.length === 1 && /[\t;，；|]/.test(seen[0] ?? '') ? ['CSV应以英文逗号分隔各列 separate CSV columns with commas'] : [];
    throw new ImportFileProblem(
      'no-header',
      '第一行不是表头：请使用导入模板，第一行填写“姓名”“身份证号”等列名',
      'the first row is not a header row; use the import template, whose first row names the columns',
      [...(seen.length > 0 ? [`第一行为 first row: ${seen.join(', ')}`] : []), ...separator],
    );
  }

  const columnsOf = new Map<WorkerImportField, string[]>();
  headers.forEach((h, index) => {
    if (h.field) columnsOf.set(h.field, [...(columnsOf.get(h.field) ?? []), `${columnName(index)}列“${h.header}”`]);
  });
  const duplicates = [...columnsOf].filter(([, columns]) => columns.length > 1);
  if (duplicates.length > 0) {
    throw new ImportFileProblem(
      'duplicate-columns',
      '有重复的列，请删除多余的一列',
      'some columns appear more than once; delete the extra ones',
      duplicates.map(([field, columns]) => `${importHeaderOf(field)}: ${columns.join('、')}`),
    );
  }

  const missing = WORKER_IMPORT_COLUMNS.filter((c) => c.required && !columnsOf.has(c.field)).map((c) => c.headers[0]);
  if (missing.length > 0) {
    throw new ImportFileProblem('missing-columns', `缺少必填列：${missing.join('、')}`, 'required columns are missing', missing);
  }
}
