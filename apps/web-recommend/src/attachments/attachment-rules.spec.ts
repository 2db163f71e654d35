import { describe, expect, it } from 'vitest';
import { attachmentHint, evidenceFileName, fileFieldLimits, ifMatch, uploadContentType, uploadPath, type AttachmentRules } from './attachment-rules';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Rules as a deployment might set them (not the defaults). */
const rules: AttachmentRules = {
  photo: { maxBytes: 3_000_000, mediaTypes: ['image/jpeg', 'image/png'], extensions: ['.jpg', '.jpeg', '.png'], minWidth: 300, minHeight: 400 },
  evidence: { maxBytes: 8_000_000, mediaTypes: ['application/pdf', DOCX], extensions: ['.pdf', '.docx'], maxPages: 6 },
};

describe('attachment rules', () => {
  it('pre-checks size and type with the published rules, and nothing while they are unknown', () => {
    expect(fileFieldLimits(rules.photo)).toEqual({ accept: '.jpg,.jpeg,.png,image/jpeg,image/png', maxBytes: 3_000_000 });
    expect(fileFieldLimits(rules.evidence)).toEqual({ accept: `.pdf,.docx,application/pdf,${DOCX}`, maxBytes: 8_000_000 });
    expect(fileFieldLimits(undefined)).toEqual({});
  });

  it('hints with the published pixel and page limits, and without numbers until they are known', () => {
    expect(attachmentHint('photo', rules, false)).toEqual({ key: 'form.photo.hint', params: { width: 300, height: 400 } });
    expect(attachmentHint('photo', rules, true)).toEqual({ key: 'form.photo.hintReplace', params: { width: 300, height: 400 } });
    expect(attachmentHint('evidence', rules, false)).toEqual({ key: 'form.evidence.hint', params: { pages: 6 } });
    expect(attachmentHint('evidence', undefined, true)).toEqual({ key: 'form.evidence.hintReplaceGeneric' });
    expect(attachmentHint('photo', undefined, false)).toEqual({ key: 'form.photo.hintGeneric' });
  });

  it('sends the browser type, or one from the name when there is none', () => {
    expect(uploadContentType({ name: 'a.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(uploadContentType({ name: 'A.DOCX', type: '' })).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(uploadContentType({ name: 'photo.JPG', type: '' })).toBe('image/jpeg');
    expect(uploadContentType({ name: 'x', type: '' })).toBe('application/octet-stream');
  });

  it('keeps the evidence file name in the upload path, and only there', () => {
    expect(uploadPath('n1', 'photo', 'me.jpg')).toBe('/api/v1/nominations/n1/photo');
    expect(uploadPath('n1', 'evidence', ' 证书 复印件.pdf ')).toBe(`/api/v1/nominations/n1/evidence?fileName=${encodeURIComponent('证书 复印件.pdf')}`);
    expect(uploadPath('n1', 'evidence', 'x'.repeat(300))).toHaveLength('/api/v1/nominations/n1/evidence?fileName='.length + 200);
  });

  it('names downloads and versions', () => {
    expect(evidenceFileName({ type: 'application/pdf', fileName: 'a.pdf' }, '冉洪位')).toBe('a.pdf');
    expect(evidenceFileName({ type: 'application/pdf' }, '冉洪位')).toBe('冉洪位-证明材料.pdf');
    expect(ifMatch(3)).toBe('"3"');
  });
});
