import { z } from 'zod';
import { districtCodeSchema } from '@bayu/contracts';
import { INDUSTRY_CODES } from '@bayu/reference';

const year = z.coerce.number().int().min(1990).max(2100);

export const overviewQuerySchema = z
  .object({
    year: year.optional().describe('As of the end of this year; default the current year'),
    district: districtCodeSchema.optional(),
    industry: z.enum(INDUSTRY_CODES).optional(),
  })
  .strict();
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

export const breakdownQuerySchema = overviewQuerySchema.extend({
  by: z.enum(['district', 'industry', 'level', 'year', 'occupation']),
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('Occupations: the largest N'),
});
export type BreakdownQuery = z.infer<typeof breakdownQuerySchema>;

export const targetInputSchema = z
  .object({
    newSkilledWorkers: z.number().int().min(0).max(10_000_000).describe('New skilled workers to register during the year'),
    highSkilledSharePercent: z.number().min(0).max(100).multipleOf(0.01).describe('High-skilled share to reach by the end of the year, in %'),
  })
  .strict();
export type TargetInput = z.infer<typeof targetInputSchema>;
export const targetYearParam = year;

export const targetViewSchema = targetInputSchema.extend({ year: z.number().int(), setBy: z.string(), updatedAt: z.iso.datetime() });
export type TargetView = z.infer<typeof targetViewSchema>;

export const overviewViewSchema = z.object({
  year: z.number().int(),
  totalWorkers: z.number().int(),
  highSkilledWorkers: z.number().int(),
  highSkilledSharePercent: z.number(),
  registeredThisYear: z.number().int(),
  target: targetViewSchema.nullable(),
  progress: z
    .object({
      newWorkersPercentOfTarget: z.number().describe('registeredThisYear ÷ target, in %'),
      sharePointsToTarget: z.number().describe('target share − current share, in percentage points; ≤ 0 when reached'),
    })
    .nullable(),
});
export type OverviewView = z.infer<typeof overviewViewSchema>;

export const breakdownRowSchema = z.object({
  key: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  totalWorkers: z.number().int(),
  highSkilledWorkers: z.number().int(),
  highSkilledSharePercent: z.number(),
});
export const breakdownViewSchema = z.object({ by: z.string(), year: z.number().int(), rows: z.array(breakdownRowSchema) });
export type BreakdownView = z.infer<typeof breakdownViewSchema>;
