import type { ResponseOf } from '@bayu/api-client';

/**
 * What the campaign service accepts for a form's files, as it publishes them (GET
 * /api/v1/nominations/attachment-rules, from its configuration). The API judges every file by its bytes;
 * these only spare a pointless upload and tell the user what is wanted.
 */
export type AttachmentRules = ResponseOf<'/api/v1/nominations/attachment-rules', 'get'>;
type FileRule = AttachmentRules['photo'] | AttachmentRules['evidence'];

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type AttachmentKind = 'photo' | 'evidence';

/** An i18n key and its parameters. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, number>>;
}

/**
 * What the file field checks before sending (types and size), or nothing while the rules are unknown
 * (loading, or not to be had): the user is never held up, and the API decides in any case.
 */
export function fileFieldLimits(rule: FileRule | undefined): { readonly accept?: string; readonly maxBytes?: number } {
  if (!rule) return {};
  return { accept: [...rule.extensions, ...rule.mediaTypes].join(','), maxBytes: rule.maxBytes };
}

/** The hint under a file field: with the service's pixel or page limit once known, without numbers until then. */
export function attachmentHint(kind: AttachmentKind, rules: AttachmentRules | undefined, replacing: boolean): Message {
  const key = `form.${kind}.${replacing ? 'hintReplace' : 'hint'}`;
  if (!rules) return { key: `${key}Generic` };
  return kind === 'photo' ? { key, params: { width: rules.photo.minWidth, height: rules.photo.minHeight } } : { key, params: { pages: rules.evidence.maxPages } };
}

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
