import { BadRequestException, NotFoundException } from '@nestjs/common';
import { z } from 'zod';
import { preferredLanguage } from './language';
import { defineProblems } from './problem';
import { toProblemException } from './to-problem';
import { ZodPipe } from './zod-validation';

const workerProblems = defineProblems('worker', {
  duplicate: { status: 409, zh: '该人员已登记', en: 'Worker already registered' },
});

describe('problem details', () => {
  it('gives a module problem its namespaced code, status and the title in the asked language', () => {
    const problem = workerProblems.raise('duplicate', { detail: 'same national ID' }).toProblem('en', '/api/v1/workers');
    expect(problem).toEqual({
      type: 'urn:bayu:problem:worker.duplicate',
      title: 'Worker already registered',
      status: 409,
      code: 'worker.duplicate',
      detail: 'same national ID',
      instance: '/api/v1/workers',
    });
    expect(workerProblems.raise('duplicate').toProblem('zh').title).toBe('该人员已登记');
  });

  it('names every invalid field with a JSON pointer', () => {
    const pipe = new ZodPipe(z.object({ name: z.string().min(1), address: z.object({ postcode: z.string().regex(/^\d{6}$/) }) }));
    try {
      pipe.transform({ name: '', address: { postcode: '40' } });
      throw new Error('expected a validation problem');
    } catch (error) {
      const problem = toProblemException(error).problem.toProblem('en');
      expect(problem.status).toBe(400);
      expect(problem.errors?.map((e) => [e.field, e.pointer])).toEqual([
        ['name', '#/name'],
        ['address.postcode', '#/address/postcode'],
      ]);
    }
  });

  it('maps a Prisma unique violation to 409 naming the fields, and hides unknown errors behind a 500', () => {
    const unique = Object.assign(new Error('Unique constraint failed'), { name: 'PrismaClientKnownRequestError', code: 'P2002', meta: { target: ['national_id_hash'] } });
    const conflict = toProblemException(unique).problem.toProblem('en');
    expect(conflict).toMatchObject({ status: 409, code: 'request.conflict', errors: [{ field: 'national_id_hash', code: 'duplicate' }] });
    const crash = toProblemException(new TypeError('secret internals'));
    expect(crash.unexpected).toBe(true);
    expect(JSON.stringify(crash.problem.toProblem('en'))).not.toContain('secret internals');
  });

  it('maps framework errors by status: unknown route is 404, an oversize body is 413, broken JSON is 400', () => {
    expect(toProblemException(new NotFoundException()).problem.httpStatus).toBe(404);
    expect(toProblemException({ type: 'entity.too.large', status: 413 }).problem.code).toBe('request.payload-too-large');
    expect(toProblemException({ type: 'entity.parse.failed', status: 400 }).problem.code).toBe('request.malformed-body');
    const wrapped = new BadRequestException('Unexpected end of JSON input', { cause: Object.assign(new SyntaxError('x'), { type: 'entity.parse.failed', status: 400 }) });
    expect(toProblemException(wrapped).problem.code).toBe('request.malformed-body');
  });

  it('answers in Chinese unless English is preferred', () => {
    expect(preferredLanguage(undefined)).toBe('zh');
    expect(preferredLanguage('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(preferredLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(preferredLanguage('fr-FR')).toBe('zh');
  });
});
