import { dataScopeOf, type DataScope, type Principal } from '@bayu/platform/auth';
import type { RealmRole } from '@bayu/reference';

/** Agencies that take part in a campaign and may read its settings and dates. */
export const CAMPAIGN_PARTICIPANTS: [RealmRole, ...RealmRole[]] = ['skills-office', 'district', 'department', 'employer', 'central-unit', 'union', 'daily', 'expert'];

/** Who works on recommendation forms; each is scoped to its own forms in the repository. */
export const NOMINATION_PARTIES: [RealmRole, ...RealmRole[]] = ['skills-office', 'district', 'department', 'employer', 'central-unit'];

/** Who fills forms: employers, and central units in Chongqing, which recommend through their district (seed 002). */
export const FORM_FILLERS: [RealmRole, ...RealmRole[]] = ['employer', 'central-unit'];

/** Only the skills office sees every form; the others are scoped to the forms that are theirs. */
export const NOMINATION_SCOPE = { cityWide: ['skills-office'] } as const;

/**
 * The forms a caller works on. A central unit fills its own forms like an employer (its account is the
 * employer identity; it has no employer id in the SSO) and sees only those, not its whole district.
 */
export function nominationScopeOf(principal: Principal): DataScope {
  if (!principal.roles.has('skills-office') && principal.roles.has('central-unit')) {
    return { kind: 'employer', employerId: centralUnitEmployerId(principal), ...(principal.districtCode ? { districtCode: principal.districtCode } : {}) };
  }
  return dataScopeOf(principal, NOMINATION_SCOPE);
}

export const centralUnitEmployerId = (principal: Principal) => `central-unit:${principal.subject}`;
