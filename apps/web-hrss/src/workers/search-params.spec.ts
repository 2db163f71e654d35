import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, hasCriteria, searchFormFromParams, searchFormToParams, searchQueryOf } from './search-params';

describe('the worker search form', () => {
  it('becomes the API query: blank criteria left out, text trimmed', () => {
    const form = { ...EMPTY_SEARCH, name: ' 王 ', employer: '', district: '500103', industry: 'C', level: 'none', honour: 'worldskills-silver', occupation: '  ' };
    expect(searchQueryOf(form)).toEqual({ name: '王', district: '500103', industry: 'C', level: 'none', honour: 'worldskills-silver' });
    expect(searchQueryOf(EMPTY_SEARCH)).toEqual({});
    expect(hasCriteria(EMPTY_SEARCH)).toBe(false);
    expect(hasCriteria(form)).toBe(true);
  });

  it('leaves out values the API would refuse', () => {
    expect(searchQueryOf({ ...EMPTY_SEARCH, district: '火星区', industry: 'Z', level: 'master', honour: 'nobel' })).toEqual({});
  });

  it('round-trips through the URL, so the back button restores the search', () => {
    const form = { ...EMPTY_SEARCH, name: '李', district: 'LJXQ', level: 'technician' };
    const params = searchFormToParams(form);
    expect(params.toString()).toBe('name=%E6%9D%8E&district=LJXQ&level=technician');
    expect(searchFormFromParams(params)).toEqual(form);
  });

  it('reads a hand-edited URL safely', () => {
    expect(searchFormFromParams(new URLSearchParams(`district=999999&industry=C&name=${'长'.repeat(80)}`))).toEqual({ ...EMPTY_SEARCH, industry: 'C', name: '长'.repeat(50) });
  });
});
