import { INDUSTRY_CODES, type IndustryCode } from '@bayu/reference';

/** What the statistics screen is filtered by; kept in the URL so a view can be shared and reloaded. */
export interface StatisticsFilter {
  readonly year: number;
  readonly industry?: IndustryCode;
}

export const FIRST_YEAR = 2015;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const isIndustry = (value: string | null): value is IndustryCode => value !== null && (INDUSTRY_CODES as readonly string[]).includes(value);

export function filterFromParams(params: URLSearchParams, currentYear: number): StatisticsFilter {
  const year = Number(params.get('year'));
  const industry = params.get('industry');
  return {
    year: Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : currentYear,
    ...(isIndustry(industry) ? { industry } : {}),
  };
}

/** Only what differs from the defaults goes in the URL. */
export function filterToParams(filter: StatisticsFilter, currentYear: number): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.year !== currentYear) params.set('year', String(filter.year));
  if (filter.industry) params.set('industry', filter.industry);
  return params;
}

/** Years to choose from, newest first: FIRST_YEAR to the current year, plus any year with a target or data. */
export function yearOptions(currentYear: number, extra: Iterable<number> = []): number[] {
  const years = new Set<number>();
  for (let y = currentYear; y >= Math.min(FIRST_YEAR, currentYear); y -= 1) years.add(y);
  for (const y of extra) if (Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR) years.add(y);
  return [...years].sort((a, b) => b - a);
}
