// Calendar days as ISO strings, precomputed per year: the generator turns day numbers into dates without
// building a Date per worker.

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const toNumber = Number; // read once: global lookups are slow inside a vm context (jest)

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

const byYear = new Map<number, readonly string[]>();

/** Every day of `year` as YYYY-MM-DD, 1 January first. */
export function daysOf(year: number): readonly string[] {
  let days = byYear.get(year);
  if (!days) {
    const list: string[] = [];
    for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
      const d = new Date(t);
      list.push(`${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`);
    }
    days = list;
    byYear.set(year, days);
  }
  return days;
}

/** The date `years` after an ISO date; 29 February rolls to 1 March (as the registry counts a 16th birthday). */
export function addYears(isoDate: string, years: number): string {
  const year = toNumber(isoDate.slice(0, 4)) + years;
  const rest = isoDate.slice(4);
  return rest === '-02-29' && !isLeapYear(year) ? `${year}-03-01` : `${year}${rest}`;
}

/** The days from 1 January of `firstYear` to 31 December of `lastYear`. */
export interface DayTable {
  readonly dates: readonly string[];
  /** YYYYMMDD, as inside an ID number. */
  readonly compact: readonly string[];
  /** Year of each day. */
  readonly years: Int16Array;
}

export function dayTable(firstYear: number, lastYear: number): DayTable {
  const dates: string[] = [];
  const years: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const date of daysOf(year)) {
      dates.push(date);
      years.push(year);
    }
  }
  return { dates, compact: dates.map((d) => d.replace(/-/g, '')), years: Int16Array.from(years) };
}
