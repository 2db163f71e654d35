import { z } from 'zod';
import { zodCheckMessage, zodMessage } from '@bayu/platform/http';
import { HERITAGE_LEVEL_CODES, SKILL_LEVEL_CODES, skillLevelOf, TITLE_FIELD_CODES, TITLE_GRADE_CODES } from '@bayu/reference';

const text = (max: number) => z.string().trim().min(1).max(max);
const pastDate = z.iso.date().refine((d) => new Date(`${d}T00:00:00Z`).getTime() <= Date.now(), zodMessage({ zh: '不能晚于今天', en: 'must not be in the future' }));
const common = {
  certificateNumber: z.string().trim().min(1).max(64).regex(/^\S+$/, zodCheckMessage({ zh: '不能包含空格', en: 'must not contain spaces' })),
  issuingBody: text(200),
  issueDate: pastDate,
};
/** 高级工, 三级, 3 and senior all mean the same level. */
const skillLevel = z.preprocess((v) => (typeof v === 'string' ? (skillLevelOf(v) ?? v) : v), z.enum(SKILL_LEVEL_CODES));

export const issueCertificateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('skill-level'), skillLevel, occupation: text(100), ...common }).strict(),
  z.object({ kind: z.literal('professional-title'), titleField: z.enum(TITLE_FIELD_CODES), titleGrade: z.enum(TITLE_GRADE_CODES), ...common }).strict(),
  z.object({ kind: z.literal('heritage-inheritor'), heritageLevel: z.enum(HERITAGE_LEVEL_CODES), heritageItem: text(100), ...common }).strict(),
]);
export type IssueCertificateInput = z.infer<typeof issueCertificateSchema>;

export const revokeCertificateSchema = z.object({ reason: text(500) }).strict();
export type RevokeCertificateInput = z.infer<typeof revokeCertificateSchema>;

export const certificateViewSchema = z.object({
  id: z.uuid(),
  workerId: z.uuid(),
  kind: z.enum(['skill-level', 'professional-title', 'heritage-inheritor']),
  skillLevel: z.string().nullable(),
  occupation: z.string().nullable(),
  titleField: z.string().nullable(),
  titleGrade: z.string().nullable(),
  heritageLevel: z.string().nullable(),
  heritageItem: z.string().nullable(),
  certificateNumber: z.string(),
  issuingBody: z.string(),
  issueDate: z.iso.date(),
  status: z.enum(['valid', 'revoked']),
  revokedAt: z.iso.datetime().nullable(),
  revokeReason: z.string().nullable(),
});
export type CertificateView = z.infer<typeof certificateViewSchema>;

export const certificateIssuedViewSchema = z.object({
  certificate: certificateViewSchema,
  workerCurrentLevel: z.string().nullable(),
  workerVersion: z.number().int(),
});
export type CertificateIssuedView = z.infer<typeof certificateIssuedViewSchema>;
