import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import type { RealmRole } from '@bayu/reference';
import type { Principal } from './principal';

export const ACCESS_POLICY = 'bayu:access-policy';

/**
 * Who may call an endpoint. There is no default: an endpoint without a policy is refused at start-up
 * and, should one slip through, denied at runtime.
 */
export type AccessPolicy =
  | { readonly kind: 'public'; readonly reason: string }
  | { readonly kind: 'authenticated' }
  | { readonly kind: 'roles'; readonly roles: readonly RealmRole[] };

/** Anyone, without a token. Say why, so a reviewer can judge it. */
export const Public = (reason: string) => applyDecorators(SetMetadata(ACCESS_POLICY, { kind: 'public', reason } satisfies AccessPolicy), ApiSecurity({}));

/** Any caller with a valid token. */
export const Authenticated = () => applyDecorators(SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy), ApiBearerAuth());

/** Callers whose token carries at least one of these realm roles. */
export const Roles = (...roles: [RealmRole, ...RealmRole[]]) =>
  applyDecorators(SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy), ApiBearerAuth());

export interface RequestWithPrincipal {
  principal?: Principal;
}

/** The authenticated caller; only on endpoints that are not public. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on an endpoint without an authenticated caller');
  return principal;
});
