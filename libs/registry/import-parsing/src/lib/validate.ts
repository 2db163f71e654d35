import { WORKER_IMPORT_COLUMNS, type WorkerImportField } from '@bayu/contracts';
import { maskNationalId, parseNationalId, type NationalIdFacts, type NationalIdProblem } from '@bayu/national-id';
import { districtCodeOf, industryCodeOf } from '@bayu/reference';
import { chinaDate } from './dates';
import { characterCount, isMangledNumber, RowErrors } from './row-errors';
import type { Gender, ImportWorker, RawImportRow, RejectedRow, ValidatedRow } from './types';
import { validateCertificate } from './validate-certificate';

export const FIELD_EN: Record<WorkerImportField, string> = {
  name: 'name',
  nationalId: 'national ID number',
  gender: 'gender',
  districtCode: 'district',
  employerName: 'employer name',
  employerId: 'employer id',
  industryCode: 'industry',
  occupation: 'occupation',
  skillLevel: 'skill level',
  certificateNumber: 'certificate number',
  issuingBody: 'issuing body',
  issueDate: 'issue date',
};

const ID_PROBLEMS: Record<NationalIdProblem, [string, string]> = {
  format: ['身份证号格式错误，应为18位：17位数字加1位数字或X', 'must be 18 characters: 17 digits and a digit or X'],
  region: ['身份证号前两位不是有效的省级行政区代码', 'the region code is not a Chinese province'],
  'birth-date': ['身份证号中的出生日期无效', 'the birth date in the number is not a real past date'],
  'check-digit': ['身份证号校验位错误', 'check digit does not match (GB 11643)'],
};

const GENDERS = new Map<string, Gender>([
  ['男', 'male'], ['男性', 'male'], ['male', 'male'], ['m', 'male'],
  ['女', 'female'], ['女性', 'female'], ['female', 'female'], ['f', 'female'],
]);

const LIMITS = { name: 50, employerName: 200, employerId: 64, occupation: 100 } as const;

function checkNationalId(value: string, errors: RowErrors, today: Date): NationalIdFacts | undefined {
  if (value === '') return undefined;
  if (isMangledNumber(value)) {
    errors.add('nationalId', '身份证号被Excel存成了数字，后几位已丢失：请将该列设为“文本”格式后重新填写', 'the number was stored as an Excel number and lost its last digits; format the column as Text and type it again', maskNationalId(value));
    return undefined;
  }
  const result = parseNationalId(value, today);
  if (result.ok) return result.facts;
  const [zh, en] = ID_PROBLEMS[result.problem];
  errors.add('nationalId', zh, en, maskNationalId(value));
  return undefined;
}

/**
 * Checks one row against the import rules and, when it passes, returns the worker (and certificate) to
 * store. Every problem of the row is reported, in column order. Pure: `today` decides "in the future".
 * No error carries a national ID number: ID values are masked, other values are scrubbed of digit runs.
 */
export function validateImportRow(raw: RawImportRow, today: Date = new Date()): ValidatedRow | RejectedRow {
  const errors = new RowErrors(raw.rowNumber);
  const cell = (field: WorkerImportField): string => (raw.cells[field] ?? '').trim();

  for (const { field, headers, required } of WORKER_IMPORT_COLUMNS) {
    const value = cell(field);
    if (value.includes('\uFFFD')) {
      errors.add(field, '含有无法识别的字符（乱码），请检查文件编码', 'contains characters that could not be decoded; check the file encoding', field === 'nationalId' ? undefined : value);
    } else if (required && value === '') {
      errors.add(field, `${headers[0]}不能为空`, `${FIELD_EN[field]} is required`);
    }
  }
  const ok = (field: WorkerImportField): string | undefined => (errors.has(field) ? undefined : cell(field));

  const name = ok('name');
  if (name && characterCount(name) > LIMITS.name) errors.add('name', `姓名不能超过${LIMITS.name}个字`, `name is longer than ${LIMITS.name} characters`, name);
  else if (name && /[0-9０-９]/.test(name)) errors.add('name', '姓名不能包含数字', 'a name cannot contain digits', name);

  const idText = ok('nationalId')?.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)); // full-width from a Chinese IME
  const facts = idText === undefined ? undefined : checkNationalId(idText, errors, today);

  const genderText = ok('gender');
  let gender = facts?.gender;
  if (genderText) {
    const stated = GENDERS.get(genderText.toLowerCase());
    if (!stated) errors.add('gender', '性别应填写“男”或“女”', 'gender must be 男 or 女 (male/female, M/F)', genderText);
    else if (facts && stated !== facts.gender) errors.add('gender', '性别与身份证号不符', 'gender does not match the ID number', genderText);
    else gender = stated;
  }

  const districtText = ok('districtCode');
  const districtCode = districtText ? districtCodeOf(districtText) : undefined;
  if (districtText && !districtCode) errors.add('districtCode', '区县不是重庆市的区县（如“渝中区”或“500103”）', 'not a Chongqing district or county (e.g. 渝中区 or 500103)', districtText);

  const employerName = ok('employerName');
  if (employerName && characterCount(employerName) > LIMITS.employerName) {
    errors.add('employerName', `工作单位不能超过${LIMITS.employerName}个字`, `employer name is longer than ${LIMITS.employerName} characters`, employerName);
  }
  const employerId = ok('employerId');
  if (employerId && (characterCount(employerId) > LIMITS.employerId || /\s/.test(employerId))) {
    errors.add('employerId', `单位编码不能超过${LIMITS.employerId}个字符，且不能含空格`, `employer id must be at most ${LIMITS.employerId} characters without spaces`, employerId);
  }

  const industryText = ok('industryCode');
  const industryCode = industryText ? industryCodeOf(industryText) : undefined;
  if (industryText && !industryCode) errors.add('industryCode', '行业不是国民经济行业门类（如“C”或“制造业”）', 'not a GB/T 4754 industry section (e.g. C or 制造业)', industryText);

  const occupation = ok('occupation');
  if (occupation && characterCount(occupation) > LIMITS.occupation) {
    errors.add('occupation', `职业（工种）不能超过${LIMITS.occupation}个字`, `occupation is longer than ${LIMITS.occupation} characters`, occupation);
  }

  const certificate = validateCertificate(
    { skillLevel: ok('skillLevel'), certificateNumber: ok('certificateNumber'), issuingBody: ok('issuingBody'), issueDate: ok('issueDate') },
    { birthDate: facts?.birthDate, occupation: occupation ?? '', today: chinaDate(today) },
    errors,
  );

  if (!errors.empty || !facts || !gender || !name || !districtCode || !employerName || !industryCode || !occupation) {
    return { ok: false, rowNumber: raw.rowNumber, errors: errors.list };
  }
  const worker: ImportWorker = { nationalId: facts.normalised, name, gender, birthDate: facts.birthDate, districtCode, employerName, industryCode, occupation };
  if (employerId) worker.employerId = employerId;
  return certificate ? { ok: true, rowNumber: raw.rowNumber, worker, certificate } : { ok: true, rowNumber: raw.rowNumber, worker };
}
