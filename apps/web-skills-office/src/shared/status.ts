import type { BadgeTone } from '@bayu/ui';
import type { CampaignPhase } from './api';

export { NOMINATION_STATUSES } from '@bayu/reference';

/** Statuses in which nothing more happens to a form (the API refuses an eligibility override there). */
export const FINAL_STATUSES: ReadonlySet<string> = new Set(['withdrawn', 'rejected', 'not-shortlisted', 'not-selected', 'revoked']);

export function nominationTone(status: string): BadgeTone {
  switch (status) {
    case 'awaiting-office':
      return 'warning';
    case 'endorsed':
    case 'shortlisted':
    case 'finalist':
    case 'awarded':
      return 'success';
    case 'award-nominee':
    case 'awaiting-recommender':
      return 'info';
    case 'rejected':
    case 'revoked':
    case 'returned':
      return 'danger';
    default:
      return 'neutral';
  }
}

export function phaseTone(phase: CampaignPhase): BadgeTone {
  if (phase === 'draft') return 'neutral';
  if (phase === 'closed') return 'neutral';
  if (phase === 'recommendation') return 'info';
  return 'success';
}
