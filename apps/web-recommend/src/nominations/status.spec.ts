import { describe, expect, it } from 'vitest';
import { awaitsMe, isEditable, offeredActions, opinionRequired, parseListFilter, statusQueryOf, statusTone } from './status';

describe('form status helpers', () => {
  it('offers only the chain actions the API lists, in a fixed order', () => {
    const next = [{ action: 'withdraw' }, { action: 'submit' }, { action: 'office-approve' }];
    expect(offeredActions(next)).toEqual(['submit', 'withdraw']);
    expect(offeredActions([{ action: 'recommender-return' }, { action: 'recommender-endorse' }])).toEqual(['recommender-endorse', 'recommender-return']);
    expect(offeredActions([])).toEqual([]);
  });

  it('asks for an opinion on every step but a withdrawal', () => {
    expect(opinionRequired('submit')).toBe(true);
    expect(opinionRequired('recommender-endorse')).toBe(true);
    expect(opinionRequired('recommender-return')).toBe(true);
    expect(opinionRequired('withdraw')).toBe(false);
  });

  it('knows which forms await the caller', () => {
    expect(awaitsMe({ nextActions: [{ action: 'recommender-endorse' }, { action: 'recommender-return' }] })).toBe(true);
    expect(awaitsMe({ nextActions: [{ action: 'withdraw' }] })).toBe(false);
  });

  it('maps list filters to the status query', () => {
    expect(parseListFilter(null)).toBe('');
    expect(parseListFilter('awaiting-me')).toBe('awaiting-me');
    expect(parseListFilter('returned')).toBe('returned');
    expect(parseListFilter('nonsense')).toBe('');
    expect(statusQueryOf('')).toBeUndefined();
    expect(statusQueryOf('awaiting-me')).toBe('awaiting-recommender');
    expect(statusQueryOf('draft')).toBe('draft');
  });

  it('gives tones and editability', () => {
    expect(statusTone('returned')).toBe('warning');
    expect(statusTone('awaiting-office')).toBe('info');
    expect(statusTone('rejected')).toBe('danger');
    expect(statusTone('awarded')).toBe('success');
    expect(isEditable('draft') && isEditable('returned')).toBe(true);
    expect(isEditable('awaiting-recommender')).toBe(false);
  });
});
