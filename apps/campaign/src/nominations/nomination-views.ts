import type { DataScope } from '@bayu/platform/auth';
import { DEPARTMENTS, DISTRICTS, findDistrict } from '@bayu/reference';
import type { CampaignRow } from '../campaigns/campaigns.repository';
import type { Prisma } from '../database/campaign-database';
import { FORM_ACTIONS, nominationLifecycle, type NominationAction, type NominationActor, type NominationStatus } from './nomination-lifecycle';
import type { EligibilityView } from './nomination-eligibility';
import type { NominationForm, NominationView, QuotaUsageView, RecommenderQuotaView, TransitionView } from './nominations.dto';
import type { NominationRow, RecommenderTally, TransitionRow } from './nominations.repository';

type StoredForm = Omit<NominationForm, 'nationalId' | 'name' | 'gender' | 'birthYearMonth' | 'occupation' | 'employerName'>;

export function storedForm(rest: StoredForm): Prisma.InputJsonValue {
  return rest as unknown as Prisma.InputJsonValue;
}

/** What a form shows of a stored file: its facts, never its storage key. */
function attachmentSummary(value: unknown, fields: readonly string[]): Record<string, unknown> | null {
  if (!value || typeof value !== 'object') return null;
  const stored = value as Record<string, unknown>;
  return Object.fromEntries(fields.filter((f) => stored[f] !== undefined).map((f) => [f, stored[f]]));
}

/** Which party of the chain a caller is on a form it can see: the scope it was found in says it. */
export function actorOn(scope: DataScope): NominationActor {
  switch (scope.kind) {
    case 'city':
      return 'skills-office';
    case 'district':
    case 'department':
      return 'recommender';
    case 'employer':
      return 'employer';
  }
}

export function recommenderName(kind: string, code: string): string {
  return recommenderNames(kind, code).nameZh;
}

/** A recommender's names from the reference data; a code the reference does not know stands for itself. */
export function recommenderNames(kind: string, code: string): { nameZh: string; nameEn: string } {
  const known = kind === 'district' ? findDistrict(code) : DEPARTMENTS.find((d) => d.code === code);
  return { nameZh: known?.nameZh ?? code, nameEn: known?.nameEn ?? code };
}

const referenceOrder = new Map<string, number>([...DISTRICTS.map((d, i) => [`district:${d.code}`, i] as const), ...DEPARTMENTS.map((d, i) => [`department:${d.code}`, i] as const)]);
const placeOf = (r: RecommenderQuotaView) => referenceOrder.get(`${r.kind}:${r.code}`) ?? Number.MAX_SAFE_INTEGER;

/** Each recommender's quota, places used and left, and forms by state: districts first, each kind in reference order. */
export function quotaUsageView(campaign: CampaignRow, tallies: readonly RecommenderTally[]): QuotaUsageView {
  const recommenders = tallies.map(({ recommender, byStatus, used }): RecommenderQuotaView => {
    const quota = recommender.kind === 'district' ? campaign.districtQuota : campaign.departmentQuota;
    return { kind: recommender.kind, code: recommender.code, ...recommenderNames(recommender.kind, recommender.code), quota, used, remaining: Math.max(0, quota - used), byStatus: { ...byStatus } };
  });
  recommenders.sort((a, b) => (a.kind === b.kind ? placeOf(a) - placeOf(b) || a.code.localeCompare(b.code) : a.kind === 'district' ? -1 : 1));
  return {
    campaignId: campaign.id,
    formDeadline: campaign.formDeadline.toISOString(),
    quotas: { district: campaign.districtQuota, department: campaign.departmentQuota },
    recommenders,
  };
}

/** The form as the parties see it: the ID number masked, and the actions open to this viewer now. */
export function nominationView(row: NominationRow, viewer: DataScope, eligibility: EligibilityView): NominationView {
  const formActions = new Set<NominationAction>(FORM_ACTIONS);
  const actions = nominationLifecycle.actionsFor(row.status as NominationStatus, actorOn(viewer)).filter((a) => formActions.has(a));
  return {
    id: row.id,
    campaignId: row.campaignId,
    status: row.status as NominationStatus,
    recommender: { kind: row.recommenderKind as 'district' | 'department', code: row.recommenderCode, nameZh: recommenderName(row.recommenderKind, row.recommenderCode) },
    employerId: row.employerId,
    districtCode: row.districtCode,
    nationalIdMasked: row.nationalIdMasked,
    form: { ...(row.form as unknown as StoredForm), name: row.name, gender: row.gender as 'male' | 'female', birthYearMonth: row.birthYearMonth, occupation: row.occupation, employerName: row.employerName },
    eligibility: { ...eligibility, checks: [...eligibility.checks] },
    attachments: { photo: attachmentSummary(row.photo, ['type', 'width', 'height', 'bytes']), evidence: attachmentSummary(row.evidence, ['type', 'pages', 'bytes', 'fileName']) } as NominationView['attachments'],
    nextActions: actions.map((action) => ({ action, labelZh: nominationLifecycle.transitions[action].labelZh, labelEn: nominationLifecycle.transitions[action].labelEn })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Field by field, what a correction changed; the ID number appears only masked. */
export function diffForms(before: NominationRow, after: NominationRow): Record<string, { before: unknown; after: unknown }> {
  const flatten = (row: NominationRow): Record<string, unknown> => ({
    ...(row.form as Record<string, unknown>),
    name: row.name,
    gender: row.gender,
    birthYearMonth: row.birthYearMonth,
    occupation: row.occupation,
    employerName: row.employerName,
    nationalId: row.nationalIdMasked,
  });
  const [b, a] = [flatten(before), flatten(after)];
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (JSON.stringify(b[field]) !== JSON.stringify(a[field])) changes[field] = { before: b[field] ?? null, after: a[field] ?? null };
  }
  return changes;
}

export function transitionView(row: TransitionRow): TransitionView {
  return {
    action: row.action,
    from: row.fromStatus,
    to: row.toStatus,
    actor: row.actor,
    actorAgency: row.actorAgency,
    actorName: row.actorName,
    opinion: row.opinion,
    changes: (row.changes as TransitionView['changes']) ?? null,
    at: row.occurredAt.toISOString(),
  };
}
