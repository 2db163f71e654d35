import type { CampaignView } from '../shared/api';

/** Ticking a form on or off the shortlist; a form beyond the campaign's shortlist size is refused. */
export function toggleSelection(selected: readonly string[], id: string, size: number): { selected: string[]; refused: boolean } {
  if (selected.includes(id)) return { selected: selected.filter((s) => s !== id), refused: false };
  if (selected.length >= size) return { selected: [...selected], refused: true };
  return { selected: [...selected, id], refused: false };
}

/** Whether one more form can be ticked. */
export const canSelectMore = (selected: readonly string[], size: number): boolean => selected.length < size;

/** Only forms still on the endorsed list stay selected (one may have changed since the list was read). */
export const keepAvailable = (selected: readonly string[], available: readonly string[]): string[] => selected.filter((id) => available.includes(id));

export type PublishBlocker = 'wrong-phase' | 'already-published' | 'audit-unfinished' | 'none-selected' | 'too-many';

/** What stops the shortlist from being published now (the API decides too; this says why before asking). */
export function publishBlockers(campaign: Pick<CampaignView, 'phase' | 'shortlistPublishedAt' | 'shortlistSize'>, selected: readonly string[], awaitingOffice: number): PublishBlocker[] {
  const blockers: PublishBlocker[] = [];
  if (campaign.shortlistPublishedAt) blockers.push('already-published');
  if (campaign.phase !== 'selection') blockers.push('wrong-phase');
  if (awaitingOffice > 0) blockers.push('audit-unfinished');
  if (selected.length === 0) blockers.push('none-selected');
  if (selected.length > campaign.shortlistSize) blockers.push('too-many');
  return blockers;
}
