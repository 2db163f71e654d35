import { Injectable } from '@nestjs/common';

export type ReadinessCheck = () => Promise<void>;

export interface CheckResult {
  readonly status: 'up' | 'down';
  readonly durationMs: number;
  readonly error?: string;
}

/** What /health/ready asks: every dependency the service cannot serve without, and whether it is draining. */
@Injectable()
export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private draining = false;

  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  /** From now on /health/ready answers 503 so the load balancer stops sending traffic. */
  startDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  async evaluate(timeoutMs = 3_000): Promise<{ ready: boolean; checks: Record<string, CheckResult> }> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]): Promise<[string, CheckResult]> => {
        const started = performance.now();
        try {
          await Promise.race([check(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs).unref())]);
          return [name, { status: 'up', durationMs: Math.round(performance.now() - started) }];
        } catch (error) {
          return [name, { status: 'down', durationMs: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error) }];
        }
      }),
    );
    const checks = Object.fromEntries(entries);
    return { ready: !this.draining && entries.every(([, r]) => r.status === 'up'), checks };
  }
}
