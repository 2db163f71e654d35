import { describe, expect, it } from 'vitest';
import { composeNationalId } from '@bayu/national-id/format';
import { emptyFormState, fingerprint, formStateFromView, tickedCriteria, toCreateBody, toReplaceBody, withSavedNationalId, type FormState } from './form-state';

const id = composeNationalId('500229', '1984-06-12', 313, 'male');

const filled = (): FormState => ({
  ...emptyFormState({ employerName: '国网重庆市电力公司城口供电公司' }),
  name: ' 冉洪位 ',
  gender: 'male',
  birthYearMonth: '1984-06',
  nationalId: ` ${id.slice(0, 6)} ${id.slice(6).toLowerCase()} `,
  politicalAffiliation: '中共党员',
  education: '大学专科',
  occupation: '电力线路运维',
  skillLevel: 'senior-technician',
  workStartYearMonth: '2004-07',
  employerAddress: '重庆市城口县',
  employerPostcode: '405900',
  employerContact: '人事部',
  employerPhone: '023 63000000'.replace(' ', '-'),
  deedsAndAwards: '16年跋涉500余座高山。',
  deedsStatement: '长期扎根一线。',
  contributions: { ...emptyFormState().contributions, 'leading-skill': { ticked: true, evidence: ' 操作方法推广应用 ' }, innovation: { ticked: false, evidence: 'left over' } },
});

describe('form state → request body', () => {
  it('sends trimmed text, the ID number normalised, and only the ticked criteria', () => {
    const body = toCreateBody(filled(), 'c-1');
    expect(body.campaignId).toBe('c-1');
    expect(body.recommender).toEqual({ kind: 'district' });
    expect(body.form).toMatchObject({ name: '冉洪位', nationalId: id, employerPhone: '023-63000000', qualification: { skillLevel: 'senior-technician' } });
    expect(body.form.qualification).not.toHaveProperty('professionalTitle');
    expect(body.form.contributions).toEqual([{ criterion: 'leading-skill', evidence: '操作方法推广应用' }]);
  });

  it('names the department when the form goes through one', () => {
    expect(toCreateBody({ ...filled(), recommenderKind: 'department', departmentCode: 'cq-transport' }, 'c-1').recommender).toEqual({ kind: 'department', code: 'cq-transport' });
  });

  it('sends a title without a skill level when only the title is given', () => {
    const body = toReplaceBody({ ...filled(), skillLevel: '', professionalTitle: ' 高级工程师 ' });
    expect(body).toEqual({ form: expect.objectContaining({ qualification: { professionalTitle: '高级工程师' } }) });
  });

  it('reads a saved form back, keeping the criteria order and the ID number out of it', () => {
    const body = toFormBodyOf(filled());
    const view = { recommender: { kind: 'district' as const, code: '500229', nameZh: '城口县' }, form: { ...body, contributions: [{ criterion: 'unique-skill' as const, evidence: 'b' }, { criterion: 'innovation' as const, evidence: 'a' }] } };
    const state = formStateFromView(view);
    expect(state.nationalId).toBe('');
    expect(tickedCriteria(state)).toEqual(['innovation', 'unique-skill']);
    expect(state.contributions['leading-skill'].ticked).toBe(false);
  });

  it('sends a correction without the ID number when none was typed, so the API keeps the saved one', () => {
    const view = { recommender: { kind: 'district' as const, code: '500229', nameZh: '城口县' }, form: toFormBodyOf(filled()) };
    const corrected = { ...formStateFromView(view), employerAddress: ' 重庆市城口县葛城街道 ' };
    const body = toReplaceBody(corrected);
    expect(body.form).not.toHaveProperty('nationalId');
    expect(body).toEqual({ form: { ...view.form, employerAddress: '重庆市城口县葛城街道' } });
    expect(toReplaceBody({ ...corrected, nationalId: '   ' }).form).not.toHaveProperty('nationalId');
  });

  it('sends a new ID number typed into a correction, normalised, and always one on creation', () => {
    expect(toReplaceBody(filled()).form.nationalId).toBe(id);
    expect(toCreateBody({ ...filled(), nationalId: '' }, 'c-1').form).toHaveProperty('nationalId', '');
  });

  it('lets go of the typed ID number once saved, and tells a typed one apart from the saved one', () => {
    const saved = withSavedNationalId(filled());
    expect(saved).toEqual({ ...filled(), nationalId: '' });
    expect(toReplaceBody(saved).form).not.toHaveProperty('nationalId');
    expect(fingerprint(saved)).not.toBe(fingerprint(filled()));
    const untouched = withSavedNationalId(saved);
    expect(untouched).toBe(saved);
  });

  it('fingerprints what would be sent, not how it was typed', () => {
    expect(fingerprint(filled())).toBe(fingerprint({ ...filled(), name: '冉洪位' }));
    expect(fingerprint(filled())).not.toBe(fingerprint({ ...filled(), name: '冉洪' }));
  });
});

function toFormBodyOf(state: FormState) {
  const { nationalId: _omitted, ...form } = toReplaceBody(state).form;
  return form;
}
