import { DISTRICTS, findDistrict, highestSkillLevel, isHighSkilled, SKILL_LEVELS } from '../index';

describe('reference data', () => {
  it('lists the 38 districts and counties plus three special zones, each code once', () => {
    expect(DISTRICTS.filter((x) => x.kind !== 'zone')).toHaveLength(38);
    expect(DISTRICTS.filter((x) => x.kind === 'zone')).toHaveLength(3);
    expect(new Set(DISTRICTS.map((x) => x.code)).size).toBe(DISTRICTS.length);
  });

  it('finds 城口县 by its GB/T 2260 code', () => {
    expect(findDistrict('500229')?.nameZh).toBe('城口县');
    expect(findDistrict('999999')).toBeUndefined();
  });

  it('counts 高级工 and above as high-skilled and nothing below', () => {
    const high = SKILL_LEVELS.filter((l) => isHighSkilled(l.code)).map((l) => l.nameZh);
    expect(high).toEqual(['高级工', '技师', '高级技师', '特级技师', '首席技师']);
  });

  it('picks the highest level on the ladder regardless of order', () => {
    expect(highestSkillLevel(['technician', 'junior', 'senior'])).toBe('technician');
    expect(highestSkillLevel([])).toBeUndefined();
  });
});
