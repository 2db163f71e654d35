import { CONTRIBUTION_CRITERIA, DEPARTMENTS, findDistrict, SKILL_LEVELS } from '@bayu/reference';
import type { Locale } from '@bayu/ui';

const pick = (locale: Locale, named: { readonly nameZh: string; readonly nameEn: string }) => (locale === 'en' ? named.nameEn : named.nameZh);

export function districtName(code: string | undefined, locale: Locale): string | undefined {
  const district = code ? findDistrict(code) : undefined;
  return district ? pick(locale, district) : undefined;
}

/** A recommender's name in the UI language; the API's Chinese name, or the code, when the reference lacks it. */
export function recommenderName(recommender: { readonly kind: string; readonly code: string; readonly nameZh?: string }, locale: Locale): string {
  const known = recommender.kind === 'district' ? findDistrict(recommender.code) : DEPARTMENTS.find((d) => d.code === recommender.code);
  return known ? pick(locale, known) : (recommender.nameZh ?? recommender.code);
}

export function skillLevelName(code: string | undefined, locale: Locale): string | undefined {
  const level = SKILL_LEVELS.find((l) => l.code === code);
  return level ? pick(locale, level) : undefined;
}

export function criterionName(code: string, locale: Locale): string {
  const criterion = CONTRIBUTION_CRITERIA.find((c) => c.code === code);
  return criterion ? pick(locale, criterion) : code;
}

export function departmentOptions(locale: Locale): Array<{ value: string; label: string }> {
  return DEPARTMENTS.map((d) => ({ value: d.code, label: pick(locale, d) }));
}

export function skillLevelOptions(locale: Locale): Array<{ value: string; label: string }> {
  return SKILL_LEVELS.map((l) => ({ value: l.code, label: pick(locale, l) }));
}
