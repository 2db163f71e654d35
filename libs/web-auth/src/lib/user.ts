import { jwtPayload } from './pkce';

/** The realm roles the agency UIs act on (deploy/keycloak/realm-bayu.json). */
export type PlatformRole =
  | 'hrss'
  | 'national-id-reader'
  | 'skills-office'
  | 'union'
  | 'daily'
  | 'district'
  | 'department'
  | 'central-unit'
  | 'employer'
  | 'expert'
  | 'training-base'
  | 'school';

/** Who is signed in, read from the access token the gateway will check; the UI only hides, the API decides. */
export interface SignedInUser {
  readonly subject: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly agency?: string;
  readonly districtCode?: string;
  readonly departmentCode?: string;
  readonly employerId?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function userFromAccessToken(accessToken: string): SignedInUser {
  const claims = jwtPayload(accessToken);
  const realmAccess = claims['realm_access'] as { roles?: unknown } | undefined;
  const roles = Array.isArray(realmAccess?.roles) ? realmAccess.roles.filter((r): r is string => typeof r === 'string') : [];
  const username = text(claims['preferred_username']) ?? text(claims['sub']) ?? '';
  return {
    subject: text(claims['sub']) ?? '',
    username,
    displayName: text(claims['display_name']) ?? text(claims['name']) ?? username,
    roles,
    ...(text(claims['agency']) ? { agency: text(claims['agency']) } : {}),
    ...(text(claims['district_code']) ? { districtCode: text(claims['district_code']) } : {}),
    ...(text(claims['department_code']) ? { departmentCode: text(claims['department_code']) } : {}),
    ...(text(claims['employer_id']) ? { employerId: text(claims['employer_id']) } : {}),
  };
}

export function hasAnyRole(user: SignedInUser | null | undefined, roles: readonly PlatformRole[]): boolean {
  return !!user && roles.some((role) => user.roles.includes(role));
}
