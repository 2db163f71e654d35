import { describe, expect, it } from 'vitest';
import { quotaChart, quotaRows, quotaState, quotaTotals, statusColumns, type QuotaUsage, type RecommenderUsage } from './quota-usage';

const district = (code: string, nameZh: string, used: number, byStatus: RecommenderUsage['byStatus'] = {}): RecommenderUsage => ({
  kind: 'district',
  code,
  nameZh,
  nameEn: `${code}-en`,
  quota: 6,
  used,
  remaining: 6 - used,
  byStatus,
});

const usage: QuotaUsage = {
  campaignId: 'c',
  formDeadline: '2027-06-30T15:59:59.000Z',
  quotas: { district: 6, department: 3 },
  recommenders: [
    district('500101', '万州区', 2, { 'awaiting-office': 1, endorsed: 1 }),
    district('500103', '渝中区', 0),
    district('500229', '城口县', 6, { endorsed: 5, 'awaiting-office': 1, 'awaiting-recommender': 2 }),
    district('500102', '涪陵区', 7, { endorsed: 7 }),
    district('500104', '大渡口区', 0, { 'awaiting-recommender': 1 }),
    { kind: 'department', code: 'cq-transport', nameZh: '市交通局', nameEn: 'Municipal Transport Bureau', quota: 3, used: 1, remaining: 2, byStatus: { endorsed: 1 } },
  ],
};

describe('quota rows', () => {
  it('flags recommenders at or over their quota and lists them first', () => {
    const rows = quotaRows(usage, 'district', 'zh-CN');
    expect(rows.map((r) => [r.name, r.state, r.flagged])).toEqual([
      ['涪陵区', 'over', true],
      ['城口县', 'full', true],
      ['万州区', 'open', false],
      ['渝中区', 'open', false],
      ['大渡口区', 'open', false],
    ]);
    expect(rows[0]?.remaining).toBe(0); // never a negative number of places left
  });

  it('keeps districts and departments apart and names them in the UI language', () => {
    expect(quotaRows(usage, 'department', 'en').map((r) => r.name)).toEqual(['Municipal Transport Bureau']);
  });

  it('tells the quota state from used and quota alone', () => {
    expect([quotaState(5, 6), quotaState(6, 6), quotaState(7, 6)]).toEqual(['open', 'full', 'over']);
  });

  it('shows the status columns that occur, in the order of a form’s life', () => {
    expect(statusColumns(quotaRows(usage, 'district', 'zh-CN'))).toEqual(['awaiting-recommender', 'awaiting-office', 'endorsed']);
  });

  it('counts the totals and the recommenders with forms', () => {
    expect(quotaTotals(quotaRows(usage, 'district', 'zh-CN'))).toEqual({ quota: 30, used: 15, flagged: 2, active: 4 });
  });

  it('charts the recommenders with forms against the common quota, highlighting the flagged ones', () => {
    const chart = quotaChart(quotaRows(usage, 'district', 'zh-CN'));
    expect(chart.quota).toBe(6);
    expect(chart.data).toEqual([
      { label: '涪陵区', value: 7, highlight: true },
      { label: '城口县', value: 6, highlight: true },
      { label: '万州区', value: 2, highlight: false },
      { label: '大渡口区', value: 0, highlight: false },
    ]);
  });
});
