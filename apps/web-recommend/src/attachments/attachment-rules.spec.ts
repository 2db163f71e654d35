import { describe, expect, it } from 'vitest';
import { evidenceFileName, ifMatch, uploadContentType, uploadPath } from './attachment-rules';

describe('attachment rules', () => {
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
