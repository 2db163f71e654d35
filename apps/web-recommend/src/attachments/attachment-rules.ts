/**
 * The limits the campaign service applies to a form's files (apps/campaign/src/config.ts defaults and
 * attachments.service.ts). The API judges every file by its bytes; these only spare a pointless upload.
 */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_MAX_PAGES = 10;
/** A two-inch photo at 300 dpi is 413 × 579; the API refuses anything under 200 × 260. */
export const PHOTO_MIN = { width: 200, height: 260 } as const;

export const PHOTO_ACCEPT = 'image/jpeg,image/png';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const EVIDENCE_ACCEPT = `.pdf,.docx,application/pdf,${DOCX}`;

export type AttachmentKind = 'photo' | 'evidence';

/**
 * The Content-Type to send: the browser's, or one from the file name when the browser gives none (some
 * systems do not know .docx). The API still checks the bytes and refuses a file that is not what it says.
 */
export function uploadContentType(file: { readonly name: string; readonly type: string }): string {
  if (file.type) return file.type;
  const name = file.name.toLowerCase();
  if (name.endsWith('.pdf')) return 'application/pdf';
  if (name.endsWith('.docx')) return DOCX;
  if (name.endsWith('.png')) return 'image/png';
  if (name.endsWith('.jpg') || name.endsWith('.jpeg')) return 'image/jpeg';
  return 'application/octet-stream';
}

/** The upload path; the evidence keeps its file name (at most 200 characters) for whoever downloads it. */
export function uploadPath(nominationId: string, kind: AttachmentKind, fileName?: string): string {
  const base = `/api/v1/nominations/${encodeURIComponent(nominationId)}/${kind}`;
  const name = fileName?.trim();
  if (kind !== 'evidence' || !name) return base;
  return `${base}?fileName=${encodeURIComponent([...name].slice(0, 200).join(''))}`;
}

/** The name a downloaded evidence file is saved under. */
export function evidenceFileName(evidence: { readonly type: string; readonly fileName?: string }, personName: string): string {
  if (evidence.fileName) return evidence.fileName;
  const extension = evidence.type === 'application/pdf' ? 'pdf' : 'docx';
  return `${personName || 'evidence'}-证明材料.${extension}`;
}

/** "If-Match" from the version of the form the user is looking at. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
