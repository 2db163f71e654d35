import type { BadgeTone } from '@bayu/ui';

import { isNominationStatus, type NominationStatus } from '@bayu/reference';

export { isNominationStatus, NOMINATION_STATUSES, type NominationStatus } from '@bayu/reference';

export function statusTone(status: string): BadgeTone {
  switch (status) {
    case 'draft':
      return 'neutral';
    case 'awaiting-recommender':
    case 'awaiting-office':
      return 'info';
    case 'returned':
      return 'warning';
    case 'rejected':
    case 'revoked':
      return 'danger';
    case 'endorsed':
    case 'shortlisted':
    case 'finalist':
    case 'awarded':
    case 'award-nominee':
      return 'success';
    default:
      return 'neutral';
  }
}

/** The actions this app offers as buttons, in the order they are shown; others (the office's) are not ours. */
export const APP_ACTIONS = ['recommender-endorse', 'recommender-return', 'submit', 'withdraw'] as const;
export type AppAction = (typeof APP_ACTIONS)[number];

/** The actions the API offers the caller on a form that this app shows as buttons. */
export function offeredActions(nextActions: ReadonlyArray<{ readonly action: string }>): AppAction[] {
  const offered = new Set(nextActions.map((a) => a.action));
  return APP_ACTIONS.filter((a) => offered.has(a));
}

/** Every action except withdrawal needs an opinion (the API's nominationActionSchema). */
export function opinionRequired(action: AppAction): boolean {
  return action !== 'withdraw';
}

/** A form is waiting for the caller to sign when the API offers it the recommender's endorsement. */
export function awaitsMe(item: { readonly nextActions: ReadonlyArray<{ readonly action: string }> }): boolean {
  return item.nextActions.some((a) => a.action === 'recommender-endorse');
}

/** Status filter of the list: '' (all), 'awaiting-me' (for recommenders), or one status. */
export type ListFilter = '' | 'awaiting-me' | NominationStatus;

export function parseListFilter(value: string | null): ListFilter {
  if (!value) return '';
  if (value === 'awaiting-me') return 'awaiting-me';
  return isNominationStatus(value) ? value : '';
}

/** The `status` query parameter of the list call for a filter; "awaiting me" is the forms awaiting their recommender. */
export function statusQueryOf(filter: ListFilter): NominationStatus | undefined {
  if (filter === '') return undefined;
  return filter === 'awaiting-me' ? 'awaiting-recommender' : filter;
}

/** States in which the employer may still correct the form and its files (EDITABLE_STATUSES of the API). */
export function isEditable(status: string): boolean {
  return status === 'draft' || status === 'returned';
}
