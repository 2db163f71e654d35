import { z } from 'zod';
import { zodCheckMessage } from '@bayu/platform/http';

export const uploadQuerySchema = z.object({ fileName: z.string().trim().min(1).max(255).regex(/^[^/\\]+$/, zodCheckMessage({ zh: '须为文件名，不能带路径', en: 'a file name, not a path' })) }).strict();

export const importViewSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  fileBytes: z.number().int(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  status: z.enum(['queued', 'running', 'completed', 'failed']),
  failure: z.object({ code: z.string(), detail: z.string() }).nullable(),
  estimatedRows: z.number().int().nullable(),
  rowsRead: z.number().int(),
  rowsRegistered: z.number().int(),
  rowsAlreadyRegistered: z.number().int().describe('Already in the registry: nothing was added (re-running a file is safe)'),
  rowsRejected: z.number().int(),
  percent: z.number().nullable().describe('Progress 0–100, null while the total is unknown (XLSX)'),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
});
export type ImportView = z.infer<typeof importViewSchema>;

export const importLimitsViewSchema = z.object({
  maxBytes: z.number().int().describe('Largest file accepted, in bytes (IMPORT_MAX_BYTES); a bigger one is refused with 413 import.too-large'),
  acceptedTypes: z.array(z.string()).describe('The files accepted, as media types and file-name extensions (the form of an HTML accept attribute); the file itself is judged by its bytes'),
  maxRows: z.number().int().describe('Most data rows one file may have; the import stops with import.too-large past it'),
});
export type ImportLimitsView = z.infer<typeof importLimitsViewSchema>;
