import { Controller, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext } from '@nestjs/microservices';
import { subscriptionGroup, TOPICS, type CloudEvent } from '@bayu/contracts';
import { recordAudit } from '@bayu/platform/audit';
import { principalFromClaims } from '@bayu/platform/auth';
import { IdempotentConsumer, incomingFromKafkaContext } from '@bayu/platform/messaging';
import type { RegistryTx } from '../database/registry-database';
import { RegistryLedger } from '../ledger/registry-ledger';

export const AWARDS_GROUP = subscriptionGroup('registry', 'award.granted');

/** The actor recorded in the audit trail for what this consumer writes. */
const CAMPAIGN_AWARDS = principalFromClaims({ sub: `system:${AWARDS_GROUP}`, preferred_username: `system:${AWARDS_GROUP}`, azp: 'registry' });

/** Thrown for an award of a worker the registry does not know: retried, then dead-lettered for a person to look at. */
export class UnknownWorkerError extends Error {
  constructor(workerId: string) {
    super(`award for worker ${workerId}, who is not in the registry`);
    this.name = 'UnknownWorkerError';
  }
}

/** 最美巴渝工匠 awards and nominations from the campaign become honours on the worker's record. */
@Injectable()
export class AwardHonours {
  constructor(private readonly ledger: RegistryLedger) {}

  async granted(event: CloudEvent<'award.granted'>, tx: RegistryTx): Promise<void> {
    const award = event.data;
    const sourceRef = `award:${award.awardId}`;
    const worker = await tx.worker.findUnique({ where: { id: award.workerId }, select: { id: true } });
    if (!worker) throw new UnknownWorkerError(award.workerId);
    const kind = award.category === 'award' ? 'most-beautiful-craftsman' : 'most-beautiful-craftsman-nomination';
    const existing = await tx.honour.findFirst({ where: { OR: [{ sourceRef }, { workerId: worker.id, kind, year: award.campaignYear }] } });
    if (existing) {
      // Recorded by hand before the campaign's event arrived: link it instead of recording it twice.
      if (!existing.sourceRef) await tx.honour.update({ where: { id: existing.id }, data: { sourceRef } });
      return;
    }
    await this.ledger.grantHonour(tx, CAMPAIGN_AWARDS, worker, {
      kind,
      level: 'municipal',
      year: award.campaignYear,
      grantingBody: '重庆市高技能人才工作联席会办公室',
      citation: award.citation,
      sourceRef,
    });
  }

  async revoked(event: CloudEvent<'award.revoked'>, tx: RegistryTx): Promise<void> {
    const honour = await tx.honour.findUnique({ where: { sourceRef: `award:${event.data.awardId}` } });
    if (!honour || honour.withdrawnAt) return;
    await tx.honour.update({ where: { id: honour.id }, data: { withdrawnAt: new Date(event.data.revokedAt) } });
    await recordAudit(tx, { actor: CAMPAIGN_AWARDS, action: 'honour.withdrawn', resourceType: 'honour', resourceId: honour.id, details: { reason: event.data.reason } });
  }
}

@Controller()
export class AwardsConsumer implements OnModuleDestroy {
  constructor(
    private readonly consumer: IdempotentConsumer<RegistryTx>,
    private readonly honours: AwardHonours,
  ) {}

  @EventPattern(TOPICS.campaignAward.name)
  async onAwardEvent(@Ctx() context: KafkaContext): Promise<void> {
    await this.consumer.handle(incomingFromKafkaContext(context), {
      'award.granted': (event, tx) => this.honours.granted(event, tx),
      'award.revoked': (event, tx) => this.honours.revoked(event, tx),
    });
  }

  onModuleDestroy(): void {
    this.consumer.stop();
  }
}
