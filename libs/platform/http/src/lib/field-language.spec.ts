import type { ArgumentsHost } from '@nestjs/common';
import { z } from 'zod';
import { ProblemDetailsFilter } from './problem-details.filter';
import { commonProblems, defineProblems, fieldError, type ProblemDetails } from './problem';
import { parseOrProblem, ZodPipe, zodCheckMessage, zodIssueText, zodMessage } from './zod-validation';

/** Runs `exception` through the global filter as a request with this Accept-Language would, and returns what goes on the wire. */
function answer(exception: unknown, acceptLanguage?: string): { status: number; contentLanguage: string; body: ProblemDetails } {
  const headers: Record<string, string> = {};
  let status = 0;
  let sent = '';
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => ((headers[name] = value), response),
    status: (code: number) => ((status = code), response),
    type: () => response,
    send: (body: string) => ((sent = body), response),
  };
  const request = { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {}, originalUrl: '/api/v1/things', url: '/api/v1/things', path: '/api/v1/things', complete: true };
  const host = { getType: () => 'http', switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return { status, contentLanguage: headers['Content-Language'] ?? '', body: JSON.parse(sent) as ProblemDetails };
}

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a problem');
}

const schema = z
  .object({
    name: z.string().trim().min(1),
    age: z.number().int(),
    postcode: z.string().regex(/^\d{6}$/, zodCheckMessage({ zh: '须为6位数字', en: 'six digits' })),
    start: z.string(),
    end: z.string(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.end < input.start) ctx.addIssue({ code: 'custom', path: ['end'], ...zodMessage({ zh: '不能早于开始日期', en: 'must not be before the start' }) });
  });

const widgetProblems = defineProblems('widget', {
  duplicate: { status: 409, zh: '该物件已登记', en: 'Widget already registered' },
});

