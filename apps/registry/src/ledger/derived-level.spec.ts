import { deriveLevel } from './derived-level';

const cert = (skillLevel: string, status = 'valid', kind = 'skill-level') => ({ kind, skillLevel, status });

describe('derived skill level', () => {
  it('is the highest valid skill-level certificate', () => {
    expect(deriveLevel([cert('intermediate'), cert('technician'), cert('senior')])).toEqual({ currentLevel: 'technician', highSkilled: true });
  });

  it('ignores revoked certificates and other kinds of qualification', () => {
    expect(deriveLevel([cert('senior-technician', 'revoked'), cert('junior'), { kind: 'professional-title', skillLevel: null, status: 'valid' }])).toEqual({
      currentLevel: 'junior',
      highSkilled: false,
    });
  });

  it('is null without any valid skill-level certificate', () => {
    expect(deriveLevel([])).toEqual({ currentLevel: null, highSkilled: false });
  });

  it('counts 高级工 as high-skilled and 中级工 not', () => {
    expect(deriveLevel([cert('senior')]).highSkilled).toBe(true);
    expect(deriveLevel([cert('intermediate')]).highSkilled).toBe(false);
  });
});
