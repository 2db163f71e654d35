import { describe, expect, it } from 'vitest';
import { filterCandidates } from './candidate-filter';
import { statusTone } from './status';

const candidates = [
  { name: '王世森', employerName: '重庆首讯科技股份有限公司', occupation: '智慧交通工程', recommenderZh: '渝北区' },
  { name: '冉洪位', employerName: '国网重庆城口县供电公司', occupation: '电力线路运维', recommenderZh: '城口县' },
];

describe('the public candidate list', () => {
  it('filters by name, employer, occupation or recommender, and shows all for a blank query', () => {
    expect(filterCandidates(candidates, ' 城口 ').map((c) => c.name)).toEqual(['冉洪位']);
    expect(filterCandidates(candidates, '交通').map((c) => c.name)).toEqual(['王世森']);
    expect(filterCandidates(candidates, '   ')).toHaveLength(2);
    expect(filterCandidates(candidates, '不存在')).toEqual([]);
  });

  it('makes awards stand out and keeps passed-over candidates neutral', () => {
    expect(statusTone('awarded')).toBe('success');
    expect(statusTone('award-nominee')).toBe('info');
    expect(statusTone('not-selected')).toBe('neutral');
  });
});
