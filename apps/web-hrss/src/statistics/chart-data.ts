import type { BarDatum, LineSeries, Locale } from '@bayu/ui';

/** One row of GET /statistics/breakdown. */
export interface BreakdownRow {
  readonly key: string;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly totalWorkers: number;
  readonly highSkilledWorkers: number;
  readonly highSkilledSharePercent: number;
}

/** One yearly target of GET /statistics/targets. */
export interface YearTarget {
  readonly year: number;
  readonly newSkilledWorkers: number;
  readonly highSkilledSharePercent: number;
}

/** High-skilled share as a ratio (0..1), from the counts; 0 for an empty cell. */
export function shareOf(highSkilled: number, total: number): number {
  return total > 0 ? highSkilled / total : 0;
}

/** A percentage from the API (31.4) as a ratio (0.314), the unit the charts and formatters use. */
export function ratioOfPercent(percent: number | null | undefined): number | undefined {
  return percent === null || percent === undefined || !Number.isFinite(percent) ? undefined : percent / 100;
}

export function labelOf(row: Pick<BreakdownRow, 'labelZh' | 'labelEn'>, locale: Locale): string {
  return locale === 'en' ? row.labelEn : row.labelZh;
}

/**
 * Bars of the high-skilled share per row (districts), highest first; rows at or above the target are
 * highlighted. Ties keep the API's order (district code).
 */
export function shareBars(rows: readonly BreakdownRow[], locale: Locale, targetRatio?: number): BarDatum[] {
  return rows
    .map((row, index) => ({ row, index, value: shareOf(row.highSkilledWorkers, row.totalWorkers) }))
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .map(({ row, value }) => ({ label: labelOf(row, locale), value, highlight: targetRatio !== undefined && value >= targetRatio }));
}

/**
 * The share year by year (the API's year rows are cumulative: the register at the end of each year) and,
 * when any of those years has a target, the targets as a second series.
 */
export function yearTrend(rows: readonly BreakdownRow[], targets: readonly YearTarget[], names: { share: string; target: string }): LineSeries[] {
  const sorted = [...rows].sort((a, b) => Number(a.key) - Number(b.key));
  const share: LineSeries = { name: names.share, points: sorted.map((r) => ({ x: r.key, y: shareOf(r.highSkilledWorkers, r.totalWorkers) })) };
  const byYear = new Map(targets.map((t) => [String(t.year), t.highSkilledSharePercent / 100]));
  const targetPoints = sorted.filter((r) => byYear.has(r.key)).map((r) => ({ x: r.key, y: byYear.get(r.key) ?? Number.NaN }));
  return targetPoints.length > 0 ? [share, { name: names.target, points: targetPoints }] : [share];
}

/** The KPI figures of the overview, as ratios. */
export interface KpiFigures {
  readonly total: number;
  readonly highSkilled: number;
  readonly share: number;
  readonly registeredThisYear: number;
  readonly targetShare?: number;
  readonly targetNewWorkers?: number;
  /** Percentage points still to go (≤ 0 when reached). */
  readonly pointsToTarget?: number;
}

export function kpiFigures(overview: {
  totalWorkers: number;
  highSkilledWorkers: number;
  registeredThisYear: number;
  target: { highSkilledSharePercent: number; newSkilledWorkers: number } | null;
}): KpiFigures {
  const share = shareOf(overview.highSkilledWorkers, overview.totalWorkers);
  const targetShare = ratioOfPercent(overview.target?.highSkilledSharePercent);
  return {
    total: overview.totalWorkers,
    highSkilled: overview.highSkilledWorkers,
    share,
    registeredThisYear: overview.registeredThisYear,
    ...(targetShare === undefined ? {} : { targetShare, pointsToTarget: Math.round((targetShare - share) * 10_000) / 100 }),
    ...(overview.target ? { targetNewWorkers: overview.target.newSkilledWorkers } : {}),
  };
}
