import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@bayu/platform/auth';
import { Readiness, telemetry } from '@bayu/platform/observability';

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(private readonly readiness: Readiness) {}

  @Public('liveness probe for the orchestrator')
  @Get('health/live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public('readiness probe for the orchestrator; shows dependency status, no data')
  @Get('health/ready')
  async ready(@Res() response: Response): Promise<void> {
    const { ready, checks } = await this.readiness.evaluate();
    response.status(ready ? 200 : 503).json({ status: ready ? 'ok' : this.readiness.isDraining ? 'draining' : 'unavailable', checks });
  }

  @Public('Prometheus scrape endpoint; the gateway does not route it outside the cluster')
  @Get('metrics')
  metrics(@Req() request: Request, @Res() response: Response): void {
    telemetry().handleMetricsRequest(request, response);
  }
}
