import { describe, expect, it } from 'vitest';
import { deadlineCountdown, isPastDeadline } from './deadline';

const deadline = '2027-06-30T23:59:59+08:00';

describe('deadlineCountdown', () => {
  it('counts calendar days in Chongqing time, not 24-hour periods', () => {
    // 29 June 23:00 in Chongqing: the deadline is tomorrow, one day away.
    expect(deadlineCountdown(deadline, new Date('2027-06-29T23:00:00+08:00'))).toEqual({ kind: 'days', days: 1, urgent: true });
    // 1 June 00:30 in Chongqing is still 31 May in UTC; it counts from the Chongqing day.
    expect(deadlineCountdown(deadline, new Date('2027-06-01T00:30:00+08:00'))).toEqual({ kind: 'days', days: 29, urgent: false });
  });

  it('gives the hours left on the last day', () => {
    expect(deadlineCountdown(deadline, new Date('2027-06-30T09:00:00+08:00'))).toEqual({ kind: 'today', hours: 15 });
    expect(deadlineCountdown(deadline, new Date('2027-06-30T23:59:00+08:00'))).toEqual({ kind: 'today', hours: 1 });
  });

  it('is urgent a week before and passed after the instant', () => {
    expect(deadlineCountdown(deadline, new Date('2027-06-23T10:00:00+08:00'))).toMatchObject({ days: 7, urgent: true });
    expect(deadlineCountdown(deadline, new Date('2027-06-22T10:00:00+08:00'))).toMatchObject({ days: 8, urgent: false });
    expect(deadlineCountdown(deadline, new Date('2027-07-01T00:00:00+08:00'))).toEqual({ kind: 'passed' });
    expect(isPastDeadline(deadline, new Date('2027-06-30T23:59:59+08:00'))).toBe(true);
    expect(isPastDeadline(deadline, new Date('2027-06-30T23:59:58+08:00'))).toBe(false);
  });

  it('treats an unreadable deadline as passed rather than open', () => {
    expect(deadlineCountdown('not a date', new Date())).toEqual({ kind: 'passed' });
  });
});
