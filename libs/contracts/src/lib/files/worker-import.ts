/**
 * The spreadsheet an agency clerk uploads to register skilled workers in bulk (CSV in UTF-8 or GBK, or XLSX).
 * One row per worker, optionally with one skill-level certificate. Headers may be Chinese or English; the
 * first alias is what the platform writes in templates and error reports.
 */
export const WORKER_IMPORT_COLUMNS = [
  { field: 'name', headers: ['姓名', 'name'], required: true, description: '姓名 Full name, ≤ 50 characters' },
  { field: 'nationalId', headers: ['身份证号', '公民身份号码', '身份证号码', 'nationalId', 'national_id'], required: true, description: '18-character resident ID (GB 11643)' },
  { field: 'gender', headers: ['性别', 'gender'], required: false, description: '男/女 or male/female; must agree with the ID number' },
  { field: 'districtCode', headers: ['区县', '所在区县', '区县代码', 'district', 'districtCode'], required: true, description: 'District code (500103) or name (渝中区)' },
  { field: 'employerName', headers: ['工作单位', '单位名称', 'employer', 'employerName'], required: true, description: 'Employer name, ≤ 200 characters' },
  { field: 'employerId', headers: ['单位编码', '统一社会信用代码', 'employerId'], required: false, description: 'Employer account id or unified social credit code' },
  { field: 'industryCode', headers: ['行业', '所属行业', '行业门类', 'industry', 'industryCode'], required: true, description: 'GB/T 4754 section letter (C) or name (制造业)' },
  { field: 'occupation', headers: ['职业（工种）', '职业(工种)', '工种', '职业', 'occupation'], required: true, description: 'Occupation or trade, ≤ 100 characters' },
  { field: 'skillLevel', headers: ['技能等级', '职业技能等级', '等级', 'skillLevel', 'level'], required: false, description: '高级工, 三级, 3 or senior; leave empty without a certificate' },
  { field: 'certificateNumber', headers: ['证书编号', 'certificateNumber'], required: false, description: 'Required with a skill level' },
  { field: 'issuingBody', headers: ['发证机构', '评价机构', 'issuingBody'], required: false, description: 'Required with a skill level' },
  { field: 'issueDate', headers: ['发证日期', 'issueDate'], required: false, description: 'YYYY-MM-DD (also YYYY/M/D and Excel dates); required with a skill level' },
] as const;

export type WorkerImportField = (typeof WORKER_IMPORT_COLUMNS)[number]['field'];

/** The header a template or report uses for a field: the Chinese one. */
export function importHeaderOf(field: WorkerImportField): string {
  const column = WORKER_IMPORT_COLUMNS.find((c) => c.field === field);
  return column?.headers[0] ?? field;
}

const byHeader = new Map<string, WorkerImportField>(
  WORKER_IMPORT_COLUMNS.flatMap((c) => c.headers.map((h) => [h.trim().toLowerCase(), c.field] as [string, WorkerImportField])),
);

/** Which field a header names, ignoring case and surrounding spaces; undefined for unknown headers. */
export function importFieldOf(header: string): WorkerImportField | undefined {
  return byHeader.get(header.replace(/^\uFEFF/, '').trim().toLowerCase());
}

/** Limits of one upload. */
export const WORKER_IMPORT_LIMITS = {
  maxBytes: 200 * 1024 * 1024,
  maxRows: 1_000_000,
} as const;
