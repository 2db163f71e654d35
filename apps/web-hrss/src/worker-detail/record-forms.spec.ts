import { describe, expect, it } from 'vitest';
import { certificateBody, checkCertificateForm, checkHonourForm, defaultHonourLevel, emptyCertificateForm, emptyHonourForm, honourBody } from './record-forms';

const today = '2026-06-01';

describe('the certificate form', () => {
  it('asks for the fields of the chosen kind', () => {
    expect(Object.keys(checkCertificateForm(emptyCertificateForm('焊工'), today)).sort()).toEqual(['certificateNumber', 'issueDate', 'issuingBody', 'skillLevel']);
    expect(Object.keys(checkCertificateForm({ ...emptyCertificateForm(), kind: 'heritage-inheritor' }, today)).sort()).toEqual(['certificateNumber', 'heritageItem', 'heritageLevel', 'issueDate', 'issuingBody']);
  });

  it('refuses a number with spaces and a date in the future', () => {
    const values = { ...emptyCertificateForm('焊工'), skillLevel: 'technician', certificateNumber: 'S 1', issuingBody: '中心', issueDate: '2027-01-01' };
    expect(checkCertificateForm(values, today)).toEqual({ certificateNumber: 'error.noSpaces', issueDate: 'error.future' });
  });

  it('sends only the fields of its kind', () => {
    const common = { certificateNumber: ' GW-1 ', issuingBody: ' 重庆市职业技能鉴定指导中心 ', issueDate: '2019-05-20' };
    expect(certificateBody({ ...emptyCertificateForm('电工'), ...common, skillLevel: 'technician', titleField: 'engineering' })).toEqual({
      kind: 'skill-level',
      skillLevel: 'technician',
      occupation: '电工',
      certificateNumber: 'GW-1',
      issuingBody: '重庆市职业技能鉴定指导中心',
      issueDate: '2019-05-20',
    });
    expect(certificateBody({ ...emptyCertificateForm('电工'), ...common, kind: 'professional-title', titleField: 'engineering', titleGrade: 'intermediate' })).toEqual({
      kind: 'professional-title',
      titleField: 'engineering',
      titleGrade: 'intermediate',
      certificateNumber: 'GW-1',
      issuingBody: '重庆市职业技能鉴定指导中心',
      issueDate: '2019-05-20',
    });
    expect(certificateBody({ ...emptyCertificateForm(), ...common, kind: 'heritage-inheritor', heritageLevel: 'municipal', heritageItem: ' 峡砚制作技艺 ' })).toMatchObject({
      kind: 'heritage-inheritor',
      heritageLevel: 'municipal',
      heritageItem: '峡砚制作技艺',
    });
  });
});

describe('the honour form', () => {
  it('prefills the usual level of an honour', () => {
    expect(defaultHonourLevel('china-skills-award')).toBe('national');
    expect(defaultHonourLevel('competition-prize')).toBe('');
  });

  it('checks kind, level, year and granting body', () => {
    expect(checkHonourForm(emptyHonourForm(2026), 2026)).toEqual({ kind: 'error.required', level: 'error.required', grantingBody: 'error.required' });
    expect(checkHonourForm({ kind: 'worldskills-silver', level: 'international', year: '2027', grantingBody: '世界技能组织', citation: '' }, 2026)).toEqual({ year: 'error.honourYear' });
  });

  it('sends the year as a number and leaves out an empty citation', () => {
    expect(honourBody({ kind: 'worldskills-silver', level: 'international', year: ' 2019 ', grantingBody: ' 世界技能组织 ', citation: ' ' })).toEqual({
      kind: 'worldskills-silver',
      level: 'international',
      year: 2019,
      grantingBody: '世界技能组织',
    });
  });
});
