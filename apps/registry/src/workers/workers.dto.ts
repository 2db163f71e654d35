import { z } from 'zod';
import { districtCodeSchema } from '@bayu/contracts';
import { parseNationalId } from '@bayu/national-id';

export const registerWorkerSchema = z
  .object({
    nationalId: z.string().max(32),
    name: z.string().trim().min(1).max(50),
    districtCode: districtCodeSchema,
    employerName: z.string().trim().min(1).max(200),
    occupation: z.string().trim().min(1).max(100),
    /** Optional; when given it must agree with the ID number. */
    gender: z.enum(['male', 'female']).optional(),
    birthDate: z.iso.date().optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const id = parseNationalId(input.nationalId);
    if (!id.ok) {
      ctx.addIssue({ code: 'custom', path: ['nationalId'], message: id.message, params: { problem: id.problem } });
      return;
    }
    if (input.gender && input.gender !== id.facts.gender) ctx.addIssue({ code: 'custom', path: ['gender'], message: 'does not match the ID number' });
    if (input.birthDate && input.birthDate !== id.facts.birthDate) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'does not match the ID number' });
  });

export type RegisterWorkerInput = z.infer<typeof registerWorkerSchema>;

export const workerViewSchema = z.object({
  id: z.uuid(),
  nationalIdMasked: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']),
  birthDate: z.iso.date(),
  districtCode: z.string(),
  employerName: z.string(),
  occupation: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type WorkerView = z.infer<typeof workerViewSchema>;

export const workerIdParam = z.uuid();
