import { isRealmRole, type AgencyRole, type RealmRole, AGENCY_ROLES } from '@bayu/reference';

/** Who is calling, as read from a validated access token. */
export interface Principal {
  readonly subject: string;
  readonly username: string;
  readonly displayName?: string;
  readonly roles: ReadonlySet<RealmRole>;
  readonly agency?: AgencyRole;
  readonly districtCode?: string;
  readonly departmentCode?: string;
  readonly employerId?: string;
  /** The client the token was issued to (`azp`). */
  readonly clientId: string;
  readonly isServiceAccount: boolean;
}

/** The claims of a Keycloak access token that the platform reads. */
export interface AccessTokenClaims {
  readonly sub?: string;
  readonly exp?: number;
  readonly azp?: string;
  readonly preferred_username?: string;
  readonly display_name?: string;
  readonly name?: string;
  readonly realm_access?: { readonly roles?: readonly string[] };
  readonly agency?: string;
  readonly district_code?: string;
  readonly department_code?: string;
  readonly employer_id?: string;
  readonly [claim: string]: unknown;
}

const nonEmpty = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

export function principalFromClaims(claims: AccessTokenClaims): Principal {
  const roles = new Set<RealmRole>((claims.realm_access?.roles ?? []).filter(isRealmRole));
  const username = nonEmpty(claims.preferred_username) ?? nonEmpty(claims.sub) ?? 'unknown';
  const agency = (AGENCY_ROLES as readonly string[]).includes(claims.agency ?? '') ? (claims.agency as AgencyRole) : undefined;
  const displayName = nonEmpty(claims.display_name) ?? nonEmpty(claims.name);
  const districtCode = nonEmpty(claims.district_code);
  const departmentCode = nonEmpty(claims.department_code);
  const employerId = nonEmpty(claims.employer_id);
  return {
    subject: nonEmpty(claims.sub) ?? username,
    username,
    roles,
    clientId: nonEmpty(claims.azp) ?? 'unknown',
    isServiceAccount: username.startsWith('service-account-'),
    ...(displayName ? { displayName } : {}),
    ...(agency ? { agency } : {}),
    ...(districtCode ? { districtCode } : {}),
    ...(departmentCode ? { departmentCode } : {}),
    ...(employerId ? { employerId } : {}),
  };
}

export function hasAnyRole(principal: Principal, roles: readonly RealmRole[]): boolean {
  return roles.some((r) => principal.roles.has(r));
}
