import { WORKER_IMPORT_COLUMNS, type WorkerImportField } from '@bayu/contracts';
import { composeNationalId } from '@bayu/national-id';
import { csvField } from './error-report';

/** The example row: a made-up person (the ID number is composed, with a valid check character). */
const EXAMPLE: Record<WorkerImportField, string> = {
  name: '张三',
  nationalId: composeNationalId('500103', '1988-03-15', 123, 'male'),
  gender: '男',
  districtCode: '渝中区',
  employerName: '重庆示例机械制造有限公司',
  employerId: '',
  industryCode: '制造业',
  occupation: '数控车工',
  skillLevel: '高级工',
  certificateNumber: 'S000050000201801234',
  issuingBody: '重庆市职业技能鉴定指导中心',
  issueDate: '2018-06-30',
};

/**
 * The CSV template clerks download: the contract's Chinese headers and one example row that passes
 * validation. Starts with a BOM so Excel on Chinese Windows opens it as UTF-8; serve it as
 * `text/csv; charset=utf-8`. (Excel shows the 18-digit example ID in exponent form once it is edited
 * and saved as a number; the import then says so rather than guessing the lost digits.)
 */
export function importTemplateCsv(): string {
  const line = (values: string[]): string => `${values.map(csvField).join(',')}\r\n`;
  return `\uFEFF${line(WORKER_IMPORT_COLUMNS.map((c) => c.headers[0]))}${line(WORKER_IMPORT_COLUMNS.map((c) => EXAMPLE[c.field]))}`;
}
