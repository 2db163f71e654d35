import { HttpException } from '@nestjs/common';
import { commonProblems, fieldError, ProblemException, type FieldError } from './problem';

interface PrismaLikeError {
  name: string;
  code: string;
  meta?: { target?: unknown; modelName?: string; driverAdapterError?: { cause?: { kind?: string; constraint?: { fields?: string[]; index?: string } } } };
}

function isPrismaKnownError(error: unknown): error is PrismaLikeError {
  return typeof error === 'object' && error !== null && (error as PrismaLikeError).name === 'PrismaClientKnownRequestError' && typeof (error as PrismaLikeError).code === 'string';
}

function uniqueFields(error: PrismaLikeError): string[] {
  const target = error.meta?.target;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === 'string') return [target];
  return error.meta?.driverAdapterError?.cause?.constraint?.fields?.map((f) => f.replace(/"/g, '')) ?? [];
}

const STATUS_CODES: Record<number, Parameters<typeof commonProblems.raise>[0]> = {
  400: 'validation-failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
  502: 'bad-gateway',
  503: 'unavailable',
  504: 'gateway-timeout',
};

/**
 * Turns anything thrown while handling a request into a ProblemException. Unknown errors become a
 * 500 with no internals in the body; the caller logs them.
 */
export function toProblemException(error: unknown): { problem: ProblemException; unexpected: boolean } {
  if (error instanceof ProblemException) return { problem: error, unexpected: false };
  if (isPrismaKnownError(error)) {
    if (error.code === 'P2002') {
      const fields = uniqueFields(error);
      const errors: FieldError[] = fields.map((f) => fieldError(f, { zh: '已存在', en: 'already exists' }, 'duplicate'));
      return { problem: commonProblems.raise('conflict', { detail: `a record with the same ${fields.join(', ') || 'key'} already exists`, errors }), unexpected: false };
    }
    if (error.code === 'P2025') return { problem: commonProblems.raise('not-found'), unexpected: false };
  }
  // body-parser errors, raw or wrapped by Nest's adapter in an HttpException with the original as cause
  const raw = error instanceof HttpException && error.cause ? error.cause : error;
  if (typeof raw === 'object' && raw !== null && 'type' in raw && 'status' in raw && typeof (raw as { status: unknown }).status === 'number') {
    const { status, type } = raw as { status: number; type: unknown };
    if (type === 'entity.parse.failed') return { problem: commonProblems.raise('malformed-body'), unexpected: false };
    if (type === 'entity.too.large') return { problem: commonProblems.raise('payload-too-large'), unexpected: false };
    const code = STATUS_CODES[status];
    if (code) return { problem: commonProblems.raise(code), unexpected: false };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = STATUS_CODES[status];
    const response = error.getResponse();
    const detail = typeof response === 'object' && response !== null && 'message' in response ? String((response as { message: unknown }).message) : error.message;
    if (code) return { problem: commonProblems.raise(code, { detail }), unexpected: false };
    return { problem: new ProblemException(`http.${status}`, status, { zh: detail, en: detail }), unexpected: status >= 500 };
  }
  return { problem: commonProblems.raise('internal'), unexpected: true };
}
