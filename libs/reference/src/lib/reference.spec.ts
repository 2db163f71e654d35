import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPARTMENT_CODES, DISTRICTS, ETHNIC_GROUPS, findDistrict, highestSkillLevel, isHighSkilled, SKILL_LEVELS } from '../index';

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

import { districtCodeOf, industryCodeOf, skillLevelOf } from '../index';

describe('reading values as spreadsheets write them', () => {
  it.each([
    ['高级工', 'senior'],
    ['三级', 'senior'],
    ['3', 'senior'],
    ['高级工（三级）', 'senior'],
    ['高级工(三级)', 'senior'],
    ['技师', 'technician'],
    ['首席技师', 'chief-technician'],
    ['senior-technician', 'senior-technician'],
  ])('reads the skill level %s as %s', (input, level) => {
    expect(skillLevelOf(input)).toBe(level);
  });

  it('reads districts and industries by code or Chinese name, and nothing else', () => {
    expect(districtCodeOf('渝中区')).toBe('500103');
    expect(districtCodeOf('城口')).toBe('500229');
    expect(districtCodeOf('500229')).toBe('500229');
    expect(districtCodeOf('两江新区')).toBe('LJXQ');
    expect(districtCodeOf('北京')).toBeUndefined();
    expect(industryCodeOf('制造业')).toBe('C');
    expect(industryCodeOf('c')).toBe('C');
    expect(skillLevelOf('特级')).toBeUndefined();
  });

  it('lists the 56 nationalities once each, and every department the SSO realm names', () => {
    expect(new Set(ETHNIC_GROUPS).size).toBe(56);
    const realm = JSON.parse(readFileSync(join(__dirname, '../../../../deploy/keycloak/realm-bayu.json'), 'utf8')) as { users: Array<{ attributes?: { department_code?: string[] } }> };
    const named = realm.users.flatMap((u) => u.attributes?.department_code ?? []);
    expect(named.length).toBeGreaterThan(0);
    for (const code of named) expect(DEPARTMENT_CODES).toContain(code);
    expect(new Set(DEPARTMENT_CODES).size).toBe(DEPARTMENT_CODES.length);
  });
});
