import { HERITAGE_LEVELS, skillLevelRank, TITLE_GRADES, type SkillLevel } from '@bayu/reference';

/** What the campaign knows of a candidate from the registry's events (empty when not on the register). */
export interface CandidateRecord {
  readonly registered: boolean;
  readonly credentials: ReadonlyArray<{ kind: string; skillLevel: string | null; titleField: string | null; titleGrade: string | null; heritageLevel: string | null; revoked: boolean }>;
  readonly honours: ReadonlyArray<{ kind: string; level: string }>;
}

export type EligibilityRule = 'qualification' | 'contribution' | 'not-already-awarded';

export interface EligibilityCheck {
  readonly rule: EligibilityRule;
  readonly ok: boolean;
  readonly detailZh: string;
  readonly detailEn: string;
}

export interface Eligibility {
  readonly eligible: boolean;
  readonly checks: readonly EligibilityCheck[];
}

/** Title fields named by seed 002: engineering, agriculture, arts and crafts, cultural relics, laboratory, art, sport. */
const LISTED_TITLE_FIELDS = new Set(['engineering', 'agriculture', 'arts-crafts', 'cultural-relics', 'laboratory', 'art', 'sport']);
const TECHNICIAN = skillLevelRank('technician');
const INTERMEDIATE_TITLE = TITLE_GRADES.find((g) => g.code === 'intermediate')?.rank ?? 2;
const MUNICIPAL_HERITAGE = HERITAGE_LEVELS.find((h) => h.code === 'municipal')?.rank ?? 2;
// Honours carry the wider level vocabulary; Chongqing is a provincial-level municipality, so its
// provincial level is the municipal one.
const HONOUR_LEVEL_AS_HERITAGE: Record<string, string> = { international: 'national', provincial: 'municipal' };
const heritageRank = (level: string | null) => HERITAGE_LEVELS.find((h) => h.code === (HONOUR_LEVEL_AS_HERITAGE[level ?? ''] ?? level))?.rank ?? 0;
const titleRank = (grade: string | null) => TITLE_GRADES.find((g) => g.code === grade)?.rank ?? 0;

function qualification(record: CandidateRecord): EligibilityCheck {
  const check = (ok: boolean, detailZh: string, detailEn: string): EligibilityCheck => ({ rule: 'qualification', ok, detailZh, detailEn });
  if (!record.registered) return check(false, '人才库中未找到此人，无法核验技能等级与职称', 'Not on the talent register, so levels and titles cannot be checked');
  const valid = record.credentials.filter((c) => !c.revoked);
  const level = valid.find((c) => c.kind === 'skill-level' && c.skillLevel && skillLevelRank(c.skillLevel as SkillLevel) >= TECHNICIAN);
  if (level) return check(true, '持有技师及以上职业资格（技能等级）证书', 'Holds a technician-or-higher skill certificate');
  const heritage =
    valid.some((c) => c.kind === 'heritage-inheritor' && heritageRank(c.heritageLevel) >= MUNICIPAL_HERITAGE) ||
    record.honours.some((h) => h.kind === 'heritage-inheritor' && heritageRank(h.level) >= MUNICIPAL_HERITAGE);
  if (heritage) return check(true, '市级及以上非物质文化遗产代表性传承人', 'A municipal-or-higher heritage inheritor');
  const title = valid.find((c) => c.kind === 'professional-title' && titleRank(c.titleGrade) >= INTERMEDIATE_TITLE && LISTED_TITLE_FIELDS.has(c.titleField ?? ''));
  if (title) return check(true, '具有所列系列中级及以上专业技术职称', 'Holds a mid-level-or-higher title in a listed field');
  return check(false, '未持有技师及以上证书、市级及以上非遗传承人称号或所列系列中级及以上职称', 'No technician-or-higher certificate, municipal heritage title or mid-level title in a listed field');
}

/** The eligibility rules of seed 002, each with its reason, so the form can show why. */
export function assessEligibility(record: CandidateRecord, contributions: ReadonlyArray<{ criterion: string }>): Eligibility {
  const awarded = record.honours.some((h) => h.kind === 'most-beautiful-craftsman');
  const checks: EligibilityCheck[] = [
    qualification(record),
    contributions.length > 0
      ? { rule: 'contribution', ok: true, detailZh: `符合${contributions.length}项贡献条件`, detailEn: `Meets ${contributions.length} contribution criteria` }
      : { rule: 'contribution', ok: false, detailZh: '未勾选任何贡献条件', detailEn: 'No contribution criterion ticked' },
    awarded
      ? { rule: 'not-already-awarded', ok: false, detailZh: '已获评“最美巴渝工匠”', detailEn: 'Already named a Most Beautiful Bayu Craftsman' }
      : { rule: 'not-already-awarded', ok: true, detailZh: '未曾获评“最美巴渝工匠”', detailEn: 'Not named before' },
  ];
  return { eligible: checks.every((c) => c.ok), checks };
}
