/**
 * Who uses the platform (DOMAIN.md). Each agency is also a realm role in the SSO realm `bayu`
 * (deploy/keycloak/realm-bayu.json); tokens carry it in `realm_access.roles` and in the `agency` claim.
 */
export const AGENCY_ROLES = [
  'skills-office',
  'hrss',
  'union',
  'daily',
  'district',
  'department',
  'central-unit',
  'employer',
  'expert',
  'training-base',
  'school',
  'integrator',
] as const;

export type AgencyRole = (typeof AGENCY_ROLES)[number];

/** Roles that grant a capability rather than name an agency. */
export const CAPABILITY_ROLES = ['national-id-reader', 'service'] as const;
export type CapabilityRole = (typeof CAPABILITY_ROLES)[number];

export type RealmRole = AgencyRole | CapabilityRole;

export const REALM_ROLES: readonly RealmRole[] = [...AGENCY_ROLES, ...CAPABILITY_ROLES];

export function isRealmRole(value: string): value is RealmRole {
  return (REALM_ROLES as readonly string[]).includes(value);
}

export const AGENCY_NAMES: Record<AgencyRole, { zh: string; en: string }> = {
  'skills-office': { zh: '重庆市高技能人才工作联席会办公室', en: 'Municipal High-Skilled Talent Office' },
  hrss: { zh: '市人力资源和社会保障局', en: 'Municipal Human Resources and Social Security Bureau' },
  union: { zh: '市总工会', en: 'Municipal Federation of Trade Unions' },
  daily: { zh: '重庆日报', en: 'Chongqing Daily' },
  district: { zh: '区县人力社保局', en: 'District HR and Social Security Bureau' },
  department: { zh: '市级行业主管部门', en: 'Municipal Industry Department' },
  'central-unit': { zh: '中央在渝单位', en: 'Central Unit in Chongqing' },
  employer: { zh: '所在单位', en: 'Employer' },
  expert: { zh: '专家组', en: 'Expert Panel' },
  'training-base': { zh: '培训基地', en: 'Training Base' },
  school: { zh: '职业院校', en: 'Vocational School' },
  integrator: { zh: '对接系统', en: 'Integrator' },
};
