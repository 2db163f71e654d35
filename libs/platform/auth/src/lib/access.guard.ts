import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ACCESS_POLICY, type AccessPolicy, type RequestWithPrincipal } from './access.decorators';
import { authProblems, BEARER_CHALLENGE } from './auth.problems';
import { hasAnyRole } from './principal';
import { TokenRejectedError, TokenVerifier } from './token-verifier';

export function bearerTokenOf(request: Pick<Request, 'headers'>): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/**
 * Global guard: every HTTP endpoint must declare an AccessPolicy; the caller must satisfy it.
 * Kafka handlers are not HTTP and are authorised by the broker, not here.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access policy; denied`);
      throw authProblems.raise('undeclared-access');
    }
    if (policy.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<Request & RequestWithPrincipal>();
    const token = bearerTokenOf(request);
    const realm = this.verifier.config.realm;
    if (!token) throw authProblems.raise('missing-token', { headers: BEARER_CHALLENGE(realm) });
    try {
      request.principal = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRejectedError && error.rejection.kind === 'sso-unavailable') {
        this.logger.error(`cannot validate tokens: ${error.rejection.reason}`);
        throw authProblems.raise('sso-unavailable');
      }
      throw authProblems.raise('invalid-token', { headers: BEARER_CHALLENGE(realm, 'invalid_token') });
    }
    if (policy.kind === 'roles' && !hasAnyRole(request.principal, policy.roles)) {
      throw authProblems.raise('missing-role', { detail: `needs one of: ${policy.roles.join(', ')}` });
    }
    return true;
  }
}
