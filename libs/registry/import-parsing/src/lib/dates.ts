import { excelSerialToIsoDate } from './xlsx-cells';

const pad = (n: number): string => String(n).padStart(2, '0');

function isoIfReal(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * A calendar date as clerks write it: 2020-06-30, 2020/6/30, 2020.6.30, 2020年6月30日, 20200630, a
 * trailing 00:00:00, or an Excel date serial (a date cell saved without its date format: 44012).
 * Undefined when it is not a real date.
 */
export function parseCalendarDate(text: string): string | undefined {
  const value = text.trim();
  const ymd = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(value);
  if (ymd) return isoIfReal(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return isoIfReal(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (/^\d{5}$/.test(value)) return excelSerialToIsoDate(Number(value));
  return undefined;
}

/** Today's date in China (UTC+8, no daylight saving), which is what "not in the future" means to a clerk. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The date `years` after an ISO date (29 February rolls to 1 March). */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC((y ?? 0) + years, (m ?? 1) - 1, d ?? 1)).toISOString().slice(0, 10);
}
