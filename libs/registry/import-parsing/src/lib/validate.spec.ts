import { composeNationalId } from '@bayu/national-id';
import { VALID_FEMALE_ID, VALID_ID, validRow, type Row } from '../test/fixtures';
import type { RejectedRow, RowError } from './types';
import { validateImportRow } from './validate';

const TODAY = new Date('2025-03-01T04:00:00Z');

function rejected(cells: Row, rowNumber = 7): RejectedRow {
  const result = validateImportRow({ rowNumber, cells }, TODAY);
  if (result.ok) throw new Error('the row was accepted');
  return result;
}

function only(cells: Row): RowError {
  const { errors } = rejected(cells);
  expect(errors).toHaveLength(1);
  return errors[0] as RowError;
}

describe('validateImportRow', () => {
  it('accepts a valid row and returns the normalised worker and certificate', () => {
    const result = validateImportRow({ rowNumber: 2, cells: validRow({ nationalId: ` ${VALID_ID.slice(0, 6)} ${VALID_ID.slice(6)} `, districtCode: '渝中' }) }, TODAY);
    expect(result).toEqual({
      ok: true,
      rowNumber: 2,
      worker: { nationalId: VALID_ID, name: '张三', gender: 'male', birthDate: '1988-03-15', districtCode: '500103', employerName: '重庆长江机械有限公司', industryCode: 'C', occupation: '数控车工' },
      certificate: { skillLevel: 'senior', certificateNumber: 'S5000012019000123', issuingBody: '重庆市职业技能鉴定指导中心', issueDate: '2019-06-30', occupation: '数控车工' },
    });
  });

  it('accepts a row without a certificate and without a gender, taking the gender from the ID number', () => {
    const result = validateImportRow({ rowNumber: 3, cells: validRow({ nationalId: VALID_FEMALE_ID.toLowerCase(), gender: '', skillLevel: '', certificateNumber: '', issuingBody: '', issueDate: '', employerId: '91500000MA5U7XXX1Y' }) }, TODAY);
    expect(result).toMatchObject({ ok: true, worker: { gender: 'female', birthDate: '1992-11-02', employerId: '91500000MA5U7XXX1Y' } });
    expect(result).not.toHaveProperty('certificate');
  });

  it('accepts an ID number typed with full-width digits', () => {
    const fullWidth = VALID_ID.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(validateImportRow({ rowNumber: 2, cells: validRow({ nationalId: fullWidth }) }, TODAY)).toMatchObject({ ok: true, worker: { nationalId: VALID_ID } });
  });

  it.each([
    ['2019/6/30', '2019-06-30'],
    ['2019.6.30', '2019-06-30'],
    ['2019年6月30日', '2019-06-30'],
    ['20190630', '2019-06-30'],
    ['2019-06-30 00:00:00', '2019-06-30'],
    ['43646', '2019-06-30'],
  ])('reads the issue date %s as %s', (issueDate, iso) => {
    expect(validateImportRow({ rowNumber: 2, cells: validRow({ issueDate }) }, TODAY)).toMatchObject({ ok: true, certificate: { issueDate: iso } });
  });

  it('counts a name of 50 Chinese characters as 50, not 150 bytes', () => {
    expect(validateImportRow({ rowNumber: 2, cells: validRow({ name: '张'.repeat(50) }) }, TODAY).ok).toBe(true);
    expect(only(validRow({ name: '张'.repeat(51) }))).toMatchObject({ field: 'name', header: '姓名', reason: '姓名不能超过50个字 name is longer than 50 characters' });
  });

  it.each<[string, Row, Partial<RowError>]>([
    ['a name with digits in it', { name: '张三3' }, { field: 'name', reason: '姓名不能包含数字 a name cannot contain digits', value: '张三3' }],
    ['an empty required cell', { employerName: '' }, { field: 'employerName', header: '工作单位', reason: '工作单位不能为空 employer name is required' }],
    ['a wrong check digit', { nationalId: VALID_ID.slice(0, 17) + (VALID_ID[17] === '1' ? '2' : '1') }, { field: 'nationalId', header: '身份证号', reason: '身份证号校验位错误 check digit does not match (GB 11643)' }],
    ['an ID number of the wrong length', { nationalId: VALID_ID.slice(0, 15) }, { field: 'nationalId', reason: expect.stringContaining('身份证号格式错误') }],
    ['an ID number with an impossible birth date', { nationalId: composeNationalId('500103', '1990-02-28', 1, 'male').replace('19900228', '19900230') }, { field: 'nationalId', reason: expect.stringContaining('出生日期无效') }],
    ['an ID number Excel turned into 5.00103E+17', { nationalId: '5.00103E+17' }, { field: 'nationalId', reason: expect.stringContaining('存成了数字'), value: '5.0010********' }],
    ['an unknown gender', { gender: '未知' }, { field: 'gender', header: '性别', value: '未知' }],
    ['a gender that contradicts the ID number', { gender: '女' }, { field: 'gender', reason: '性别与身份证号不符 gender does not match the ID number' }],
    ['a district outside Chongqing', { districtCode: '成都市武侯区' }, { field: 'districtCode', header: '区县', value: '成都市武侯区' }],
    ['an unknown industry', { industryCode: 'Z' }, { field: 'industryCode', header: '行业' }],
    ['an occupation over 100 characters', { occupation: '焊'.repeat(101) }, { field: 'occupation', header: '职业（工种）' }],
    ['an unknown skill level', { skillLevel: '九级' }, { field: 'skillLevel', header: '技能等级', value: '九级' }],
    ['a skill level without a certificate number', { certificateNumber: '' }, { field: 'certificateNumber', header: '证书编号', reason: expect.stringContaining('证书编号不能为空') }],
    ['a certificate number with spaces', { certificateNumber: 'S500 001' }, { field: 'certificateNumber', value: 'S500 001' }],
    ['a certificate number over 64 characters', { certificateNumber: 'S'.repeat(65) }, { field: 'certificateNumber' }],
    ['a skill level without an issuing body', { issuingBody: '' }, { field: 'issuingBody', header: '发证机构' }],
    ['a skill level without an issue date', { issueDate: '' }, { field: 'issueDate', header: '发证日期' }],
    ['an issue date that is not a real date', { issueDate: '2019-02-30' }, { field: 'issueDate', reason: expect.stringContaining('不是有效日期'), value: '2019-02-30' }],
    ['an issue date in the future', { issueDate: '2025-03-02' }, { field: 'issueDate', reason: '发证日期不能晚于今天 the issue date is in the future' }],
    ['an issue date before the holder turned 16', { issueDate: '2004-03-14' }, { field: 'issueDate', reason: expect.stringContaining('年满16周岁') }],
    ['a certificate number without a skill level', { skillLevel: '', issuingBody: '', issueDate: '' }, { field: 'certificateNumber', reason: '填写了证书信息但未填写技能等级 certificate details need a skill level' }],
    ['garbled characters from a mis-encoded file', { name: '张\uFFFD' }, { field: 'name', reason: expect.stringContaining('乱码') }],
  ])('rejects %s, naming the row and the Chinese header', (_what, overrides, expected) => {
    expect(only(validRow(overrides))).toMatchObject({ rowNumber: 7, ...expected });
  });

  it('accepts an issue date of today in China even while it is still yesterday in UTC', () => {
    const lateEvening = new Date('2025-02-28T17:00:00Z'); // 01:00 on 1 March in Chongqing
    expect(validateImportRow({ rowNumber: 2, cells: validRow({ issueDate: '2025-03-01' }) }, lateEvening).ok).toBe(true);
  });

  it('accepts a certificate issued on the holder’s sixteenth birthday', () => {
    expect(validateImportRow({ rowNumber: 2, cells: validRow({ issueDate: '2004-03-15' }) }, TODAY).ok).toBe(true);
  });

  it('reports every problem of a row together, in column order', () => {
    const { errors } = rejected({ name: '', nationalId: VALID_ID.slice(0, 17) + 'Y', gender: 'x', districtCode: '火星', employerName: '', industryCode: '??', occupation: '', skillLevel: '高级工', certificateNumber: '', issuingBody: '', issueDate: '2030-01-01' }, 12);
    expect(errors.map((e) => [e.rowNumber, e.header])).toEqual([
      [12, '姓名'],
      [12, '身份证号'],
      [12, '性别'],
      [12, '区县'],
      [12, '工作单位'],
      [12, '行业'],
      [12, '职业（工种）'],
      [12, '证书编号'],
      [12, '发证机构'],
      [12, '发证日期'],
    ]);
  });

  it('never puts a national ID number into an error, whatever column it was typed into', () => {
    const badCheck = VALID_ID.slice(0, 17) + (VALID_ID[17] === '1' ? '2' : '1');
    const rows: Row[] = [
      validRow({ nationalId: badCheck }),
      validRow({ nationalId: badCheck, gender: '女' }),
      validRow({ gender: '女' }),
      validRow({ name: `张三${VALID_ID}` }),
      validRow({ districtCode: VALID_ID, industryCode: VALID_FEMALE_ID }),
      validRow({ certificateNumber: `${VALID_ID} ${VALID_ID}` }),
      validRow({ skillLevel: '', certificateNumber: VALID_ID }),
      validRow({ nationalId: `${VALID_ID}\uFFFD` }),
      validRow({ nationalId: VALID_ID.slice(0, 15) }),
      validRow({ occupation: `${VALID_ID}${'焊'.repeat(100)}` }),
    ];
    const everything = JSON.stringify(rows.map((cells) => validateImportRow({ rowNumber: 2, cells }, TODAY)).filter((r) => !r.ok));
    expect(everything.match(/"ok":false/g)).toHaveLength(rows.length);
    for (const id of [VALID_ID, VALID_FEMALE_ID, badCheck, VALID_ID.slice(0, 15), VALID_ID.slice(6, 14)]) expect(everything).not.toContain(id);
    expect(everything).toContain(`"value":"${VALID_ID.slice(0, 6)}********${badCheck.slice(14)}"`);
  });
});
