import { z } from 'zod';
import { zodMessage } from '@bayu/platform/http';
import { HONOUR_KIND_CODES, HONOUR_LEVELS } from '@bayu/reference';

export const grantHonourSchema = z
  .object({
    kind: z.enum(HONOUR_KIND_CODES),
    level: z.enum(HONOUR_LEVELS),
    year: z.number().int().min(1950).refine((y) => y <= new Date().getUTCFullYear(), zodMessage({ zh: '不能晚于今年', en: 'must not be in the future' })),
    grantingBody: z.string().trim().min(1).max(200),
    citation: z.string().trim().max(500).optional(),
  })
  .strict();
export type GrantHonourInput = z.infer<typeof grantHonourSchema>;

export const honourViewSchema = z.object({
  id: z.uuid(),
  workerId: z.uuid(),
  kind: z.string(),
  level: z.string(),
  year: z.number().int(),
  grantingBody: z.string(),
  citation: z.string().nullable(),
  sourceRef: z.string().nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
});
export type HonourView = z.infer<typeof honourViewSchema>;
