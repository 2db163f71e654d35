import { z } from 'zod';
import { HONOUR_KIND_CODES, HONOUR_LEVELS, HERITAGE_LEVEL_CODES, INDUSTRY_CODES, isDistrictCode, SKILL_LEVEL_CODES, TITLE_FIELD_CODES, TITLE_GRADE_CODES } from '@bayu/reference';
import { TOPICS } from '../topics';
import type { EventDefinition } from '../catalogue-types';

export const nationalIdHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe('HMAC-SHA256 (hex) of the national ID number under the platform lookup key; never the number itself.');

export const maskedNationalIdSchema = z
  .string()
  .regex(/^\d{6}\*{8}\d{3}[\dX]$/)
  .describe('National ID number with the eight birth-date digits masked, e.g. 500103********1234.');

export const districtCodeSchema = z.string().refine(isDistrictCode, { message: 'unknown district code' });

export const talentRegisteredV1 = z.object({
  workerId: z.uuid(),
  nationalIdHash: nationalIdHashSchema,
  nationalIdMasked: maskedNationalIdSchema,
  name: z.string().min(1).max(50),
  gender: z.enum(['male', 'female']),
  birthYearMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  districtCode: districtCodeSchema,
  employerName: z.string().min(1).max(200),
  occupation: z.string().min(1).max(100),
  /** Added compatibly after v1 was first published: absent in the earliest events. */
  industryCode: z.enum(INDUSTRY_CODES).optional(),
  currentLevel: z.enum(SKILL_LEVEL_CODES).nullable().optional(),
  registeredAt: z.iso.datetime(),
});

/** What a consumer needs to keep its picture of a worker current, after any change. */
export const talentSnapshotSchema = z.object({
  name: z.string().min(1).max(50),
  districtCode: districtCodeSchema,
  employerName: z.string().min(1).max(200),
  industryCode: z.enum(INDUSTRY_CODES),
  occupation: z.string().min(1).max(100),
  currentLevel: z.enum(SKILL_LEVEL_CODES).nullable().describe('Highest valid skill-level certificate, derived; null without one.'),
  highSkilled: z.boolean().describe('高级工 and above'),
});

export const talentUpdatedV1 = z.object({
  workerId: z.uuid(),
  version: z.number().int().min(2),
  changed: z.array(z.string()).min(1).describe('Fields of the snapshot that changed, e.g. districtCode or currentLevel.'),
  snapshot: talentSnapshotSchema,
  updatedAt: z.iso.datetime(),
});

export const certificateKindSchema = z.enum(['skill-level', 'professional-title', 'heritage-inheritor']);

export const certificateIssuedV1 = z.object({
  certificateId: z.uuid(),
  workerId: z.uuid(),
  kind: certificateKindSchema,
  skillLevel: z.enum(SKILL_LEVEL_CODES).optional(),
  occupation: z.string().max(100).optional(),
  titleField: z.enum(TITLE_FIELD_CODES).optional(),
  titleGrade: z.enum(TITLE_GRADE_CODES).optional(),
  heritageLevel: z.enum(HERITAGE_LEVEL_CODES).optional(),
  heritageItem: z.string().max(100).optional(),
  certificateNumber: z.string().min(1).max(64),
  issuingBody: z.string().min(1).max(200),
  issueDate: z.iso.date(),
  workerCurrentLevel: z.enum(SKILL_LEVEL_CODES).nullable(),
});

export const certificateRevokedV1 = z.object({
  certificateId: z.uuid(),
  workerId: z.uuid(),
  kind: certificateKindSchema,
  certificateNumber: z.string().min(1).max(64),
  reason: z.string().min(1).max(500),
  revokedAt: z.iso.datetime(),
  workerCurrentLevel: z.enum(SKILL_LEVEL_CODES).nullable(),
});

export const honourGrantedV1 = z.object({
  honourId: z.uuid(),
  workerId: z.uuid(),
  kind: z.enum(HONOUR_KIND_CODES),
  level: z.enum(HONOUR_LEVELS),
  year: z.number().int().min(1950).max(2100),
  grantingBody: z.string().min(1).max(200),
  citation: z.string().max(500).optional(),
  /** Set when the honour came from another service's event, e.g. `award:<awardId>`. */
  sourceRef: z.string().max(100).optional(),
});

