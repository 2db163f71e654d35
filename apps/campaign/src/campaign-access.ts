import type { RealmRole } from '@bayu/reference';

/** Agencies that take part in a campaign and may read its settings and dates. */
export const CAMPAIGN_PARTICIPANTS: [RealmRole, ...RealmRole[]] = ['skills-office', 'district', 'department', 'employer', 'union', 'daily', 'expert'];

/** Who works on recommendation forms; each is scoped to its own forms in the repository. */
export const NOMINATION_PARTIES: [RealmRole, ...RealmRole[]] = ['skills-office', 'district', 'department', 'employer'];

/** Only the skills office sees every form; the others are scoped to the forms that are theirs. */
export const NOMINATION_SCOPE = { cityWide: ['skills-office'] } as const;
