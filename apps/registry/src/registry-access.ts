import type { RealmRole } from '@bayu/reference';

/** Who may read the register: hrss owns it, the skills office selects from it, districts and employers see their own. */
export const REGISTRY_READERS: [RealmRole, ...RealmRole[]] = ['hrss', 'skills-office', 'district', 'central-unit', 'employer'];

/** Roles that see the whole city in the registry; others are scoped to their district or employer. */
export const REGISTRY_SCOPE = { cityWide: ['hrss', 'skills-office'] } as const;
