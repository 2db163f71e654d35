import { describe, expect, it } from 'vitest';
import { filterFromParams, filterToParams, yearOptions } from './filters';
import { parseTargetForm, targetFormValues } from './target-form';

describe('statistics filters', () => {
  it('read year and industry from the URL, falling back to the current year and all industries', () => {
    expect(filterFromParams(new URLSearchParams('year=2023&industry=C'), 2026)).toEqual({ year: 2023, industry: 'C' });
    expect(filterFromParams(new URLSearchParams('year=abc&industry=Z'), 2026)).toEqual({ year: 2026 });
    expect(filterFromParams(new URLSearchParams('year=1800'), 2026)).toEqual({ year: 2026 });
  });

  it('write only what differs from the defaults', () => {
    expect(filterToParams({ year: 2026 }, 2026).toString()).toBe('');
    expect(filterToParams({ year: 2023, industry: 'C' }, 2026).toString()).toBe('year=2023&industry=C');
  });

  it('offer the years newest first, including years that have a target', () => {
    const years = yearOptions(2026, [2010, 2026]);
    expect(years[0]).toBe(2026);
    expect(years).toContain(2015);
    expect(years.at(-1)).toBe(2010);
    expect(new Set(years).size).toBe(years.length);
  });
});

describe('the yearly target form', () => {
  it('accepts a share with two decimals and a whole number of new workers', () => {
    expect(parseTargetForm({ year: '2026', newSkilledWorkers: '250,000', highSkilledSharePercent: '32.5' })).toEqual({
      ok: true,
      year: 2026,
      body: { newSkilledWorkers: 250_000, highSkilledSharePercent: 32.5 },
    });
  });

  it('names each field that is out of range', () => {
    expect(parseTargetForm({ year: '20', newSkilledWorkers: '1.5', highSkilledSharePercent: '101' })).toEqual({
      ok: false,
      errors: { year: 'target.error.year', newSkilledWorkers: 'target.error.newSkilledWorkers', highSkilledSharePercent: 'target.error.share' },
    });
    expect(parseTargetForm({ year: '2026', newSkilledWorkers: '', highSkilledSharePercent: '31.234' })).toMatchObject({ ok: false, errors: { newSkilledWorkers: 'target.error.newSkilledWorkers', highSkilledSharePercent: 'target.error.share' } });
  });

  it('is prefilled from the target already set', () => {
    expect(targetFormValues(2026, { newSkilledWorkers: 250_000, highSkilledSharePercent: 32 })).toEqual({ year: '2026', newSkilledWorkers: '250000', highSkilledSharePercent: '32' });
    expect(targetFormValues(2027)).toEqual({ year: '2027', newSkilledWorkers: '', highSkilledSharePercent: '' });
  });
});
