import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { RequestWithPrincipal } from '@bayu/platform/auth';
import { commonProblems } from '@bayu/platform/http';

/**
 * Per-caller limits: a signed-in user by account (a district office shares one address behind its NAT),
 * anyone else by client address.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const principal = (request as RequestWithPrincipal).principal;
    return principal ? `user:${principal.subject}` : `ip:${String(request.ip)}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw commonProblems.raise('rate-limited');
  }
}
