import { z } from 'zod';
import { campaignPhaseSchema } from '@bayu/contracts';
import { zodMessage } from '@bayu/platform/http';
import { PHASE_ACTIONS } from './campaign-phases';

const window = z.object({ start: z.iso.date(), end: z.iso.date() }).strict();
const WINDOWS = ['recommendation', 'selection', 'publicity', 'closing'] as const;
const WINDOWS_ZH: Record<(typeof WINDOWS)[number], string> = { recommendation: '推荐', selection: '评选', publicity: '宣传', closing: '总结' };

export const campaignScheduleSchema = z
  .object({ recommendation: window, selection: window, publicity: window, closing: window })
  .strict()
  .describe('Planned dates of each phase (2022: May–June, July–August, September–October, November–December)');
export type CampaignSchedule = z.infer<typeof campaignScheduleSchema>;

/** The calendar day, in Chongqing, of an instant. */
const chongqingDay = (instant: string) => new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function checkSchedule(schedule: CampaignSchedule, formDeadline: string, ctx: z.RefinementCtx): void {
  WINDOWS.forEach((name, i) => {
    const w = schedule[name];
    if (w.start > w.end) ctx.addIssue({ code: 'custom', path: ['schedule', name, 'end'], ...zodMessage({ zh: '不能早于开始日期', en: 'must not be before the start' }) });
    const previousName = WINDOWS[i - 1] as (typeof WINDOWS)[number];
    const previous = i > 0 ? schedule[previousName] : undefined;
    if (previous && w.start < previous.end) ctx.addIssue({ code: 'custom', path: ['schedule', name, 'start'], ...zodMessage({ zh: `不能早于${WINDOWS_ZH[previousName]}阶段结束`, en: `must not be before the ${previousName} phase ends` }) });
  });
  const day = chongqingDay(formDeadline);
  if (day < schedule.recommendation.start || day > schedule.recommendation.end) {
    ctx.addIssue({ code: 'custom', path: ['formDeadline'], ...zodMessage({ zh: '须在推荐阶段内', en: 'must fall within the recommendation phase' }) });
  }
}

const count = (max: number) => z.number().int().min(1).max(max);

export const createCampaignSchema = z
  .object({
    year: z.number().int().min(2019).max(2100),
    titleZh: z.string().trim().min(1).max(100).describe('e.g. 2022年“最美巴渝工匠”选树宣传活动'),
    titleEn: z.string().trim().min(1).max(150),
    schedule: campaignScheduleSchema,
    formDeadline: z.iso.datetime({ offset: true }).describe('Forms close at this instant (2022: 30 June, end of day)'),
    quotas: z.object({ district: count(50).describe('per district (notice: 6)'), department: count(50).describe('per municipal department (notice: 3)') }).strict(),
    shortlistSize: count(1000).describe('published for the public vote (notice 50, 2022: 106)'),
    expertReviewSize: count(1000).describe('from the vote to the expert panel (notice 30, 2022: 40)'),
    awardCount: count(100).describe('最美巴渝工匠 (10)'),
    awardNominationCount: z.number().int().min(0).max(100).describe('最美巴渝工匠提名 (10)'),
  })
  .strict()
  .superRefine((c, ctx) => {
    checkSchedule(c.schedule, c.formDeadline, ctx);
    if (c.expertReviewSize > c.shortlistSize) ctx.addIssue({ code: 'custom', path: ['expertReviewSize'], ...zodMessage({ zh: '不能超过入围人数', en: 'cannot exceed the shortlist' }) });
    if (c.awardCount + c.awardNominationCount > c.expertReviewSize) ctx.addIssue({ code: 'custom', path: ['awardNominationCount'], ...zodMessage({ zh: '最美巴渝工匠与提名人数合计不能超过专家评审人数', en: 'awards and nominations together cannot exceed the candidates the panel reviews' }) });
    if (Number(c.schedule.recommendation.start.slice(0, 4)) !== c.year) ctx.addIssue({ code: 'custom', path: ['schedule', 'recommendation', 'start'], ...zodMessage({ zh: '须在本次活动的年度内', en: 'must be in the campaign year' }) });
  });
export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;

/** What may change once a campaign exists: its dates (an extended deadline, a moved ceremony). */
export const rescheduleCampaignSchema = z
  .object({ schedule: campaignScheduleSchema, formDeadline: z.iso.datetime({ offset: true }) })
  .strict()
  .superRefine((input, ctx) => checkSchedule(input.schedule, input.formDeadline, ctx));
export type RescheduleCampaignInput = z.infer<typeof rescheduleCampaignSchema>;

export const phaseActionSchema = z.object({ action: z.enum(PHASE_ACTIONS as [string, ...string[]]) }).strict();

export const campaignViewSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  titleZh: z.string(),
  titleEn: z.string(),
  phase: campaignPhaseSchema,
  schedule: campaignScheduleSchema,
  formDeadline: z.iso.datetime(),
  quotas: z.object({ district: z.number().int(), department: z.number().int() }),
  shortlistSize: z.number().int(),
  expertReviewSize: z.number().int(),
  awardCount: z.number().int(),
  awardNominationCount: z.number().int(),
  shortlistPublishedAt: z.iso.datetime().nullable(),
  nextActions: z.array(z.object({ action: z.string(), labelZh: z.string(), labelEn: z.string() })).describe('what the caller may do next'),
  version: z.number().int(),
});
export type CampaignView = z.infer<typeof campaignViewSchema>;

export const campaignIdParam = z.uuid();
