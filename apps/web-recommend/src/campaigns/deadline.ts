/** How far away the form deadline is, counted in calendar days of Chongqing (UTC+8, no daylight saving). */
export type Countdown =
  | { readonly kind: 'passed' }
  /** The deadline falls later today: hours left, rounded up (at least 1). */
  | { readonly kind: 'today'; readonly hours: number }
  | { readonly kind: 'days'; readonly days: number; readonly urgent: boolean };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CHONGQING_OFFSET = 8 * HOUR;
/** From this many days left the countdown is shown as a warning. */
export const URGENT_DAYS = 7;

const calendarDay = (instant: number) => Math.floor((instant + CHONGQING_OFFSET) / DAY);

/** "距截止还有 N 天": whole calendar days between today and the deadline's day, in Chongqing time. */
export function deadlineCountdown(deadline: string | Date, now: Date = new Date()): Countdown {
  const end = deadline instanceof Date ? deadline.getTime() : Date.parse(deadline);
  const left = end - now.getTime();
  if (!Number.isFinite(left) || left <= 0) return { kind: 'passed' };
  const days = calendarDay(end) - calendarDay(now.getTime());
  if (days <= 0) return { kind: 'today', hours: Math.max(1, Math.ceil(left / HOUR)) };
  return { kind: 'days', days, urgent: days <= URGENT_DAYS };
}

export function isPastDeadline(deadline: string | Date, now: Date = new Date()): boolean {
  return deadlineCountdown(deadline, now).kind === 'passed';
}
