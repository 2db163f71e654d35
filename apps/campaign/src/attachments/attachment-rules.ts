import type { CampaignConfig } from '../config';
import type { AttachmentRulesView } from './attachments.dto';

export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export const EVIDENCE_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] as const;

/** A two-inch photo at 300 dpi is 413 × 579; anything much smaller will not print. */
const MIN_PHOTO = { width: 200, height: 260 } as const;

/**
 * What a form's photo and evidence file may be: the values AttachmentsService checks every upload against,
 * and what GET /nominations/attachment-rules publishes for the browser's hints and pre-checks.
 */
export function attachmentRulesOf(config: Pick<CampaignConfig, 'PHOTO_MAX_BYTES' | 'EVIDENCE_MAX_BYTES' | 'EVIDENCE_MAX_PAGES'>): AttachmentRulesView {
  return {
    photo: { maxBytes: config.PHOTO_MAX_BYTES, mediaTypes: [...PHOTO_TYPES], extensions: ['.jpg', '.jpeg', '.png'], minWidth: MIN_PHOTO.width, minHeight: MIN_PHOTO.height },
    evidence: { maxBytes: config.EVIDENCE_MAX_BYTES, mediaTypes: [...EVIDENCE_TYPES], extensions: ['.pdf', '.docx'], maxPages: config.EVIDENCE_MAX_PAGES },
  };
}
