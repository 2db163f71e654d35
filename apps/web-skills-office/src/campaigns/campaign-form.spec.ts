import { describe, expect, it } from 'vitest';
import { changeYear, defaultCampaignForm, defaultYear, scheduleValuesOf, toCreateRequest, toDeadlineInstant, toDeadlineLocal, toRescheduleRequest } from './campaign-form';

describe('the new-campaign form', () => {
  it('becomes a request with the notice defaults: 6 per district, 3 per department, 50, 30, 10 awards and 10 nominations', () => {
    expect(toCreateRequest(defaultCampaignForm(2027))).toEqual({
      year: 2027,
      titleZh: '2027年“最美巴渝工匠”选树宣传活动',
      titleEn: 'The 2027 Most Beautiful Bayu Craftsmen campaign',
      schedule: {
        recommendation: { start: '2027-05-01', end: '2027-06-30' },
        selection: { start: '2027-07-01', end: '2027-08-31' },
        publicity: { start: '2027-09-01', end: '2027-10-31' },
        closing: { start: '2027-11-01', end: '2027-12-31' },
      },
      formDeadline: '2027-06-30T23:59:00+08:00',
      quotas: { district: 6, department: 3 },
      shortlistSize: 50,
      expertReviewSize: 30,
      awardCount: 10,
      awardNominationCount: 10,
    });
  });

  it('sends what the user typed, trimmed, and a blank number as null for the API to name', () => {
    const values = { ...defaultCampaignForm(2027), titleZh: '  2027年评选  ', shortlistSize: ' 106 ', expertReviewSize: '' };
    const body = toCreateRequest(values);
    expect(body.titleZh).toBe('2027年评选');
    expect(body.shortlistSize).toBe(106);
    expect(JSON.parse(JSON.stringify(body)).expertReviewSize).toBeNull();
  });

  it('moves the default titles and dates with the year, and leaves what the user changed', () => {
    const edited = { ...defaultCampaignForm(2027), titleEn: 'My own title', schedule: { ...defaultCampaignForm(2027).schedule, closing: { start: '2027-11-01', end: '2028-01-15' } } };
    const moved = changeYear(edited, '2031');
    expect(moved.year).toBe('2031');
    expect(moved.titleZh).toBe('2031年“最美巴渝工匠”选树宣传活动');
    expect(moved.titleEn).toBe('My own title');
    expect(moved.schedule.recommendation).toEqual({ start: '2031-05-01', end: '2031-06-30' });
    expect(moved.schedule.closing).toEqual({ start: '2031-11-01', end: '2028-01-15' });
    expect(moved.formDeadline).toBe('2031-06-30T23:59');
  });

  it('keeps a half-typed year without touching the rest, and follows once the year is complete', () => {
    const values = defaultCampaignForm(2027);
    const typing = ['', '2', '20', '203'].reduce(changeYear, values);
    expect(typing.year).toBe('203');
    expect(typing.schedule).toEqual(values.schedule);
    const typed = changeYear(typing, '2031');
    expect(typed.schedule.recommendation.start).toBe('2031-05-01');
    expect(typed.titleZh).toBe('2031年“最美巴渝工匠”选树宣传活动');
  });

  it('plans for this year until its forms close, then for the next', () => {
    expect(defaultYear(new Date('2027-03-10T00:00:00Z'))).toBe(2027);
    expect(defaultYear(new Date('2027-06-30T15:59:00Z'))).toBe(2027);
    expect(defaultYear(new Date('2027-06-30T16:00:00Z'))).toBe(2028); // 1 July in Chongqing
    expect(defaultYear(new Date('2026-12-02T09:00:00Z'))).toBe(2027);
  });
});

describe('the form deadline, in Chongqing time', () => {
  it('turns the wall clock into an instant with +08:00', () => {
    expect(toDeadlineInstant('2027-06-30T23:59')).toBe('2027-06-30T23:59:00+08:00');
    expect(toDeadlineInstant('2027-06-30T23:59:59')).toBe('2027-06-30T23:59:59+08:00');
    expect(toDeadlineInstant('tomorrow')).toBe('tomorrow');
  });

  it('shows an instant from the API on the Chongqing wall clock', () => {
    expect(toDeadlineLocal('2027-06-30T15:59:59.000Z')).toBe('2027-06-30T23:59:59');
    expect(toDeadlineLocal('2027-07-10T10:00:00.000Z')).toBe('2027-07-10T18:00');
    expect(toDeadlineLocal('not a date')).toBe('');
  });

  it('round-trips a campaign through the schedule editor unchanged', () => {
    const view = { schedule: defaultCampaignForm(2027).schedule, formDeadline: '2027-06-30T15:59:59.000Z' };
    const body = toRescheduleRequest(scheduleValuesOf(view));
    expect(body.schedule).toEqual(view.schedule);
    expect(new Date(body.formDeadline).toISOString()).toBe(view.formDeadline);
  });
});
