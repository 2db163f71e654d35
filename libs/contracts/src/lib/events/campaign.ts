import { z } from 'zod';
import { TOPICS } from '../topics';
import type { EventDefinition } from '../catalogue-types';

export const campaignPhaseSchema = z
  .enum(['draft', 'recommendation', 'selection', 'publicity', 'closing', 'closed'])
  .describe('draft 筹备 → recommendation 推荐 → selection 评选 → publicity 宣传 → closing 总结 → closed 结束');

export const recommenderSchema = z.object({
  kind: z.enum(['district', 'department']),
  code: z.string().min(1).max(40).describe('GB/T 2260 district code, or a municipal department code'),
});

export const campaignPhaseChangedV1 = z.object({
  campaignId: z.uuid(),
  year: z.number().int().min(2019).max(2100),
  from: campaignPhaseSchema,
  to: campaignPhaseSchema,
  changedAt: z.iso.datetime(),
});

const nominationStep = {
  nominationId: z.uuid(),
  campaignId: z.uuid(),
  recommender: recommenderSchema,
};

export const nominationSubmittedV1 = z.object({
  ...nominationStep,
  employerId: z.string().min(1).max(100),
  resubmission: z.boolean().describe('true when a returned form comes back corrected'),
  submittedAt: z.iso.datetime(),
});

export const nominationEndorsedV1 = z.object({
  ...nominationStep,
  step: z.enum(['recommender', 'skills-office']).describe('the district or department, then the skills office'),
  endorsedAt: z.iso.datetime(),
});

export const nominationReturnedV1 = z.object({
  ...nominationStep,
  step: z.enum(['recommender', 'skills-office']),
  returnedAt: z.iso.datetime(),
});

export const nominationShortlistedV1 = z.object({
  ...nominationStep,
  workerId: z.uuid().nullable().describe('the registry worker, when the candidate is on the register'),
  name: z.string().min(1).max(50),
  employerName: z.string().min(1).max(200),
  occupation: z.string().min(1).max(100),
  shortlistedAt: z.iso.datetime(),
});

const ids = { campaignId: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918', nominationId: '01938f5e-2b7c-7d41-9a3e-5c2b1d0e9f87' };
const chengkou = { kind: 'district' as const, code: '500229' };

/**
 * The selection campaign's own events. Before the shortlist is published they carry ids and steps only:
 * who is being recommended is not public until the skills office says so.
 */
export const CAMPAIGN_EVENTS = {
  'campaign.phase-changed': {
    name: 'campaign.phase-changed',
    version: 1,
    topic: TOPICS.campaignLifecycle,
    subjectField: 'campaignId',
    schema: campaignPhaseChangedV1,
    summary: 'The skills office moved a campaign to its next phase.',
    summaryZh: '市高技办将评选活动推进到下一阶段。',
    example: { campaignId: ids.campaignId, year: 2022, from: 'recommendation', to: 'selection', changedAt: '2022-07-01T01:00:00.000Z' },
  },
  'nomination.submitted': {
    name: 'nomination.submitted',
    version: 1,
    topic: TOPICS.campaignNomination,
    subjectField: 'nominationId',
    schema: nominationSubmittedV1,
    summary: 'An employer submitted a recommendation form (endorsement 1 of 3) to its district or department.',
    summaryZh: '所在单位签署意见并提交推荐表。',
    example: { ...ids, recommender: chengkou, employerId: 'emp-chengkou-power', resubmission: false, submittedAt: '2022-06-10T02:00:00.000Z' },
  },
  'nomination.endorsed': {
    name: 'nomination.endorsed',
    version: 1,
    topic: TOPICS.campaignNomination,
    subjectField: 'nominationId',
    schema: nominationEndorsedV1,
    summary: 'The district or department (endorsement 2), or the skills office (endorsement 3), approved a form.',
    summaryZh: '区县人力社保局或市级部门、市高技办审核同意推荐表。',
    example: { ...ids, recommender: chengkou, step: 'recommender', endorsedAt: '2022-06-20T02:00:00.000Z' },
  },
  'nomination.returned': {
    name: 'nomination.returned',
    version: 1,
    topic: TOPICS.campaignNomination,
    subjectField: 'nominationId',
    schema: nominationReturnedV1,
    summary: 'A form went back to its employer for correction, with reasons.',
    summaryZh: '推荐表被退回所在单位修改。',
    example: { ...ids, recommender: chengkou, step: 'skills-office', returnedAt: '2022-06-25T02:00:00.000Z' },
  },
  'nomination.shortlisted': {
    name: 'nomination.shortlisted',
    version: 1,
    topic: TOPICS.campaignNomination,
    subjectField: 'nominationId',
    schema: nominationShortlistedV1,
    summary: 'A candidate is on the published shortlist; the public profile fields come with it.',
    summaryZh: '候选人入围并公示。',
    example: { ...ids, recommender: chengkou, workerId: null, name: '冉洪位', employerName: '国网重庆城口供电公司', occupation: '电力线路运维', shortlistedAt: '2022-08-01T02:00:00.000Z' },
  },
} as const satisfies Record<string, EventDefinition>;
