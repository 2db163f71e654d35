import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { telemetry } from '@bayu/platform/observability';
import { RegistryDatabase } from '../database/registry-database';

/** Every answer takes at least this long, so the time to answer says nothing about which answer it is. */
export const VERIFICATION_FLOOR_MS = 250;

const normalise = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '');

@Injectable()
export class VerificationService {
  private readonly checks = telemetry().meter.createCounter('bayu_certificate_verifications_total', { description: 'Public certificate checks by result' });

  constructor(private readonly db: RegistryDatabase) {}

  /**
   * valid, revoked or not found — nothing more. A wrong holder name is "not found", so the service cannot
   * be used to discover whose certificate a number is.
   */
  async verify(certificateNumber: string, holderName: string): Promise<{ result: 'valid' | 'revoked' | 'not-found' }> {
    const started = performance.now();
    const matches = await this.db.certificate.findMany({ where: { certificateNumber }, select: { status: true, worker: { select: { name: true } } } });
    const held = matches.filter((m) => normalise(m.worker.name) === normalise(holderName));
    const result = held.some((m) => m.status === 'valid') ? 'valid' : held.length ? 'revoked' : 'not-found';
    this.checks.add(1, { result });
    await sleep(Math.max(0, VERIFICATION_FLOOR_MS - (performance.now() - started)));
    return { result };
  }
}
