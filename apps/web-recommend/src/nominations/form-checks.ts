import { parseNationalId, type NationalIdFacts } from '@bayu/national-id/format';
import type { FormState, TextKey } from './form-state';
import { tickedCriteria } from './form-state';

/** A problem found before sending, as an i18n key (under `check.`) and its parameters. */
export interface Check {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Field path (as the API names it: `form.name`, `recommender.code`…) → the first problem with it. */
export type Checks = Readonly<Record<string, Check>>;

/** Length limits of the API (apps/campaign nominations.dto.ts), in characters as readers count them. */
export const LIMITS = {
  name: 50,
  occupation: 100,
  professionalTitle: 100,
  employerName: 200,
  employerAddress: 200,
  employerContact: 50,
  deedsAndAwards: 1000,
  deedsStatement: 2000,
  contributionEvidence: 500,
  opinion: 500,
} as const;

const REQUIRED: readonly TextKey[] = [
  'name',
  'nationalId',
  'gender',
  'birthYearMonth',
  'ethnicity',
  'politicalAffiliation',
  'education',
  'occupation',
  'employerName',
  'workStartYearMonth',
  'employerAddress',
  'employerPostcode',
  'employerContact',
  'employerPhone',
  'deedsAndAwards',
  'deedsStatement',
];

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const POSTCODE = /^\d{6}$/;
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** Characters as the API counts them: code points after NFC (a 汉字 is one). */
export function characterCount(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** The ID number's own check (GB 11643), for live feedback while typing. */
export function checkNationalId(value: string, today: Date = new Date()): { ok: true; facts: NationalIdFacts } | { ok: false; check: Check } {
  const parsed = parseNationalId(value, today);
  return parsed.ok ? { ok: true, facts: parsed.facts } : { ok: false, check: { key: `check.nationalId.${parsed.problem}` } };
}

/**
 * Every problem the API would find in the form's own fields, so the user sees them before sending. A saved
 * form needs no ID number (left out, the API keeps the saved one); one typed is checked as on a new form.
 */
export function checkForm(state: FormState, options: { readonly creating: boolean; readonly today?: Date } = { creating: true }): Checks {
  const found: Record<string, Check> = {};
  const add = (field: string, check: Check) => {
    if (!(field in found)) found[field] = check;
  };

  if (options.creating && state.recommenderKind === 'department' && !state.departmentCode) add('recommender.code', { key: 'check.required' });

  for (const key of REQUIRED) if (!state[key].trim() && (options.creating || key !== 'nationalId')) add(`form.${key}`, { key: 'check.required' });

  for (const key of ['name', 'occupation', 'professionalTitle', 'employerName', 'employerAddress', 'employerContact', 'deedsAndAwards', 'deedsStatement'] as const) {
    const count = characterCount(state[key].trim());
    if (count > LIMITS[key]) add(key === 'professionalTitle' ? 'form.qualification.professionalTitle' : `form.${key}`, { key: 'check.tooLong', params: { max: LIMITS[key], count } });
  }

  if (state.nationalId.trim()) {
    const id = checkNationalId(state.nationalId, options.today);
    if (!id.ok) add('form.nationalId', id.check);
    else {
      if (state.gender && state.gender !== id.facts.gender) add('form.gender', { key: 'check.gender.mismatch' });
      if (state.birthYearMonth && state.birthYearMonth !== id.facts.birthDate.slice(0, 7)) add('form.birthYearMonth', { key: 'check.birth.mismatch' });
    }
  }

  for (const key of ['birthYearMonth', 'workStartYearMonth'] as const) if (state[key] && !YEAR_MONTH.test(state[key])) add(`form.${key}`, { key: 'check.yearMonth' });
  if (YEAR_MONTH.test(state.birthYearMonth) && YEAR_MONTH.test(state.workStartYearMonth) && state.workStartYearMonth < state.birthYearMonth) add('form.workStartYearMonth', { key: 'check.workStart.beforeBirth' });

  if (state.employerPostcode.trim() && !POSTCODE.test(state.employerPostcode.trim())) add('form.employerPostcode', { key: 'check.postcode' });
  if (state.employerPhone.trim() && !PHONE.test(state.employerPhone.replace(/\s+/g, ''))) add('form.employerPhone', { key: 'check.phone' });

  if (!state.skillLevel && !state.professionalTitle.trim()) add('form.qualification', { key: 'check.qualification' });

  tickedCriteria(state).forEach((criterion, index) => {
    const evidence = state.contributions[criterion].evidence.trim();
    if (!evidence) add(`form.contributions.${index}.evidence`, { key: 'check.required' });
    else if (characterCount(evidence) > LIMITS.contributionEvidence) add(`form.contributions.${index}.evidence`, { key: 'check.tooLong', params: { max: LIMITS.contributionEvidence, count: characterCount(evidence) } });
  });

  return found;
}

/** The opinion of a step: required except to withdraw, at most 500 characters. */
export function checkOpinion(opinion: string, required: boolean): Check | undefined {
  const text = opinion.trim();
  if (required && !text) return { key: 'check.opinion.required' };
  if (characterCount(text) > LIMITS.opinion) return { key: 'check.tooLong', params: { max: LIMITS.opinion, count: characterCount(text) } };
  return undefined;
}

/** Gender and birth month read from a valid ID number, to fill those fields when still empty. */
export function factsToFill(state: FormState, today?: Date): Partial<Pick<FormState, 'gender' | 'birthYearMonth'>> {
  const id = checkNationalId(state.nationalId, today);
  if (!id.ok) return {};
  return {
    ...(state.gender ? {} : { gender: id.facts.gender }),
    ...(state.birthYearMonth ? {} : { birthYearMonth: id.facts.birthDate.slice(0, 7) }),
  };
}