describe('field-level details in the caller’s language', () => {
  const invalid = { name: '', age: 'forty', postcode: '40', start: '2022-05-01', end: '2022-04-30' };
  const failure = () => thrownBy(() => new ZodPipe(schema).transform(invalid));

  it('writes zod’s own wording in Chinese for zh-CN, with the field, pointer and code unchanged', () => {
    const { status, contentLanguage, body } = answer(failure(), 'zh-CN,zh;q=0.9,en;q=0.8');
    expect(status).toBe(400);
    expect(contentLanguage).toBe('zh-CN');
    expect(body.title).toBe('请求内容有误');
    expect(body.errors).toEqual([
      { field: 'name', pointer: '#/name', detail: '数值过小：期望 string >=1 字符', code: 'too_small' },
      { field: 'age', pointer: '#/age', detail: '无效输入：期望 数字，实际接收 string', code: 'invalid_type' },
      { field: 'postcode', pointer: '#/postcode', detail: '须为6位数字', code: 'invalid_format' },
    ]);
  });

  it('writes the same errors in English when English is preferred', () => {
    const { contentLanguage, body } = answer(failure(), 'en-GB,en;q=0.9,zh-CN;q=0.5');
    expect(contentLanguage).toBe('en');
    expect(body.title).toBe('The request has invalid fields');
    expect(body.errors).toEqual([
      { field: 'name', pointer: '#/name', detail: 'Too small: expected string to have >=1 characters', code: 'too_small' },
      { field: 'age', pointer: '#/age', detail: 'Invalid input: expected number, received string', code: 'invalid_type' },
      { field: 'postcode', pointer: '#/postcode', detail: 'six digits', code: 'invalid_format' },
    ]);
  });

  it('reads the Chinese of a custom issue from params.zh, and keeps the English as the message', () => {
    const cross = thrownBy(() => new ZodPipe(schema).transform({ ...invalid, name: 'x', age: 40, postcode: '400000' }));
    expect(answer(cross, 'zh-CN').body.errors).toEqual([{ field: 'end', pointer: '#/end', detail: '不能早于开始日期', code: 'custom' }]);
    expect(answer(cross, 'en').body.errors).toEqual([{ field: 'end', pointer: '#/end', detail: 'must not be before the start', code: 'custom' }]);
    const refined = z.array(z.string()).refine((list) => new Set(list).size === list.length, zodMessage({ zh: '每项只能出现一次', en: 'each once' }, { max: 4 }));
    const issue = refined.safeParse(['a', 'a']).error?.issues[0];
    expect(issue).toMatchObject({ code: 'custom', message: 'each once', params: { max: 4, zh: '每项只能出现一次' } });
    expect(issue && zodIssueText(issue)).toEqual({ zh: '每项只能出现一次', en: 'each once' });
  });

  it('answers in Chinese when there is no Accept-Language, or only languages it does not speak', () => {
    for (const header of [undefined, 'fr-FR']) {
      const { contentLanguage, body } = answer(failure(), header);
      expect(contentLanguage).toBe('zh-CN');
      expect(body.errors?.map((e) => e.detail)).toEqual(['数值过小：期望 string >=1 字符', '无效输入：期望 数字，实际接收 string', '须为6位数字']);
    }
  });

  it('writes a bilingual fieldError in the caller’s language and nothing else of it', () => {
    const problem = widgetProblems.raise('duplicate', { errors: [fieldError('serial.number', { zh: '该编号已登记', en: 'already on record' }, 'duplicate')] });
    expect(answer(problem).body.errors).toEqual([{ field: 'serial.number', pointer: '#/serial/number', detail: '该编号已登记', code: 'duplicate' }]);
    expect(answer(problem, 'en').body.errors).toEqual([{ field: 'serial.number', pointer: '#/serial/number', detail: 'already on record', code: 'duplicate' }]);
    expect(answer(problem, 'en').body).toMatchObject({ status: 409, code: 'widget.duplicate', title: 'Widget already registered' });
  });

  it('translates the fields of a Prisma unique violation too', () => {
    const unique = Object.assign(new Error('Unique constraint failed'), { name: 'PrismaClientKnownRequestError', code: 'P2002', meta: { target: ['serial'] } });
    expect(answer(unique).body.errors).toEqual([{ field: 'serial', pointer: '#/serial', detail: '已存在', code: 'duplicate' }]);
    expect(answer(unique, 'en').body.errors).toEqual([{ field: 'serial', pointer: '#/serial', detail: 'already exists', code: 'duplicate' }]);
  });

  it('puts no input, params or internal marker on the wire', () => {
    const secret = thrownBy(() => parseOrProblem(z.object({ nationalId: z.number() }), { nationalId: '500101199001011234' }, 'form'));
    for (const language of ['zh-CN', 'en']) {
      const { body } = answer(secret, language);
      expect(Object.keys(body.errors?.[0] ?? {})).toEqual(['field', 'pointer', 'detail', 'code']);
      expect(body.errors?.[0]?.field).toBe('form.nationalId');
      expect(JSON.stringify(body)).not.toMatch(/500101199001011234|\\u0000|zod-locale|params/);
    }
  });

  it('still translates zod’s defaults, and keeps other messages as they are, for an error parsed without the pipe', () => {
    const plain = z.object({ name: z.string().min(2), note: z.string().max(1, 'short please') }).safeParse({ name: 'a', note: 'ab' });
    const texts = plain.error?.issues.map(zodIssueText);
    expect(texts).toEqual([
      { zh: '数值过小：期望 string >=2 字符', en: 'Too small: expected string to have >=2 characters' },
      { zh: 'short please', en: 'short please' },
    ]);
  });

  it('refuses a second Chinese for the same English check message', () => {
    expect(zodCheckMessage({ zh: '须为6位数字', en: 'six digits' })).toBe('six digits');
    expect(() => zodCheckMessage({ zh: '六位', en: 'six digits' })).toThrow(/already "须为6位数字"/);
  });

  it('keeps every problem’s errors shaped the same way, whatever raised them', () => {
    const problem = commonProblems.raise('validation-failed', { errors: [fieldError('a', { zh: '甲', en: 'A' })] });
    expect(problem.toProblem('zh').errors).toEqual([{ field: 'a', pointer: '#/a', detail: '甲' }]);
    expect(problem.toProblem('en').errors).toEqual([{ field: 'a', pointer: '#/a', detail: 'A' }]);
  });
});