const WORKER = '0b9f3c52-5d2c-4f7e-9a51-3c1d6a0e8b11';

export const TALENT_EVENTS = {
  'talent.registered': {
    name: 'talent.registered',
    version: 1,
    topic: TOPICS.registryTalent,
    subjectField: 'workerId',
    schema: talentRegisteredV1,
    summary: 'A skilled worker was entered in the talent registry.',
    summaryZh: '技能人才已登记入库。',
    example: {
      workerId: '0b9f3c52-5d2c-4f7e-9a51-3c1d6a0e8b11',
      nationalIdHash: '5f2b9c0a7e3d41b8a6c2d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4',
      nationalIdMasked: '500229********3117',
      name: '冉洪位',
      gender: 'male',
      birthYearMonth: '1984-06',
      districtCode: '500229',
      employerName: '国网重庆城口县供电公司',
      occupation: '电力线路运维',
      industryCode: 'D',
      currentLevel: 'senior-technician',
      registeredAt: '2026-03-01T08:00:00.000Z',
    },
  },
  'talent.updated': {
    name: 'talent.updated',
    version: 1,
    topic: TOPICS.registryTalent,
    subjectField: 'workerId',
    schema: talentUpdatedV1,
    summary: "A registered worker's details or derived skill level changed.",
    summaryZh: '技能人才信息或等级发生变化。',
    example: {
      workerId: WORKER,
      version: 3,
      changed: ['currentLevel', 'highSkilled'],
      snapshot: { name: '冉洪位', districtCode: '500229', employerName: '国网重庆城口县供电公司', industryCode: 'D', occupation: '电力线路运维', currentLevel: 'senior-technician', highSkilled: true },
      updatedAt: '2026-03-02T08:00:00.000Z',
    },
  },
  'certificate.issued': {
    name: 'certificate.issued',
    version: 1,
    topic: TOPICS.registryTalent,
    subjectField: 'workerId',
    schema: certificateIssuedV1,
    summary: 'A skill-level certificate, professional title or heritage-inheritor title was recorded for a worker.',
    summaryZh: '为技能人才登记了职业技能等级证书、专业技术职称或非遗传承人称号。',
    example: {
      certificateId: '6a3c1d2e-7b8f-4a90-8c1d-2e3f4a5b6c7d',
      workerId: WORKER,
      kind: 'skill-level',
      skillLevel: 'senior-technician',
      occupation: '电力线路运维',
      certificateNumber: 'S000050229000123',
      issuingBody: '国网重庆市电力公司技能等级评价中心',
      issueDate: '2021-12-20',
      workerCurrentLevel: 'senior-technician',
    },
  },
  'certificate.revoked': {
    name: 'certificate.revoked',
    version: 1,
    topic: TOPICS.registryTalent,
    subjectField: 'workerId',
    schema: certificateRevokedV1,
    summary: 'A certificate was revoked; the worker’s derived level may have dropped.',
    summaryZh: '证书被撤销，人才等级可能随之调整。',
    example: {
      certificateId: '6a3c1d2e-7b8f-4a90-8c1d-2e3f4a5b6c7d',
      workerId: WORKER,
      kind: 'skill-level',
      certificateNumber: 'S000050229000123',
      reason: '发证机构核查发现材料不实',
      revokedAt: '2026-05-01T08:00:00.000Z',
      workerCurrentLevel: 'technician',
    },
  },
  'honour.granted': {
    name: 'honour.granted',
    version: 1,
    topic: TOPICS.registryTalent,
    subjectField: 'workerId',
    schema: honourGrantedV1,
    summary: 'An honour (全国技术能手, 最美巴渝工匠, a WorldSkills medal, …) was recorded for a worker.',
    summaryZh: '为技能人才登记了荣誉。',
    example: {
      honourId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
      workerId: WORKER,
      kind: 'most-beautiful-craftsman',
      level: 'municipal',
      year: 2022,
      grantingBody: '重庆市高技能人才工作联席会办公室',
      sourceRef: 'award:2d1c0b9a-8f7e-4d6c-9b5a-4f3e2d1c0b9a',
    },
  },
} as const satisfies Record<string, EventDefinition>;
