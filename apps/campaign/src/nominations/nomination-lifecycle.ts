import { defineMachine } from '@bayu/platform/state-machine';
import { NOMINATION_STATUSES, type NominationStatus } from '@bayu/reference';
import type { CampaignPhase } from '../campaigns/campaign-phases';

export { NOMINATION_STATUSES, type NominationStatus };

export type NominationAction =
  | 'submit'
  | 'withdraw'
  | 'recommender-endorse'
  | 'recommender-return'
  | 'office-approve'
  | 'office-return'
  | 'office-reject'
  | 'shortlist'
  | 'pass-over'
  | 'advance-to-panel'
  | 'drop-after-vote'
  | 'award'
  | 'nominate'
  | 'drop-after-panel'
  | 'revoke';

/** Who acts on a form: its employer, its recommender (the district or department it goes through), the skills office. */
export type NominationActor = 'employer' | 'recommender' | 'skills-office';

/**
 * The whole life of a recommendation form (seed 002): three endorsements (employer → district or
 * department → skills office), returns for correction at either later step, then shortlist, public vote,
 * expert panel and the result. Later issues add the vote and the panel; their states are declared now.
 */
export const nominationLifecycle = defineMachine<NominationStatus, NominationAction, NominationActor>({
  name: 'nomination',
  initial: 'draft',
  states: NOMINATION_STATUSES,
  final: ['withdrawn', 'rejected', 'not-shortlisted', 'not-selected', 'revoked'],
  transitions: {
    submit: { from: ['draft', 'returned'], to: 'awaiting-recommender', by: ['employer'], labelZh: '单位签署意见并提交', labelEn: 'Endorse as employer and submit' },
    withdraw: { from: ['draft', 'returned', 'awaiting-recommender'], to: 'withdrawn', by: ['employer'], labelZh: '撤回推荐', labelEn: 'Withdraw' },
    'recommender-endorse': { from: ['awaiting-recommender'], to: 'awaiting-office', by: ['recommender'], labelZh: '审核同意并报送', labelEn: 'Endorse and forward' },
    'recommender-return': { from: ['awaiting-recommender'], to: 'returned', by: ['recommender'], labelZh: '退回修改', labelEn: 'Return for correction' },
    'office-approve': { from: ['awaiting-office'], to: 'endorsed', by: ['skills-office'], labelZh: '审核通过', labelEn: 'Approve' },
    'office-return': { from: ['awaiting-office'], to: 'returned', by: ['skills-office'], labelZh: '退回修改', labelEn: 'Return for correction' },
    'office-reject': { from: ['awaiting-office'], to: 'rejected', by: ['skills-office'], labelZh: '不予通过', labelEn: 'Reject' },
    shortlist: { from: ['endorsed'], to: 'shortlisted', by: ['skills-office'], labelZh: '入围', labelEn: 'Shortlist' },
    'pass-over': { from: ['endorsed'], to: 'not-shortlisted', by: ['skills-office'], labelZh: '未入围', labelEn: 'Not shortlisted' },
    'advance-to-panel': { from: ['shortlisted'], to: 'finalist', by: ['skills-office'], labelZh: '进入专家评审', labelEn: 'Send to the expert panel' },
    'drop-after-vote': { from: ['shortlisted'], to: 'not-selected', by: ['skills-office'], labelZh: '未进入专家评审', labelEn: 'Not sent to the panel' },
    award: { from: ['finalist'], to: 'awarded', by: ['skills-office'], labelZh: '评为最美巴渝工匠', labelEn: 'Award' },
    nominate: { from: ['finalist'], to: 'award-nominee', by: ['skills-office'], labelZh: '评为最美巴渝工匠提名', labelEn: 'Award a nomination' },
    'drop-after-panel': { from: ['finalist'], to: 'not-selected', by: ['skills-office'], labelZh: '未获评', labelEn: 'Not selected' },
    revoke: { from: ['awarded', 'award-nominee'], to: 'revoked', by: ['skills-office'], labelZh: '撤销称号或提名', labelEn: 'Revoke the award or nomination' },
  },
});

/** The campaign phases in which each action may be taken; forms cannot move across a phase they do not belong to. */
export const ACTION_PHASES: { readonly [A in NominationAction]: readonly CampaignPhase[] } = {
  submit: ['recommendation'],
  withdraw: ['recommendation'],
  'recommender-endorse': ['recommendation'],
  'recommender-return': ['recommendation'],
  'office-approve': ['recommendation', 'selection'],
  'office-return': ['recommendation', 'selection'],
  'office-reject': ['recommendation', 'selection'],
  shortlist: ['selection'],
  'pass-over': ['selection'],
  'advance-to-panel': ['selection'],
  'drop-after-vote': ['selection'],
  award: ['selection'],
  nominate: ['selection'],
  'drop-after-panel': ['selection'],
  revoke: ['publicity', 'closing'],
};

/** Actions that must happen by the form deadline (forms close on it: seed 002). */
export const BEFORE_DEADLINE: ReadonlySet<NominationAction> = new Set(['submit', 'recommender-endorse']);

/**
 * States in which a form uses one of its recommender's quota places: from the recommender's endorsement on; a
 * returned, rejected or withdrawn form gives its place back (ADR 0014). The one definition: the quota check
 * (`NominationsRepository.quotaUsedLocked`) and the quota-usage report both count with it.
 */
export const HOLDS_QUOTA: readonly NominationStatus[] = ['awaiting-office', 'endorsed', 'shortlisted', 'not-shortlisted', 'finalist', 'not-selected', 'awarded', 'award-nominee', 'revoked'];

const QUOTA_HOLDING: ReadonlySet<string> = new Set(HOLDS_QUOTA);

/** Whether a form in this state uses a quota place ({@link HOLDS_QUOTA} as a test, for counts already grouped by state). */
export function holdsQuota(status: string): boolean {
  return QUOTA_HOLDING.has(status);
}

/** Actions taken one form at a time through the actions endpoint; the rest come with the shortlist and results. */
export const FORM_ACTIONS = ['submit', 'withdraw', 'recommender-endorse', 'recommender-return', 'office-approve', 'office-return', 'office-reject'] as const satisfies readonly NominationAction[];

/** States in which a candidate is public: on or after the published shortlist, unless the award was revoked. */
export const PUBLIC_STATUSES = ['shortlisted', 'finalist', 'not-selected', 'awarded', 'award-nominee'] as const satisfies readonly NominationStatus[];

/** States in which the employer may still change the form and its files. */
export const EDITABLE_STATUSES: readonly NominationStatus[] = ['draft', 'returned'];
