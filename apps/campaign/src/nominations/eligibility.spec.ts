import { assessEligibility, type CandidateRecord } from './eligibility';

const credential = (overrides: Partial<CandidateRecord['credentials'][number]>) => ({ kind: 'skill-level', skillLevel: null, titleField: null, titleGrade: null, heritageLevel: null, revoked: false, ...overrides });
const record = (credentials: CandidateRecord['credentials'] = [], honours: CandidateRecord['honours'] = []): CandidateRecord => ({ registered: true, credentials, honours });
const innovation = [{ criterion: 'innovation' }];
const failed = (r: CandidateRecord, contributions = innovation) => assessEligibility(r, contributions).checks.filter((c) => !c.ok).map((c) => c.rule);

describe('eligibility for 最美巴渝工匠 (seed 002)', () => {
  it('accepts a technician or above with a contribution and no earlier award', () => {
    expect(assessEligibility(record([credential({ skillLevel: 'technician' })]), innovation)).toMatchObject({ eligible: true });
    expect(failed(record([credential({ skillLevel: 'chief-technician' })]))).toEqual([]);
  });

  it('refuses a senior worker (高级工), and a technician whose certificate was revoked', () => {
    expect(failed(record([credential({ skillLevel: 'senior' })]))).toEqual(['qualification']);
    expect(failed(record([credential({ skillLevel: 'technician', revoked: true })]))).toEqual(['qualification']);
  });

  it('accepts a municipal or national heritage inheritor, by certificate or by honour, but not a district one', () => {
    expect(failed(record([credential({ kind: 'heritage-inheritor', heritageLevel: 'municipal' })]))).toEqual([]);
    expect(failed(record([], [{ kind: 'heritage-inheritor', level: 'national' }]))).toEqual([]);
    expect(failed(record([], [{ kind: 'heritage-inheritor', level: 'provincial' }]))).toEqual([]);
    expect(failed(record([credential({ kind: 'heritage-inheritor', heritageLevel: 'district' })]))).toEqual(['qualification']);
  });

  it('accepts a mid-level title only in the listed fields', () => {
    expect(failed(record([credential({ kind: 'professional-title', titleField: 'cultural-relics', titleGrade: 'intermediate' })]))).toEqual([]);
    expect(failed(record([credential({ kind: 'professional-title', titleField: 'cultural-relics', titleGrade: 'junior' })]))).toEqual(['qualification']);
    expect(failed(record([credential({ kind: 'professional-title', titleField: 'other', titleGrade: 'senior' })]))).toEqual(['qualification']);
  });

  it('needs a contribution criterion, and refuses someone already named, whatever else holds', () => {
    expect(failed(record([credential({ skillLevel: 'technician' })]), [])).toEqual(['contribution']);
    expect(failed(record([credential({ skillLevel: 'technician' })], [{ kind: 'most-beautiful-craftsman', level: 'municipal' }]))).toEqual(['not-already-awarded']);
    expect(failed(record([credential({ skillLevel: 'technician' })], [{ kind: 'most-beautiful-craftsman-nomination', level: 'municipal' }]))).toEqual([]);
  });

  it('cannot check the qualification of someone not on the register, and says so', () => {
    const result = assessEligibility({ registered: false, credentials: [], honours: [] }, innovation);
    expect(result.eligible).toBe(false);
    expect(result.checks[0]).toMatchObject({ rule: 'qualification', ok: false, detailEn: expect.stringContaining('Not on the talent register') });
  });
});
