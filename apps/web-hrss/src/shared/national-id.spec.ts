import { describe, expect, it } from 'vitest';
import { composeNationalId } from '@bayu/national-id/format';
import { checkNationalId, nationalIdErrorKey } from './national-id';

const today = new Date('2026-06-01T00:00:00Z');
const valid = composeNationalId('500103', '1988-03-15', 123, 'male');

describe('live ID number validation (GB 11643)', () => {
  it('does not complain about a number still being typed until the field is left', () => {
    const check = checkNationalId('500103198', today);
    expect(check).toEqual({ state: 'incomplete', length: 9 });
    expect(nationalIdErrorKey(check, false)).toBeUndefined();
    expect(nationalIdErrorKey(check, true)).toBe('nationalId.problem.format');
    expect(nationalIdErrorKey(checkNationalId('', today), true)).toBeUndefined();
  });

  it('accepts a valid number (spaces and a lower-case x tolerated) and reads its birth date and gender', () => {
    expect(checkNationalId(` ${valid.slice(0, 6)} ${valid.slice(6)} `, today)).toEqual({ state: 'valid', facts: { normalised: valid, regionCode: '500103', birthDate: '1988-03-15', gender: 'male' } });
  });

  it('names the problem of a wrong number', () => {
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(checkNationalId(wrongCheck, today)).toEqual({ state: 'invalid', problem: 'check-digit' });
    expect(nationalIdErrorKey(checkNationalId(wrongCheck, today), false)).toBe('nationalId.problem.check-digit');
    expect(checkNationalId('990103198803151230', today)).toMatchObject({ problem: 'region' });
    expect(checkNationalId('500103198802301230', today)).toMatchObject({ problem: 'birth-date' });
    expect(checkNationalId('5001031988A', today)).toMatchObject({ problem: 'format' });
  });
});
