/** Honours a worker can hold (DOMAIN.md "Honours a worker can hold"). */
export const HONOUR_KINDS = [
  { code: 'china-skills-award', nameZh: '中华技能大奖', nameEn: 'China Skills Award', level: 'national' },
  { code: 'national-technical-expert', nameZh: '全国技术能手', nameEn: 'National Technical Expert', level: 'national' },
  { code: 'chongqing-skills-master', nameZh: '重庆技能大师', nameEn: 'Chongqing Skills Master', level: 'municipal' },
  { code: 'municipal-technical-expert', nameZh: '全市技术能手', nameEn: 'Municipal Technical Expert', level: 'municipal' },
  { code: 'national-model-worker', nameZh: '全国劳动模范', nameEn: 'National Model Worker', level: 'national' },
  { code: 'national-may-day-medal', nameZh: '全国五一劳动奖章', nameEn: 'National May Day Labour Medal', level: 'national' },
  { code: 'state-council-allowance', nameZh: '国务院政府特殊津贴', nameEn: 'State Council Special Allowance', level: 'national' },
  { code: 'worldskills-gold', nameZh: '世界技能大赛金牌', nameEn: 'WorldSkills Gold Medal', level: 'international' },
  { code: 'worldskills-silver', nameZh: '世界技能大赛银牌', nameEn: 'WorldSkills Silver Medal', level: 'international' },
  { code: 'worldskills-bronze', nameZh: '世界技能大赛铜牌', nameEn: 'WorldSkills Bronze Medal', level: 'international' },
  { code: 'heritage-inheritor', nameZh: '非物质文化遗产代表性传承人', nameEn: 'Intangible Cultural Heritage Inheritor', level: 'varies' },
  { code: 'most-beautiful-craftsman', nameZh: '最美巴渝工匠', nameEn: 'Most Beautiful Bayu Craftsman', level: 'municipal' },
  { code: 'most-beautiful-craftsman-nomination', nameZh: '最美巴渝工匠提名', nameEn: 'Most Beautiful Bayu Craftsman Nomination', level: 'municipal' },
  { code: 'competition-prize', nameZh: '技能竞赛奖项', nameEn: 'Skills Competition Prize', level: 'varies' },
] as const;

export type HonourKind = (typeof HONOUR_KINDS)[number]['code'];
export const HONOUR_KIND_CODES = HONOUR_KINDS.map((h) => h.code) as unknown as readonly [HonourKind, ...HonourKind[]];

export const HONOUR_LEVELS = ['international', 'national', 'provincial', 'municipal', 'district', 'company'] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];
