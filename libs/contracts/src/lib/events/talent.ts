import { z } from 'zod';
import { isDistrictCode } from '@bayu/reference';
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
  registeredAt: z.iso.datetime(),
});

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
      registeredAt: '2026-03-01T08:00:00.000Z',
    },
  },
} as const satisfies Record<string, EventDefinition>;
