import type { CampaignSchedule, CampaignView, CreateCampaignBody, RescheduleBody } from '../shared/api';
import { SCHEDULED_PHASES } from './phase-steps';

/**
 * The 新建评选活动 form as the user types it (every input a string), its defaults from the notice (seed 002),
 * and the request bodies it becomes. The API validates; the form keeps what was typed when it refuses.
 */
export interface ScheduleValues {
  readonly schedule: CampaignSchedule;
  /** Chongqing wall-clock time, as a datetime-local input holds it: 2027-06-30T23:59. */
  readonly formDeadline: string;
}

export interface CampaignFormValues extends ScheduleValues {
  readonly year: string;
  /** The last complete year typed: the untouched default titles and dates are on it (not sent). */
  readonly planYear: string;
  readonly titleZh: string;
  readonly titleEn: string;
  readonly districtQuota: string;
  readonly departmentQuota: string;
  readonly shortlistSize: string;
  readonly expertReviewSize: string;
  readonly awardCount: string;
  readonly awardNominationCount: string;
}

/** Numbers of the notice: 6 per district, 3 per department, 50 shortlisted, 30 to the panel, 10 awards and 10 nominations. */
export const NOTICE_SIZES = { districtQuota: 6, departmentQuota: 3, shortlistSize: 50, expertReviewSize: 30, awardCount: 10, awardNominationCount: 10 } as const;

/** The 2022 calendar (seed 002): May–June, July–August, September–October, November–December. */
const WINDOWS = {
  recommendation: ['05-01', '06-30'],
  selection: ['07-01', '08-31'],
  publicity: ['09-01', '10-31'],
  closing: ['11-01', '12-31'],
} as const;

const CHONGQING_OFFSET_MS = 8 * 3600_000;

/** The year to plan for: this year while its forms are still open (until the end of June), else the next. */
export function defaultYear(now: Date): number {
  const local = new Date(now.getTime() + CHONGQING_OFFSET_MS);
  return local.getUTCMonth() >= 6 ? local.getUTCFullYear() + 1 : local.getUTCFullYear();
}

export const defaultTitleZh = (year: number | string) => `${year}年“最美巴渝工匠”选树宣传活动`;
export const defaultTitleEn = (year: number | string) => `The ${year} Most Beautiful Bayu Craftsmen campaign`;

export function defaultSchedule(year: number | string): CampaignSchedule {
  const w = (phase: keyof typeof WINDOWS) => ({ start: `${year}-${WINDOWS[phase][0]}`, end: `${year}-${WINDOWS[phase][1]}` });
  return { recommendation: w('recommendation'), selection: w('selection'), publicity: w('publicity'), closing: w('closing') };
}

export function defaultCampaignForm(year: number): CampaignFormValues {
  return {
    year: String(year),
    planYear: String(year),
    titleZh: defaultTitleZh(year),
    titleEn: defaultTitleEn(year),
    schedule: defaultSchedule(year),
    formDeadline: `${year}-06-30T23:59`,
    districtQuota: String(NOTICE_SIZES.districtQuota),
    departmentQuota: String(NOTICE_SIZES.departmentQuota),
    shortlistSize: String(NOTICE_SIZES.shortlistSize),
    expertReviewSize: String(NOTICE_SIZES.expertReviewSize),
    awardCount: String(NOTICE_SIZES.awardCount),
    awardNominationCount: String(NOTICE_SIZES.awardNominationCount),
  };
}

/**
 * A new year typed into the form: once it is a complete year, the titles and dates still on the previous
 * year's defaults follow it (typing "2031" digit by digit ends the same as pasting it); what the user
 * changed by hand stays as it is.
 */
export function changeYear(values: CampaignFormValues, nextYear: string): CampaignFormValues {
  const old = values.planYear;
  if (!/^\d{4}$/.test(old) || !/^\d{4}$/.test(nextYear)) return { ...values, year: nextYear };
  const move = (date: string) => (date.startsWith(`${old}-`) ? `${nextYear}${date.slice(4)}` : date);
  const schedule = Object.fromEntries(SCHEDULED_PHASES.map((p) => [p, { start: move(values.schedule[p].start), end: move(values.schedule[p].end) }])) as CampaignSchedule;
  return {
    ...values,
    year: nextYear,
    planYear: nextYear,
    titleZh: values.titleZh === defaultTitleZh(old) ? defaultTitleZh(nextYear) : values.titleZh,
    titleEn: values.titleEn === defaultTitleEn(old) ? defaultTitleEn(nextYear) : values.titleEn,
    schedule,
    formDeadline: move(values.formDeadline),
  };
}

/** A typed number; blank or not a number goes out as null (NaN in JSON), so the API names the field. */
export function numberOf(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** Chongqing wall-clock "2027-06-30T23:59[:59]" → an instant with its offset, as the API takes it. */
export function toDeadlineInstant(local: string): string {
  const trimmed = local.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(trimmed)) return `${trimmed}:00+08:00`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(trimmed)) return `${trimmed}+08:00`;
  return trimmed; // left for the API to name as invalid
}

/** An instant from the API → the Chongqing wall clock a datetime-local input shows (seconds only when set). */
export function toDeadlineLocal(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() + CHONGQING_OFFSET_MS).toISOString().slice(0, 19);
  return local.endsWith(':00') ? local.slice(0, 16) : local;
}

const trimSchedule = (schedule: CampaignSchedule): CampaignSchedule =>
  Object.fromEntries(SCHEDULED_PHASES.map((p) => [p, { start: schedule[p].start.trim(), end: schedule[p].end.trim() }])) as CampaignSchedule;

export function toCreateRequest(values: CampaignFormValues): CreateCampaignBody {
  return {
    year: numberOf(values.year),
    titleZh: values.titleZh.trim(),
    titleEn: values.titleEn.trim(),
    schedule: trimSchedule(values.schedule),
    formDeadline: toDeadlineInstant(values.formDeadline),
    quotas: { district: numberOf(values.districtQuota), department: numberOf(values.departmentQuota) },
    shortlistSize: numberOf(values.shortlistSize),
    expertReviewSize: numberOf(values.expertReviewSize),
    awardCount: numberOf(values.awardCount),
    awardNominationCount: numberOf(values.awardNominationCount),
  };
}

/** The schedule editor starts from the campaign as it is. */
export function scheduleValuesOf(view: Pick<CampaignView, 'schedule' | 'formDeadline'>): ScheduleValues {
  return { schedule: view.schedule, formDeadline: toDeadlineLocal(view.formDeadline) };
}

export function toRescheduleRequest(values: ScheduleValues): RescheduleBody {
  return { schedule: trimSchedule(values.schedule), formDeadline: toDeadlineInstant(values.formDeadline) };
}

/** The API's names of the fields on the form, so each error is shown next to its control. */
export const CAMPAIGN_FIELDS = [
  'year',
  'titleZh',
  'titleEn',
  ...SCHEDULED_PHASES.flatMap((p) => [`schedule.${p}.start`, `schedule.${p}.end`]),
  'formDeadline',
  'quotas.district',
  'quotas.department',
  'shortlistSize',
  'expertReviewSize',
  'awardCount',
  'awardNominationCount',
] as const;
