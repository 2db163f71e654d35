import { Injectable } from '@nestjs/common';
import type { DataScope } from '@bayu/platform/auth';
import { CampaignDatabase, type CampaignTx, type Prisma } from '../database/campaign-database';
import { HOLDS_QUOTA, PUBLIC_STATUSES, type NominationStatus } from './nomination-lifecycle';

export type NominationRow = Prisma.NominationGetPayload<object>;
export type TransitionRow = Prisma.NominationTransitionGetPayload<object>;
export type Recommender = { readonly kind: 'district' | 'department'; readonly code: string };

/**
 * The forms a caller may see: the skills office all of them, a district or department the forms that go
 * through it once submitted (a draft is the employer's own work), an employer its own. Every read below
 * takes a scope; a query without one cannot be written.
 */
export function nominationScopeFilter(scope: DataScope): Prisma.NominationWhereInput {
  switch (scope.kind) {
    case 'city':
      return {};
    case 'district':
      return { recommenderKind: 'district', recommenderCode: scope.districtCode, status: { not: 'draft' } };
    case 'department':
      return { recommenderKind: 'department', recommenderCode: scope.departmentCode, status: { not: 'draft' } };
    case 'employer':
      return { employerId: scope.employerId };
  }
}

@Injectable()
export class NominationsRepository {
  constructor(private readonly db: CampaignDatabase) {}

  transaction<T>(fn: (tx: CampaignTx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  findInScope(scope: DataScope, id: string, tx: CampaignTx = this.db): Promise<NominationRow | null> {
    return tx.nomination.findFirst({ where: { AND: [{ id }, nominationScopeFilter(scope)] } });
  }

  /** Locks the form for the rest of the transaction, so two steps cannot both start from the same state. */
  async lockInScope(tx: CampaignTx, scope: DataScope, id: string): Promise<NominationRow | null> {
    const locked = await tx.$queryRawUnsafe<Array<{ id: string }>>('SELECT id FROM nomination WHERE id = $1::uuid FOR UPDATE', id);
    return locked.length ? this.findInScope(scope, id, tx) : null;
  }

  list(scope: DataScope, campaignId: string, filter: { status?: NominationStatus | undefined; cursor?: string | undefined; limit: number }): Promise<NominationRow[]> {
    const where: Prisma.NominationWhereInput = {
      AND: [nominationScopeFilter(scope), { campaignId }, filter.status ? { status: filter.status } : {}, filter.cursor ? { id: { gt: filter.cursor } } : {}],
    };
    return this.db.nomination.findMany({ where, orderBy: { id: 'asc' }, take: filter.limit + 1 });
  }

  /** Every form of a campaign in the given states, for decisions taken on the whole campaign (the shortlist). */
  inStatus(tx: CampaignTx, campaignId: string, statuses: readonly NominationStatus[]): Promise<NominationRow[]> {
    return tx.nomination.findMany({ where: { campaignId, status: { in: [...statuses] } }, orderBy: { id: 'asc' } });
  }

  /** The registry's worker id of each person on the register, by ID-number hash. */
  async workerIdsByHash(tx: CampaignTx, hashes: readonly string[]): Promise<Map<string, string>> {
    const profiles = await tx.talentProfile.findMany({ where: { nationalIdHash: { in: [...hashes] } }, select: { workerId: true, nationalIdHash: true } });
    return new Map(profiles.map((p) => [p.nationalIdHash, p.workerId]));
  }

  /** A candidate the public may see: on a published shortlist, in a public state. */
  publicCandidate(campaignId: string, id: string): Promise<NominationRow | null> {
    return this.db.nomination.findFirst({ where: { id, campaignId, status: { in: [...PUBLIC_STATUSES] }, campaign: { shortlistPublishedAt: { not: null } } } });
  }

  history(nominationId: string): Promise<TransitionRow[]> {
    return this.db.nominationTransition.findMany({ where: { nominationId }, orderBy: { id: 'asc' } });
  }

  create(tx: CampaignTx, data: Prisma.NominationUncheckedCreateInput): Promise<NominationRow> {
    return tx.nomination.create({ data });
  }

  update(tx: CampaignTx, id: string, data: Prisma.NominationUncheckedUpdateInput): Promise<NominationRow> {
    return tx.nomination.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  }

  /** One live form per person and campaign: fails with a unique violation when the person is already claimed. */
  claim(tx: CampaignTx, campaignId: string, nationalIdHash: string, nominationId: string): Promise<unknown> {
    return tx.nominationClaim.create({ data: { campaignId, nationalIdHash, nominationId } });
  }

  release(tx: CampaignTx, nominationId: string): Promise<unknown> {
    return tx.nominationClaim.deleteMany({ where: { nominationId } });
  }

  recordTransition(tx: CampaignTx, data: Prisma.NominationTransitionUncheckedCreateInput): Promise<unknown> {
    return tx.nominationTransition.create({ data });
  }

  /**
   * The quota places a recommender uses in a campaign, counted under a lock held until the transaction ends,
   * so two endorsements at the same moment cannot both take the last place.
   */
  async quotaUsedLocked(tx: CampaignTx, campaignId: string, recommender: Recommender): Promise<number> {
    await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `quota:${campaignId}:${recommender.kind}:${recommender.code}`);
    return tx.nomination.count({ where: { campaignId, recommenderKind: recommender.kind, recommenderCode: recommender.code, status: { in: [...HOLDS_QUOTA] } } });
  }
}
