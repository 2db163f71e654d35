import type { RequestOf } from '@bayu/api-client';
import {
  HERITAGE_LEVEL_CODES,
  HONOUR_KINDS,
  HONOUR_LEVELS,
  SKILL_LEVEL_CODES,
  TITLE_FIELD_CODES,
  TITLE_GRADE_CODES,
  type HeritageLevel,
  type SkillLevel,
  type TitleField,
  type TitleGrade,
} from '@bayu/reference';

type CertificateBody = RequestOf<'/api/v1/workers/{workerId}/certificates', 'post'>;
type HonourBody = RequestOf<'/api/v1/workers/{workerId}/honours', 'post'>;

export const CERTIFICATE_KINDS = ['skill-level', 'professional-title', 'heritage-inheritor'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** The "record a certificate" form as typed; which fields apply depends on the kind. */
export interface CertificateFormValues {
  readonly kind: CertificateKind;
  readonly skillLevel: string;
  readonly occupation: string;
  readonly titleField: string;
  readonly titleGrade: string;
  readonly heritageLevel: string;
  readonly heritageItem: string;
  readonly certificateNumber: string;
  readonly issuingBody: string;
  readonly issueDate: string;
}

/** The fields each kind asks for, in form order. */
export const CERTIFICATE_FIELDS: Readonly<Record<CertificateKind, ReadonlyArray<keyof CertificateFormValues>>> = {
  'skill-level': ['skillLevel', 'occupation', 'certificateNumber', 'issuingBody', 'issueDate'],
  'professional-title': ['titleField', 'titleGrade', 'certificateNumber', 'issuingBody', 'issueDate'],
  'heritage-inheritor': ['heritageLevel', 'heritageItem', 'certificateNumber', 'issuingBody', 'issueDate'],
};

export function emptyCertificateForm(occupation = ''): CertificateFormValues {
  return { kind: 'skill-level', skillLevel: '', occupation, titleField: '', titleGrade: '', heritageLevel: '', heritageItem: '', certificateNumber: '', issuingBody: '', issueDate: '' };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = (list: readonly string[], value: string) => list.includes(value);

/** Field → message key for what is missing or malformed; `today` is YYYY-MM-DD. */
export function checkCertificateForm(values: CertificateFormValues, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of CERTIFICATE_FIELDS[values.kind]) if (String(values[field]).trim() === '') errors[field] = 'error.required';
  if (values.skillLevel && values.kind === 'skill-level' && !oneOf(SKILL_LEVEL_CODES, values.skillLevel)) errors['skillLevel'] = 'error.invalidValue';
  if (values.titleField && values.kind === 'professional-title' && !oneOf(TITLE_FIELD_CODES, values.titleField)) errors['titleField'] = 'error.invalidValue';
  if (values.titleGrade && values.kind === 'professional-title' && !oneOf(TITLE_GRADE_CODES, values.titleGrade)) errors['titleGrade'] = 'error.invalidValue';
  if (values.heritageLevel && values.kind === 'heritage-inheritor' && !oneOf(HERITAGE_LEVEL_CODES, values.heritageLevel)) errors['heritageLevel'] = 'error.invalidValue';
  if (/\s/.test(values.certificateNumber.trim())) errors['certificateNumber'] = 'error.noSpaces';
  if (values.issueDate && !DATE.test(values.issueDate)) errors['issueDate'] = 'error.invalidFormat';
  else if (values.issueDate && values.issueDate > today) errors['issueDate'] = 'error.future';
  return errors;
}

/** The body of POST /workers/{id}/certificates for the chosen kind (other kinds' fields left out). */
export function certificateBody(values: CertificateFormValues): CertificateBody {
  const common = { certificateNumber: values.certificateNumber.trim(), issuingBody: values.issuingBody.trim(), issueDate: values.issueDate };
  switch (values.kind) {
    case 'skill-level':
      return { kind: 'skill-level', skillLevel: values.skillLevel as SkillLevel, occupation: values.occupation.trim(), ...common };
    case 'professional-title':
      return { kind: 'professional-title', titleField: values.titleField as TitleField, titleGrade: values.titleGrade as TitleGrade, ...common };
    case 'heritage-inheritor':
      return { kind: 'heritage-inheritor', heritageLevel: values.heritageLevel as HeritageLevel, heritageItem: values.heritageItem.trim(), ...common };
  }
}

/** The "record an honour" form as typed. */
export interface HonourFormValues {
  readonly kind: string;
  readonly level: string;
  readonly year: string;
  readonly grantingBody: string;
  readonly citation: string;
}

export function emptyHonourForm(year: number): HonourFormValues {
  return { kind: '', level: '', year: String(year), grantingBody: '', citation: '' };
}

/** The level an honour usually has (中华技能大奖 is national), to prefill the level when a kind is chosen. */
export function defaultHonourLevel(kind: string): string {
  const level = HONOUR_KINDS.find((h) => h.code === kind)?.level;
  return level && oneOf(HONOUR_LEVELS, level) ? level : '';
}

export function checkHonourForm(values: HonourFormValues, currentYear: number): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!oneOf(HONOUR_KINDS.map((h) => h.code), values.kind)) errors['kind'] = 'error.required';
  if (!oneOf(HONOUR_LEVELS, values.level)) errors['level'] = 'error.required';
  const year = Number(values.year.trim());
  if (values.year.trim() === '') errors['year'] = 'error.required';
  else if (!Number.isInteger(year) || year < 1950 || year > currentYear) errors['year'] = 'error.honourYear';
  if (values.grantingBody.trim() === '') errors['grantingBody'] = 'error.required';
  if ([...values.citation.trim()].length > 500) errors['citation'] = 'error.tooBig';
  return errors;
}

export function honourBody(values: HonourFormValues): HonourBody {
  const citation = values.citation.trim();
  return {
    kind: values.kind as HonourBody['kind'],
    level: values.level as HonourBody['level'],
    year: Number(values.year.trim()),
    grantingBody: values.grantingBody.trim(),
    ...(citation ? { citation } : {}),
  };
}
