import { describe, expect, it } from 'vitest';
import { kpiFigures, ratioOfPercent, shareBars, shareOf, yearTrend, type BreakdownRow } from './chart-data';

const row = (key: string, labelZh: string, total: number, high: number): BreakdownRow => ({
  key,
  labelZh,
  labelEn: `${key}-en`,
  totalWorkers: total,
  highSkilledWorkers: high,
  highSkilledSharePercent: total ? Math.round((high / total) * 10_000) / 100 : 0,
});

describe('statistics chart data', () => {
  it('computes the high-skilled share from the counts, 0 for an empty cell', () => {
    expect(shareOf(158, 500)).toBeCloseTo(0.316);
    expect(shareOf(0, 0)).toBe(0);
    expect(ratioOfPercent(32)).toBe(0.32);
    expect(ratioOfPercent(null)).toBeUndefined();
  });

  it('turns district rows into bars, highest share first, highlighting those at or above the target', () => {
    const rows = [row('500101', '万州区', 1000, 250), row('500103', '渝中区', 400, 160), row('500229', '城口县', 200, 64), row('500112', '渝北区', 0, 0)];
    expect(shareBars(rows, 'zh-CN', 0.32)).toEqual([
      { label: '渝中区', value: 0.4, highlight: true },
      { label: '城口县', value: 0.32, highlight: true },
      { label: '万州区', value: 0.25, highlight: false },
      { label: '渝北区', value: 0, highlight: false },
    ]);
    expect(shareBars(rows, 'en').map((b) => [b.label, b.highlight])).toEqual([
      ['500103-en', false],
      ['500229-en', false],
      ['500101-en', false],
      ['500112-en', false],
    ]);
  });

  it('draws the yearly trend from the cumulative year rows, with the targets of those years as a second line', () => {
    const rows = [row('2024', '2024年', 300, 90), row('2023', '2023年', 200, 50)];
    const names = { share: '占比', target: '目标' };
    expect(yearTrend(rows, [{ year: 2024, newSkilledWorkers: 100, highSkilledSharePercent: 32 }, { year: 2019, newSkilledWorkers: 1, highSkilledSharePercent: 27 }], names)).toEqual([
      { name: '占比', points: [{ x: '2023', y: 0.25 }, { x: '2024', y: 0.3 }] },
      { name: '目标', points: [{ x: '2024', y: 0.32 }] },
    ]);
    expect(yearTrend(rows, [], names)).toHaveLength(1);
  });

  it('reads the KPI figures and the distance to the target from the overview', () => {
    expect(kpiFigures({ totalWorkers: 5_032_000, highSkilledWorkers: 1_580_000, registeredThisYear: 120_000, target: { highSkilledSharePercent: 32, newSkilledWorkers: 250_000 } })).toEqual({
      total: 5_032_000,
      highSkilled: 1_580_000,
      share: 1_580_000 / 5_032_000,
      registeredThisYear: 120_000,
      targetShare: 0.32,
      targetNewWorkers: 250_000,
      pointsToTarget: 0.6,
    });
    expect(kpiFigures({ totalWorkers: 0, highSkilledWorkers: 0, registeredThisYear: 0, target: null })).toEqual({ total: 0, highSkilled: 0, share: 0, registeredThisYear: 0 });
  });
});
