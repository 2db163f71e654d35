import { DISTRICTS, HERITAGE_LEVELS, HONOUR_KINDS, INDUSTRIES, SKILL_LEVELS, TITLE_FIELDS, TITLE_GRADES } from '@bayu/reference';
import type { Locale, SelectOption } from '@bayu/ui';

/** A vocabulary entry of @bayu/reference: a code with Chinese and English names. */
export interface Named {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

/** The name of `code` in the UI language; the code itself when the vocabulary does not know it. */
export function nameOf(list: readonly Named[], code: string | null | undefined, locale: Locale): string {
  if (!code) return '';
  const entry = list.find((x) => x.code === code);
  if (!entry) return code;
  return locale === 'en' ? entry.nameEn : entry.nameZh;
}

/** Select options of a vocabulary, in its own order. */
export function optionsOf(list: readonly Named[], locale: Locale): SelectOption[] {
  return list.map((x) => ({ value: x.code, label: locale === 'en' ? x.nameEn : x.nameZh }));
}

export const VOCABULARIES = {
  district: DISTRICTS,
  industry: INDUSTRIES,
  level: SKILL_LEVELS,
  honour: HONOUR_KINDS,
  titleField: TITLE_FIELDS,
  titleGrade: TITLE_GRADES,
  heritageLevel: HERITAGE_LEVELS,
} as const satisfies Record<string, readonly Named[]>;

export type Vocabulary = keyof typeof VOCABULARIES;

/** Labels and options of every vocabulary for one locale. */
export function labelsFor(locale: Locale) {
  return {
    name: (vocabulary: Vocabulary, code: string | null | undefined) => nameOf(VOCABULARIES[vocabulary], code, locale),
    options: (vocabulary: Vocabulary) => optionsOf(VOCABULARIES[vocabulary], locale),
  };
}

export type Labels = ReturnType<typeof labelsFor>;
