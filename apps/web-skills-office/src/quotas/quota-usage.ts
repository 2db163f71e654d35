import type { ResponseOf } from '@bayu/api-client';
import { NOMINATION_STATUSES } from '../shared/status';

/** GET /api/v1/campaigns/{id}/quota-usage: every recommender with its quota, places used and forms by status. */
export type QuotaUsage = ResponseOf<'/api/v1/campaigns/{id}/quota-usage', 'get'>;
export type RecommenderUsage = QuotaUsage['recommenders'][number];

/** At quota: no place left. Over quota: more places used than the quota (a quota lowered, or data from before). */
export type QuotaState = 'open' | 'full' | 'over';

export interface QuotaRow {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly quota: number;
  readonly used: number;
  readonly remaining: number;
  readonly byStatus: Readonly<Partial<Record<string, number>>>;
  readonly state: QuotaState;
  /** Over or at quota: highlighted in the table and the chart. */
  readonly flagged: boolean;
  /** Any form at all goes through this recommender. */
  readonly active: boolean;
}

export function quotaState(used: number, quota: number): QuotaState {
  if (used > quota) return 'over';
  if (used === quota) return 'full';
  return 'open';
}

const formsOf = (r: RecommenderUsage) => Object.values(r.byStatus).reduce<number>((sum, n) => sum + (n ?? 0), 0);

/** The table rows of one kind of recommender: flagged ones first, then by places used, then as the API lists them. */
export function quotaRows(usage: QuotaUsage, kind: RecommenderUsage['kind'], locale: string): QuotaRow[] {
  return usage.recommenders
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => r.kind === kind)
    .map(({ r, index }) => {
      const state = quotaState(r.used, r.quota);
      const row: QuotaRow = {
        key: `${r.kind}:${r.code}`,
        code: r.code,
        name: locale === 'en' ? r.nameEn : r.nameZh,
        quota: r.quota,
        used: r.used,
        remaining: Math.max(r.remaining, 0),
        byStatus: r.byStatus,
        state,
        flagged: state !== 'open',
        active: r.used > 0 || formsOf(r) > 0,
      };
      return { row, index };
    })
    .sort((a, b) => Number(b.row.flagged) - Number(a.row.flagged) || b.row.used - a.row.used || a.index - b.index)
    .map(({ row }) => row);
}

/** The status columns worth showing: the statuses that occur in any row, in the order of a form's life. */
export function statusColumns(rows: readonly QuotaRow[]): string[] {
  const present = new Set(rows.flatMap((r) => Object.entries(r.byStatus).filter(([, n]) => (n ?? 0) > 0).map(([s]) => s)));
  const known = NOMINATION_STATUSES.filter((s) => present.has(s));
  const unknown = [...present].filter((s) => !(NOMINATION_STATUSES as readonly string[]).includes(s)).sort();
  return [...known, ...unknown];
}

export interface QuotaTotals {
  readonly quota: number;
  readonly used: number;
  readonly flagged: number;
  readonly active: number;
}

export function quotaTotals(rows: readonly QuotaRow[]): QuotaTotals {
  return rows.reduce((t, r) => ({ quota: t.quota + r.quota, used: t.used + r.used, flagged: t.flagged + Number(r.flagged), active: t.active + Number(r.active) }), { quota: 0, used: 0, flagged: 0, active: 0 });
}

/** Bars of places used for the recommenders with forms (none when no form has come yet), the quota as the target line when it is the same for all. */
export function quotaChart(rows: readonly QuotaRow[]): { data: Array<{ label: string; value: number; highlight: boolean }>; quota: number | null } {
  const shown = rows.filter((r) => r.active);
  const [first, ...others] = rows.map((r) => r.quota);
  return {
    data: shown.map((r) => ({ label: r.name, value: r.used, highlight: r.flagged })),
    quota: first !== undefined && others.every((q) => q === first) ? first : null,
  };
}
