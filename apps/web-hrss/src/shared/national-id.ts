import { normaliseNationalId, parseNationalId, type NationalIdFacts, type NationalIdProblem } from '@bayu/national-id/format';

export type NationalIdCheck =
  | { readonly state: 'empty' }
  /** Digits so far, fewer than 18: not wrong yet. */
  | { readonly state: 'incomplete'; readonly length: number }
  | { readonly state: 'invalid'; readonly problem: NationalIdProblem }
  | { readonly state: 'valid'; readonly facts: NationalIdFacts };

/** GB 11643 check of what has been typed so far, for live validation (a half-typed number is not an error yet). */
export function checkNationalId(input: string, today: Date = new Date()): NationalIdCheck {
  const id = normaliseNationalId(input);
  if (id === '') return { state: 'empty' };
  if (id.length < 18 && /^\d+$/.test(id)) return { state: 'incomplete', length: id.length };
  const result = parseNationalId(id, today);
  return result.ok ? { state: 'valid', facts: result.facts } : { state: 'invalid', problem: result.problem };
}

/** The message key for a check, when it should be shown: incomplete numbers only once the field is left. */
export function nationalIdErrorKey(check: NationalIdCheck, touched: boolean): string | undefined {
  if (check.state === 'invalid') return `nationalId.problem.${check.problem}`;
  if (check.state === 'incomplete' && touched) return 'nationalId.problem.format';
  return undefined;
}
