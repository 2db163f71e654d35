import { describe, expect, it } from 'vitest';
import { ApiProblem } from '@bayu/api-client';
import { fieldDetail, problemLine, problemOf } from './problem';

describe('problem helpers', () => {
  const problem = new ApiProblem(415, { status: 415, code: 'attachment.not-a-document', title: '证明材料须为一个 PDF 或 Word（.docx）文件', errors: [{ field: 'photo', detail: 'upload the two-inch photo' }] });

  it('reads the body of an API problem, and wraps other errors', () => {
    expect(problemOf(problem)).toBe(problem.problem);
    expect(problemOf(new Error('boom'))).toEqual({ detail: 'boom' });
    expect(problemOf(null)).toBeNull();
  });

  it('puts title and detail on one line, and finds a field', () => {
    expect(problemLine({ title: '文件超过大小限制', detail: 'at most 5 MB' })).toBe('文件超过大小限制：at most 5 MB');
    expect(problemLine(problem.problem)).toBe('证明材料须为一个 PDF 或 Word（.docx）文件');
    expect(fieldDetail(problem.problem, 'photo')).toBe('upload the two-inch photo');
    expect(fieldDetail(problem.problem, 'evidence')).toBeUndefined();
  });
});
