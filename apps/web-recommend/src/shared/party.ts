/** Which side of the endorsement chain the signed-in user is on in this app. */
export type Party = 'employer' | 'central-unit' | 'district' | 'department';

/** The app's role of a user (the first that applies); null when the user has none of them. */
export function partyOf(user: { readonly roles: readonly string[] } | null | undefined): Party | null {
  if (!user) return null;
  for (const party of ['central-unit', 'employer', 'district', 'department'] as const) if (user.roles.includes(party)) return party;
  return null;
}

/** Employers and central units fill forms. */
export function fillsForms(party: Party | null): party is 'employer' | 'central-unit' {
  return party === 'employer' || party === 'central-unit';
}

/** Districts and departments recommend: they endorse or return the forms that come to them. */
export function recommends(party: Party | null): party is 'district' | 'department' {
  return party === 'district' || party === 'department';
}
