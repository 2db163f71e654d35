/**
 * Resident identity numbers (居民身份证号码, GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

export type NationalIdProblem = 'format' | 'region' | 'birth-date' | 'check-digit';

export interface NationalIdFacts {
  readonly normalised: string;
  readonly regionCode: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly gender: 'male' | 'female';
}

export type NationalIdResult =
  | { readonly ok: true; readonly facts: NationalIdFacts }
  | { readonly ok: false; readonly problem: NationalIdProblem; readonly message: string; readonly messageZh: string };

/** Why a number is refused, for people: Chinese as the forms word it, English for logs and English readers. */
export const NATIONAL_ID_PROBLEM_TEXT: Readonly<Record<NationalIdProblem, { readonly zh: string; readonly en: string }>> = {
  format: { zh: '身份证号应为18位：17位数字加1位数字或X', en: 'must be 18 characters: 17 digits and a digit or X' },
  region: { zh: '前两位不是有效的省级行政区代码', en: 'the region code is not a Chinese province' },
  'birth-date': { zh: '号码中的出生日期无效', en: 'the birth date is not a real past date' },
  'check-digit': { zh: '校验位不正确，请核对号码', en: 'the check character does not match (GB 11643)' },
};

const refused = (problem: NationalIdProblem): NationalIdResult => ({ ok: false, problem, message: NATIONAL_ID_PROBLEM_TEXT[problem].en, messageZh: NATIONAL_ID_PROBLEM_TEXT[problem].zh });

/** Province-level codes that exist (first two digits). */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '?';
}

export function normaliseNationalId(input: string): string {
  return input.trim().replace(/\s+/g, '').toUpperCase();
}

export function parseNationalId(input: string, today: Date = new Date()): NationalIdResult {
  const id = normaliseNationalId(input);
  if (!SHAPE.test(id)) return refused('format');
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return refused('region');
  const [year, month, day] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const birth = new Date(Date.UTC(year, month - 1, day));
  const real = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!real || year < 1900 || birth.getTime() > today.getTime()) return refused('birth-date');
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return refused('check-digit');
  return {
    ok: true,
    facts: {
      normalised: id,
      regionCode: id.slice(0, 6),
      birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}

/** `500103********1234`: region code and last four, the birth date hidden. */
export function maskNationalId(id: string): string {
  const n = normaliseNationalId(id);
  return `${n.slice(0, 6)}********${n.slice(14)}`;
}

/** Builds a valid number, for fixtures and generated demo data. */
export function composeNationalId(regionCode: string, birthDate: string, sequence: number, gender: 'male' | 'female'): string {
  let seq = Math.abs(Math.trunc(sequence)) % 1000;
  if ((seq % 2 === 1) !== (gender === 'male')) seq = (seq + 1) % 1000;
  const first17 = `${regionCode}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}
