import { describe, expect, it } from 'vitest';
import { canSelectMore, keepAvailable, publishBlockers, toggleSelection } from './selection';

describe('the shortlist selection', () => {
  it('ticks and unticks forms', () => {
    expect(toggleSelection([], 'a', 2)).toEqual({ selected: ['a'], refused: false });
    expect(toggleSelection(['a', 'b'], 'a', 2)).toEqual({ selected: ['b'], refused: false });
  });

  it('refuses a form beyond the shortlist size and keeps the selection as it was', () => {
    expect(toggleSelection(['a', 'b'], 'c', 2)).toEqual({ selected: ['a', 'b'], refused: true });
    expect(canSelectMore(['a', 'b'], 2)).toBe(false);
    expect(canSelectMore(['a'], 2)).toBe(true);
  });

  it('drops forms that are no longer endorsed', () => {
    expect(keepAvailable(['a', 'gone', 'b'], ['b', 'a', 'c'])).toEqual(['a', 'b']);
  });

  it('says why it cannot be published yet', () => {
    const campaign = { phase: 'selection' as const, shortlistPublishedAt: null, shortlistSize: 2 };
    expect(publishBlockers(campaign, ['a'], 0)).toEqual([]);
    expect(publishBlockers(campaign, [], 1)).toEqual(['audit-unfinished', 'none-selected']);
    expect(publishBlockers(campaign, ['a', 'b', 'c'], 0)).toEqual(['too-many']);
    expect(publishBlockers({ ...campaign, phase: 'recommendation' }, ['a'], 0)).toEqual(['wrong-phase']);
    expect(publishBlockers({ ...campaign, phase: 'publicity', shortlistPublishedAt: '2027-07-20T00:00:00Z' }, ['a'], 0)).toEqual(['already-published', 'wrong-phase']);
  });
});
