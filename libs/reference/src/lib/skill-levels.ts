/**
 * The 新八级工 ladder. `rank` orders the ladder; "high-skilled" (高技能人才) means 高级工 and above.
 * `grade` is the national occupational-qualification grade where one exists (五级 … 一级).
 */
export const SKILL_LEVELS = [
  { code: 'apprentice', rank: 0, grade: null, nameZh: '学徒工', nameEn: 'Apprentice' },
  { code: 'junior', rank: 1, grade: 5, nameZh: '初级工', nameEn: 'Junior worker (grade 5)' },
  { code: 'intermediate', rank: 2, grade: 4, nameZh: '中级工', nameEn: 'Intermediate worker (grade 4)' },
  { code: 'senior', rank: 3, grade: 3, nameZh: '高级工', nameEn: 'Senior worker (grade 3)' },
  { code: 'technician', rank: 4, grade: 2, nameZh: '技师', nameEn: 'Technician (grade 2)' },
  { code: 'senior-technician', rank: 5, grade: 1, nameZh: '高级技师', nameEn: 'Senior technician (grade 1)' },
  { code: 'principal-technician', rank: 6, grade: null, nameZh: '特级技师', nameEn: 'Principal technician' },
  { code: 'chief-technician', rank: 7, grade: null, nameZh: '首席技师', nameEn: 'Chief technician' },
] as const;

export type SkillLevel = (typeof SKILL_LEVELS)[number]['code'];

export const SKILL_LEVEL_CODES = SKILL_LEVELS.map((l) => l.code) as unknown as readonly [SkillLevel, ...SkillLevel[]];

const rankOf = new Map<SkillLevel, number>(SKILL_LEVELS.map((l) => [l.code, l.rank]));

export function skillLevelRank(level: SkillLevel): number {
  const rank = rankOf.get(level);
  if (rank === undefined) throw new RangeError(`unknown skill level ${String(level)}`);
  return rank;
}

/** 高技能人才: 高级工 (senior) and above. */
export function isHighSkilled(level: SkillLevel): boolean {
  return skillLevelRank(level) >= skillLevelRank('senior');
}

/** The highest of the given levels, or undefined when there are none. */
export function highestSkillLevel(levels: Iterable<SkillLevel>): SkillLevel | undefined {
  let best: SkillLevel | undefined;
  for (const level of levels) {
    if (best === undefined || skillLevelRank(level) > skillLevelRank(best)) best = level;
  }
  return best;
}
