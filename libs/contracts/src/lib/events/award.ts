import { z } from 'zod';
import { TOPICS } from '../topics';
import type { EventDefinition } from '../catalogue-types';

export const awardCategorySchema = z.enum(['award', 'nomination']).describe('最美巴渝工匠 (award) or 最美巴渝工匠提名 (nomination)');

export const awardGrantedV1 = z.object({
  awardId: z.uuid(),
  campaignId: z.uuid(),
  campaignYear: z.number().int().min(2019).max(2100),
  workerId: z.uuid(),
  category: awardCategorySchema,
  citation: z.string().max(500).optional(),
  grantedAt: z.iso.datetime(),
});

export const awardRevokedV1 = z.object({
  awardId: z.uuid(),
  campaignId: z.uuid(),
  workerId: z.uuid(),
  reason: z.string().min(1).max(500),
  revokedAt: z.iso.datetime(),
});

const example = {
  awardId: '2d1c0b9a-8f7e-4d6c-9b5a-4f3e2d1c0b9a',
  campaignId: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  workerId: '0b9f3c52-5d2c-4f7e-9a51-3c1d6a0e8b11',
};

/**
 * Results of the 最美巴渝工匠 selection, keyed by worker so that a worker's awards reach the registry and
 * integrators in order. Agreed before the campaign publishes them, so the registry's consumer exists first.
 */
export const AWARD_EVENTS = {
  'award.granted': {
    name: 'award.granted',
    version: 1,
    topic: TOPICS.campaignAward,
    subjectField: 'workerId',
    schema: awardGrantedV1,
    summary: 'A worker was named 最美巴渝工匠 or received a nomination in a campaign.',
    summaryZh: '技能人才获评“最美巴渝工匠”或获得提名。',
    example: { ...example, campaignYear: 2022, category: 'award', citation: '16年跋涉500余座高山，巡线抢险400余次', grantedAt: '2022-11-25T02:00:00.000Z' },
  },
  'award.revoked': {
    name: 'award.revoked',
    version: 1,
    topic: TOPICS.campaignAward,
    subjectField: 'workerId',
    schema: awardRevokedV1,
    summary: 'An award or nomination was withdrawn.',
    summaryZh: '撤销“最美巴渝工匠”称号或提名。',
    example: { ...example, reason: '经复核不符合评选条件', revokedAt: '2023-02-01T02:00:00.000Z' },
  },
} as const satisfies Record<string, EventDefinition>;
