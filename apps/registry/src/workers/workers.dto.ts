import { z } from 'zod';
import { districtCodeSchema } from '@bayu/contracts';
import { parseNationalId } from '@bayu/national-id';
import { zodMessage } from '@bayu/platform/http';
import { HONOUR_KIND_CODES, INDUSTRY_CODES, SKILL_LEVEL_CODES } from '@bayu/reference';

const DIFFERS_FROM_ID = { zh: '与身份证号不符', en: 'does not match the ID number' };

const text = (max: number) => z.string().trim().min(1).max(max);

export const registerWorkerSchema = z
  .object({
    nationalId: z.string().max(32),
    name: text(50),
    districtCode: districtCodeSchema,
    employerName: text(200),
    employerId: text(64).optional(),
    industryCode: z.enum(INDUSTRY_CODES),
    occupation: text(100),
    /** Optional; when given it must agree with the ID number. */
    gender: z.enum(['male', 'female']).optional(),
    birthDate: z.iso.date().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const id = parseNationalId(input.nationalId);
    if (!id.ok) {
      ctx.addIssue({ code: 'custom', path: ['nationalId'], ...zodMessage({ zh: id.messageZh, en: id.message }, { problem: id.problem }) });
      return;
    }
    if (input.gender && input.gender !== id.facts.gender) ctx.addIssue({ code: 'custom', path: ['gender'], ...zodMessage(DIFFERS_FROM_ID) });
    if (input.birthDate && input.birthDate !== id.facts.birthDate) ctx.addIssue({ code: 'custom', path: ['birthDate'], ...zodMessage(DIFFERS_FROM_ID) });
  });
export type RegisterWorkerInput = z.infer<typeof registerWorkerSchema>;

/** Who a worker is cannot change here (ID number, birth date, gender); derived fields never can. */
export const updateWorkerSchema = z
  .object({
    name: text(50),
    districtCode: districtCodeSchema,
    employerName: text(200),
    employerId: text(64).nullable(),
    industryCode: z.enum(INDUSTRY_CODES),
    occupation: text(100),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, zodMessage({ zh: '没有要修改的内容', en: 'nothing to change' }));
export type UpdateWorkerInput = z.infer<typeof updateWorkerSchema>;

export const searchWorkersSchema = z
  .object({
    name: z.string().trim().min(1).max(50).optional().describe('Prefix of the name'),
    employer: z.string().trim().min(1).max(200).optional().describe('Prefix of the employer name'),
    district: districtCodeSchema.optional(),
    industry: z.enum(INDUSTRY_CODES).optional(),
    occupation: z.string().trim().min(1).max(100).optional(),
    level: z.enum([...SKILL_LEVEL_CODES, 'none']).optional().describe('Derived skill level, or none'),
    honour: z.enum(HONOUR_KIND_CODES).optional().describe('Holds this honour'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.uuid().optional().describe('nextCursor of the previous page'),
  })
  .strict();
export type SearchWorkersInput = z.infer<typeof searchWorkersSchema>;

export const workerViewSchema = z.object({
  id: z.uuid(),
  nationalIdMasked: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']),
  birthDate: z.iso.date(),
  districtCode: z.string(),
  employerName: z.string(),
  employerId: z.string().nullable(),
  industryCode: z.string(),
  occupation: z.string(),
  currentLevel: z.enum(SKILL_LEVEL_CODES).nullable(),
  highSkilled: z.boolean(),
  registeredYear: z.number().int(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type WorkerView = z.infer<typeof workerViewSchema>;

export const workerPageSchema = z.object({
  items: z.array(workerViewSchema),
  nextCursor: z.uuid().nullable(),
  total: z.number().int().describe('Matching workers, counted up to 10,000'),
  totalIsLowerBound: z.boolean().describe('true when there are more than `total`'),
});
export type WorkerPage = z.infer<typeof workerPageSchema>;

/** The national ID number in clear, for the audited reveal. */
export const nationalIdViewSchema = z.object({ nationalId: z.string() });
export type NationalIdView = z.infer<typeof nationalIdViewSchema>;

export const workerIdParam = z.uuid();

/** A lookup by ID number: in the body, so the number never lands in a URL, an access log or a browser history. */
export const lookupWorkerSchema = z
  .object({ nationalId: z.string().max(32) })
  .strict()
  .superRefine((input, ctx) => {
    const id = parseNationalId(input.nationalId);
    if (!id.ok) ctx.addIssue({ code: 'custom', path: ['nationalId'], ...zodMessage({ zh: id.messageZh, en: id.message }, { problem: id.problem }) });
  });
export type LookupWorkerInput = z.infer<typeof lookupWorkerSchema>;
