import { z } from 'zod';
import { zodMessage } from '@bayu/platform/http';

export const publishShortlistSchema = z
  .object({
    nominationIds: z
      .array(z.uuid())
      .min(1)
      .max(1000)
      .refine((ids) => new Set(ids).size === ids.length, zodMessage({ zh: '每份推荐表只能列入一次', en: 'each form once' }))
      .describe('the endorsed forms that go on the shortlist; every other endorsed form is passed over'),
  })
  .strict();
export type PublishShortlistInput = z.infer<typeof publishShortlistSchema>;

/** What the public sees of a candidate: no ID number, no birth date, no contact details. */
export const publicCandidateSchema = z.object({
  nominationId: z.uuid(),
  name: z.string(),
  employerName: z.string(),
  occupation: z.string(),
  recommenderZh: z.string().describe('the district or department that recommended the candidate'),
  deedsAndAwards: z.string(),
  photoUrl: z.string().nullable().describe('the two-inch photo, served without login'),
  status: z.enum(['shortlisted', 'finalist', 'not-selected', 'awarded', 'award-nominee']),
});
export type PublicCandidate = z.infer<typeof publicCandidateSchema>;

export const publicCampaignSchema = z.object({ id: z.uuid(), year: z.number().int(), titleZh: z.string(), titleEn: z.string(), phase: z.string(), shortlistPublishedAt: z.iso.datetime() });
export type PublicCampaign = z.infer<typeof publicCampaignSchema>;
