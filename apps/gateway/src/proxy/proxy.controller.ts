import { All, Controller, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '@bayu/platform/auth';
import { commonProblems } from '@bayu/platform/http';
import { RateLimitGuard } from '../rate-limit.guard';
import { upstreamFor } from './routes';
import { UpstreamProxy } from './upstream-proxy';

/**
 * The single entry: checks the token (services check roles and scope again, themselves), then hands
 * the request to the service that owns the path.
 *
 * Rate limits apply after authentication (controller guards run after the global access guard), so a
 * signed-in caller is limited per account and an anonymous one per address.
 */
@ApiExcludeController()
@UseGuards(RateLimitGuard)
@Controller()
export class ProxyController {
  constructor(private readonly proxy: UpstreamProxy) {}

  @All('api/v1/public/*path')
  @Public('public API: certificate verification, shortlist profiles; rate limited per client address')
  forwardPublic(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.forward(request, response);
  }

  @All('api/v1/*path')
  @Authenticated()
  forwardAuthenticated(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.forward(request, response);
  }

  private async forward(request: Request, response: Response): Promise<void> {
    const upstream = upstreamFor(request.path);
    if (!upstream) throw commonProblems.raise('not-found', { detail: `no API at ${request.path}` });
    await this.proxy.forward(upstream, request, response);
  }
}
