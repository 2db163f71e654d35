import { highestSkillLevel, isHighSkilled, SKILL_LEVEL_CODES, type SkillLevel } from '@bayu/reference';

export interface SkillCertificateFacts {
  readonly kind: string;
  readonly skillLevel: string | null;
  readonly status: string;
}

/**
 * A worker's level is derived, never typed in: the highest skill level among their valid skill-level
 * certificates, or null without one.
 */
export function deriveLevel(certificates: readonly SkillCertificateFacts[]): { currentLevel: SkillLevel | null; highSkilled: boolean } {
  const levels = certificates
    .filter((c) => c.kind === 'skill-level' && c.status === 'valid' && c.skillLevel !== null)
    .map((c) => c.skillLevel as string)
    .filter((l): l is SkillLevel => (SKILL_LEVEL_CODES as readonly string[]).includes(l));
  const currentLevel = highestSkillLevel(levels) ?? null;
  return { currentLevel, highSkilled: currentLevel !== null && isHighSkilled(currentLevel) };
}
