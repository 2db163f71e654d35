import { z } from 'zod';

const maxBytes = z.number().int().describe('Largest file accepted, in bytes; a bigger one is refused with 413 attachment.too-large');
const mediaTypes = z.array(z.string()).describe('The media types accepted; the file itself is judged by its bytes, not its name or declared type');
const extensions = z.array(z.string()).describe('File-name extensions of those types, for a file picker (some systems give no media type for .docx)');

export const attachmentRulesViewSchema = z.object({
  photo: z.object({
    maxBytes: maxBytes.describe('Largest photo accepted, in bytes (PHOTO_MAX_BYTES)'),
    mediaTypes,
    extensions,
    minWidth: z.number().int().describe('Fewest pixels across; a smaller photo is refused with attachment.too-small'),
    minHeight: z.number().int().describe('Fewest pixels down; a smaller photo is refused with attachment.too-small'),
  }),
  evidence: z.object({
    maxBytes: maxBytes.describe('Largest evidence file accepted, in bytes (EVIDENCE_MAX_BYTES)'),
    mediaTypes,
    extensions,
    maxPages: z.number().int().describe('Most pages, counted from the file (EVIDENCE_MAX_PAGES); more are refused with attachment.too-many-pages'),
  }),
});
export type AttachmentRulesView = z.infer<typeof attachmentRulesViewSchema>;
