import { describe, expect, it } from 'vitest';
import { composeNationalId } from '@bayu/national-id/format';
import { characterCount, checkForm, checkNationalId, checkOpinion, factsToFill } from './form-checks';
import { emptyFormState, type FormState } from './form-state';

const id = composeNationalId('500229', '1984-06-12', 313, 'male');
const today = new Date('2026-12-02T00:00:00Z');

const valid = (): FormState => ({
  ...emptyFormState({ employerName: '城口供电公司' }),
  name: '冉洪位',
  gender: 'male',
  birthYearMonth: '1984-06',
  nationalId: id,
  politicalAffiliation: '中共党员',
  education: '大学专科',
  occupation: '电力线路运维',
  skillLevel: 'technician',
  workStartYearMonth: '2004-07',
  employerAddress: '重庆市城口县',
  employerPostcode: '405900',
  employerContact: '人事部',
  employerPhone: '13800000000',
  deedsAndAwards: '事迹',
  deedsStatement: '事迹材料',
});

describe('checkForm', () => {
  it('finds nothing wrong in a complete form', () => {
    expect(checkForm(valid(), { creating: true, today })).toEqual({});
  });

  it('names every empty required field by its API path', () => {
    const checks = checkForm({ ...emptyFormState(), ethnicity: '' }, { creating: true, today });
    expect(Object.keys(checks)).toEqual(
      expect.arrayContaining(['form.name', 'form.nationalId', 'form.gender', 'form.ethnicity', 'form.employerPhone', 'form.deedsAndAwards', 'form.qualification']),
    );
    expect(checks['form.name']).toEqual({ key: 'check.required' });
  });

  it('checks the ID number and that gender and birth month agree with it', () => {
    expect(checkForm({ ...valid(), nationalId: `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}` }, { creating: true, today })['form.nationalId']).toEqual({ key: 'check.nationalId.check-digit' });
    expect(checkForm({ ...valid(), nationalId: '12345' }, { creating: true, today })['form.nationalId']).toEqual({ key: 'check.nationalId.format' });
    const mismatched = checkForm({ ...valid(), gender: 'female', birthYearMonth: '1984-07' }, { creating: true, today });
    expect(mismatched['form.gender']).toEqual({ key: 'check.gender.mismatch' });
    expect(mismatched['form.birthYearMonth']).toEqual({ key: 'check.birth.mismatch' });
  });

  it('asks a saved form for no ID number (the API keeps the saved one), but checks one typed as on a new form', () => {
    expect(checkForm({ ...valid(), nationalId: '' }, { creating: false, today })).toEqual({});
    expect(checkForm({ ...valid(), nationalId: '' }, { creating: true, today })['form.nationalId']).toEqual({ key: 'check.required' });
    expect(checkForm({ ...valid(), nationalId: '12345' }, { creating: false, today })['form.nationalId']).toEqual({ key: 'check.nationalId.format' });
    expect(checkForm({ ...valid(), gender: 'female' }, { creating: false, today })['form.gender']).toEqual({ key: 'check.gender.mismatch' });
  });

  it('counts the deeds in characters, 1000 at most', () => {
    expect(checkForm({ ...valid(), deedsAndAwards: '巴'.repeat(1000) }, { creating: true, today })['form.deedsAndAwards']).toBeUndefined();
    expect(checkForm({ ...valid(), deedsAndAwards: '巴'.repeat(1001) }, { creating: true, today })['form.deedsAndAwards']).toEqual({ key: 'check.tooLong', params: { max: 1000, count: 1001 } });
    expect(characterCount('𠀀巴')).toBe(2);
  });

  it('checks postcode, phone, dates and the ticked criteria', () => {
    const checks = checkForm(
      {
        ...valid(),
        employerPostcode: '4059',
        employerPhone: '12345',
        workStartYearMonth: '1980-01',
        contributions: { ...valid().contributions, innovation: { ticked: true, evidence: ' ' } },
      },
      { creating: true, today },
    );
    expect(checks['form.employerPostcode']).toEqual({ key: 'check.postcode' });
    expect(checks['form.employerPhone']).toEqual({ key: 'check.phone' });
    expect(checks['form.workStartYearMonth']).toEqual({ key: 'check.workStart.beforeBirth' });
    expect(checks['form.contributions.0.evidence']).toEqual({ key: 'check.required' });
  });

  it('asks for the department only when creating a form that goes through one', () => {
    expect(checkForm({ ...valid(), recommenderKind: 'department' }, { creating: true, today })['recommender.code']).toEqual({ key: 'check.required' });
    expect(checkForm({ ...valid(), recommenderKind: 'department' }, { creating: false, today })['recommender.code']).toBeUndefined();
  });
});

describe('ID number and opinion', () => {
  it('reads the facts of a valid number and fills only empty fields', () => {
    expect(checkNationalId(id.toLowerCase(), today)).toMatchObject({ ok: true, facts: { gender: 'male', birthDate: '1984-06-12' } });
    expect(factsToFill({ ...valid(), gender: '', birthYearMonth: '' }, today)).toEqual({ gender: 'male', birthYearMonth: '1984-06' });
    expect(factsToFill({ ...valid(), gender: 'female' }, today)).toEqual({});
    expect(factsToFill({ ...valid(), nationalId: '5002' }, today)).toEqual({});
  });

  it('requires an opinion except to withdraw', () => {
    expect(checkOpinion('  ', true)).toEqual({ key: 'check.opinion.required' });
    expect(checkOpinion('', false)).toBeUndefined();
    expect(checkOpinion('同意推荐。', true)).toBeUndefined();
    expect(checkOpinion('意'.repeat(501), true)).toEqual({ key: 'check.tooLong', params: { max: 500, count: 501 } });
  });
});
