import { Injectable } from '@nestjs/common';
import type { DataScope } from '@bayu/platform/auth';
import { DEPARTMENTS, DISTRICTS } from '@bayu/reference';
import { CampaignDatabase, type CampaignTx, type Prisma } from '../database/campaign-database';
import { HOLDS_QUOTA, holdsQuota, PUBLIC_STATUSES, type NominationStatus } from './nomination-lifecycle';

export type NominationRow = Prisma.NominationGetPayload<object>;
export type TransitionRow = Prisma.NominationTransitionGetPayload<object>;
export type Recommender = { readonly kind: 'district' | 'department'; readonly code: string };

/** A recommender's forms in one campaign: every form by state, and the quota places they hold. */
export interface RecommenderTally {
  readonly recommender: Recommender;
  /** Every form of the recommender by state, drafts included; a state without forms is absent. */
  readonly byStatus: Readonly<Record<string, number>>;
  /** The forms holding a quota place: what the quota check counts (HOLDS_QUOTA). */
  readonly used: number;
}

/** Every recommender of the reference data: Chongqing's districts and zones, then the municipal departments. */
const REFERENCE_RECOMMENDERS: readonly Recommender[] = [...DISTRICTS.map((d) => ({ kind: 'district' as const, code: d.code })), ...DEPARTMENTS.map((d) => ({ kind: 'department' as const, code: d.code }))];

/**
 * The recommenders whose quota use a caller may see in a campaign: the ones named, plus those the campaign's
 * forms matching `alsoRecommendersOf` go through. The skills office sees every district and department of the
 * reference data (and any other recommender a form names); a district or department itself only; an employer
 * or central unit its own district (where its forms go unless it names a department) and every recommender its
 * own forms go through.
 */
export function quotaRecommenderScope(scope: DataScope): { readonly recommenders: readonly Recommender[]; readonly alsoRecommendersOf?: Prisma.NominationWhereInput } {
  switch (scope.kind) {
    case 'city':
      return { recommenders: REFERENCE_RECOMMENDERS, alsoRecommendersOf: {} };
    case 'district':
      return { recommenders: [{ kind: 'district', code: scope.districtCode }] };
    case 'department':
      return { recommenders: [{ kind: 'department', code: scope.departmentCode }] };
    case 'employer':
      return { recommenders: scope.districtCode ? [{ kind: 'district', code: scope.districtCode }] : [], alsoRecommendersOf: { employerId: scope.employerId } };
  }
}

const recommenderKey = (r: Recommender) => `${r.kind}:${r.code}`;
const recommenderWhere = (r: Recommender): Prisma.NominationWhereInput => ({ recommenderKind: r.kind, recommenderCode: r.code });

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
    return tx.nomination.count({ where: { campaignId, ...recommenderWhere(recommender), status: { in: [...HOLDS_QUOTA] } } });
  }

  /**
   * The forms of each recommender in the caller's scope ({@link quotaRecommenderScope}), counted by state in one
   * query, so `used` and `byStatus` come from the same snapshot; a recommender without forms has an empty tally.
   * No lock: a report, not a decision (the quota check takes its own, above).
   */
  async quotaUsage(scope: DataScope, campaignId: string): Promise<RecommenderTally[]> {
    const rule = quotaRecommenderScope(scope);
    const named = rule.alsoRecommendersOf
      ? await this.db.nomination.groupBy({ by: ['recommenderKind', 'recommenderCode'], where: { AND: [{ campaignId }, rule.alsoRecommendersOf] }, orderBy: [{ recommenderKind: 'asc' }, { recommenderCode: 'asc' }] })
      : [];
    const recommenders = new Map<string, Recommender>();
    for (const r of [...rule.recommenders, ...named.map((n) => ({ kind: n.recommenderKind as Recommender['kind'], code: n.recommenderCode }))]) recommenders.set(recommenderKey(r), r);
    if (!recommenders.size) return [];
    const groups = await this.db.nomination.groupBy({
      by: ['recommenderKind', 'recommenderCode', 'status'],
      where: { campaignId, OR: [...recommenders.values()].map(recommenderWhere) },
      _count: { _all: true },
    });
    const byStatus = new Map<string, Record<string, number>>();
    for (const g of groups) {
      const key = recommenderKey({ kind: g.recommenderKind as Recommender['kind'], code: g.recommenderCode });
      byStatus.set(key, { ...byStatus.get(key), [g.status]: g._count._all });
    }
    return [...recommenders.values()].map((recommender) => {
      const counts = byStatus.get(recommenderKey(recommender)) ?? {};
      const used = Object.entries(counts).reduce((sum, [status, n]) => (holdsQuota(status) ? sum + n : sum), 0);
      return { recommender, byStatus: counts, used };
    });
  }
}
