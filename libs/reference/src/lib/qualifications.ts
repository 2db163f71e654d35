import { SKILL_LEVELS, type SkillLevel } from './skill-levels';

/**
 * Fields in which a mid-level or higher professional title makes a worker eligible for 最美巴渝工匠
 * (seed 002): engineering, agriculture, arts and crafts, cultural relics, laboratory technique, art, sport.
 */
export const TITLE_FIELDS = [
  { code: 'engineering', nameZh: '工程', nameEn: 'Engineering' },
  { code: 'agriculture', nameZh: '农业', nameEn: 'Agriculture' },
  { code: 'arts-crafts', nameZh: '工艺美术', nameEn: 'Arts and crafts' },
  { code: 'cultural-relics', nameZh: '文物博物', nameEn: 'Cultural relics and museums' },
  { code: 'laboratory', nameZh: '实验技术', nameEn: 'Laboratory technique' },
  { code: 'art', nameZh: '艺术', nameEn: 'Art' },
  { code: 'sport', nameZh: '体育', nameEn: 'Sport' },
  { code: 'other', nameZh: '其他', nameEn: 'Other' },
] as const;
export type TitleField = (typeof TITLE_FIELDS)[number]['code'];
export const TITLE_FIELD_CODES = TITLE_FIELDS.map((f) => f.code) as unknown as readonly [TitleField, ...TitleField[]];

export const TITLE_GRADES = [
  { code: 'junior', rank: 1, nameZh: '初级', nameEn: 'Junior' },
  { code: 'intermediate', rank: 2, nameZh: '中级', nameEn: 'Intermediate' },
  { code: 'deputy-senior', rank: 3, nameZh: '副高级', nameEn: 'Deputy senior' },
  { code: 'senior', rank: 4, nameZh: '正高级', nameEn: 'Senior' },
] as const;
export type TitleGrade = (typeof TITLE_GRADES)[number]['code'];
export const TITLE_GRADE_CODES = TITLE_GRADES.map((g) => g.code) as unknown as readonly [TitleGrade, ...TitleGrade[]];

/** 非遗传承人 levels; municipal and above count for eligibility. */
export const HERITAGE_LEVELS = [
  { code: 'national', rank: 3, nameZh: '国家级', nameEn: 'National' },
  { code: 'municipal', rank: 2, nameZh: '市级', nameEn: 'Municipal' },
  { code: 'district', rank: 1, nameZh: '区县级', nameEn: 'District' },
] as const;
export type HeritageLevel = (typeof HERITAGE_LEVELS)[number]['code'];
export const HERITAGE_LEVEL_CODES = HERITAGE_LEVELS.map((h) => h.code) as unknown as readonly [HeritageLevel, ...HeritageLevel[]];

const LEVEL_ALIASES = new Map<string, SkillLevel>();
for (const level of SKILL_LEVELS) {
  LEVEL_ALIASES.set(level.code, level.code);
  LEVEL_ALIASES.set(level.nameZh, level.code);
  if (level.grade !== null) {
    LEVEL_ALIASES.set(`${'一二三四五'[level.grade - 1]}级`, level.code);
    LEVEL_ALIASES.set(String(level.grade), level.code);
    LEVEL_ALIASES.set(`${level.nameZh}（${'一二三四五'[level.grade - 1]}级）`, level.code);
  }
}

/** Reads a skill level as spreadsheets write it: 高级工, 三级, 3, senior, 高级工（三级）. */
export function skillLevelOf(value: string): SkillLevel | undefined {
  return LEVEL_ALIASES.get(value.trim().replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）'));
}
