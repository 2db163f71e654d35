import type { RealmRole } from '@bayu/reference';
import { authProblems } from './auth.problems';
import { hasAnyRole, type Principal } from './principal';

/**
 * The rows a caller may see or change. Repositories take one of these for every query, so a query that
 * forgets the caller's district or employer cannot be written.
 */
export type DataScope =
  | { readonly kind: 'city' }
  | { readonly kind: 'district'; readonly districtCode: string }
  | { readonly kind: 'department'; readonly departmentCode: string }
  | { readonly kind: 'employer'; readonly employerId: string; readonly districtCode?: string };

export interface ScopeRules {
  /** Roles that see the whole city in this service. */
  readonly cityWide: readonly RealmRole[];
}

export function dataScopeOf(principal: Principal, rules: ScopeRules): DataScope {
  if (hasAnyRole(principal, rules.cityWide)) return { kind: 'city' };
  if ((principal.roles.has('district') || principal.roles.has('central-unit')) && principal.districtCode) {
    return { kind: 'district', districtCode: principal.districtCode };
  }
  if (principal.roles.has('department') && principal.departmentCode) return { kind: 'department', departmentCode: principal.departmentCode };
  if (principal.roles.has('employer') && principal.employerId) {
    return { kind: 'employer', employerId: principal.employerId, ...(principal.districtCode ? { districtCode: principal.districtCode } : {}) };
  }
  throw authProblems.raise('out-of-scope', { detail: 'your account is not attached to a district, department or employer' });
}

export function describeScope(scope: DataScope): string {
  switch (scope.kind) {
    case 'city':
      return 'city';
    case 'district':
      return `district:${scope.districtCode}`;
    case 'department':
      return `department:${scope.departmentCode}`;
    case 'employer':
      return `employer:${scope.employerId}`;
  }
}
