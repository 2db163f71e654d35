import { HttpException } from '@nestjs/common';

/** The languages the services answer in: Chinese first, English when the caller prefers it. */
export type Language = 'zh' | 'en';

/** One field-level error as it goes on the wire: which input was wrong and why, in the caller's language. */
export interface ProblemField {
  /** Dotted path of the input field, e.g. `nationalId` or `certificates.0.number`. */
  readonly field: string;
  /** JSON Pointer into the request body, e.g. `#/certificates/0/number`. */
  readonly pointer: string;
  readonly detail: string;
  readonly code?: string;
}

export interface LocalisedText {
  readonly zh: string;
  readonly en: string;
}

/**
 * One field-level error as code raises it: the detail in both languages. The filter writes the one the
 * caller's Accept-Language asks for (see ProblemException.toProblem), so no field error reaches a Chinese
 * clerk in English.
 */
export interface FieldError {
  readonly field: string;
  readonly pointer: string;
  readonly detail: LocalisedText;
  readonly code?: string;
}

/** RFC 9457 problem details as the platform writes them. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** Stable machine-readable code, e.g. `worker.duplicate`; UIs translate on it. */
  readonly code: string;
  readonly errors?: readonly ProblemField[];
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemTypeUri(code: string): string {
  return `urn:bayu:problem:${code}`;
}

/** A field error with its detail in both languages: `fieldError('year', { zh: '该年度已有此荣誉', en: 'already held for this year' }, 'duplicate')`. */
export function fieldError(field: string, detail: LocalisedText, code?: string): FieldError {
  return { field, pointer: `#/${field.split('.').map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`, detail: { zh: detail.zh, en: detail.en }, ...(code ? { code } : {}) };
}

/** The field error as written for a caller who reads `language`. */
export function localiseFieldError(error: FieldError, language: Language): ProblemField {
  return { field: error.field, pointer: error.pointer, detail: error.detail[language], ...(error.code ? { code: error.code } : {}) };
}

export interface ProblemOptions {
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly extensions?: Record<string, unknown>;
  readonly headers?: Record<string, string>;
}

/** Thrown anywhere; the global filter writes it as application/problem+json in the caller's language. */
export class ProblemException extends HttpException {
  constructor(
    readonly code: string,
    readonly httpStatus: number,
    readonly titles: LocalisedText,
    readonly problemOptions: ProblemOptions = {},
  ) {
    super(`${code}: ${problemOptions.detail ?? titles.en}`, httpStatus);
    this.name = 'ProblemException';
  }

  toProblem(language: Language, instance?: string): ProblemDetails {
    return {
      type: problemTypeUri(this.code),
      title: this.titles[language],
      status: this.httpStatus,
      code: this.code,
      ...(this.problemOptions.detail ? { detail: this.problemOptions.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.problemOptions.errors?.length ? { errors: this.problemOptions.errors.map((e) => localiseFieldError(e, language)) } : {}),
      ...this.problemOptions.extensions,
    };
  }
}

export interface ProblemSpec {
  readonly status: number;
  readonly zh: string;
  readonly en: string;
}

export interface ProblemCatalogue<Code extends string> {
  readonly codes: readonly Code[];
  /** Creates the exception for one of this module's codes; unknown codes do not compile. */
  raise(code: Code, options?: ProblemOptions): ProblemException;
  spec(code: Code): ProblemSpec;
}

/**
 * One problem catalogue per module: a closed set of codes, each with its HTTP status and titles.
 * `defineProblems('worker', { duplicate: {...} })` gives codes like `worker.duplicate`.
 */
export function defineProblems<const Specs extends Record<string, ProblemSpec>>(moduleName: string, specs: Specs): ProblemCatalogue<Extract<keyof Specs, string>> {
  type Code = Extract<keyof Specs, string>;
  return {
    codes: Object.keys(specs) as Code[],
    spec: (code) => specs[code] as ProblemSpec,
    raise: (code, options) => {
      const spec = specs[code] as ProblemSpec;
      return new ProblemException(`${moduleName}.${code}`, spec.status, { zh: spec.zh, en: spec.en }, options);
    },
  };
}

/** Problems every service can raise. */
export const commonProblems = defineProblems('request', {
  'validation-failed': { status: 400, zh: '请求内容有误', en: 'The request has invalid fields' },
  'malformed-body': { status: 400, zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  unauthenticated: { status: 401, zh: '需要登录', en: 'Authentication required' },
  forbidden: { status: 403, zh: '无权执行此操作', en: 'Not allowed' },
  'not-found': { status: 404, zh: '未找到', en: 'Not found' },
  'method-not-allowed': { status: 405, zh: '不支持该请求方法', en: 'Method not allowed' },
  conflict: { status: 409, zh: '与现有数据冲突', en: 'Conflicts with existing data' },
  'payload-too-large': { status: 413, zh: '上传内容过大', en: 'Payload too large' },
  'unsupported-media-type': { status: 415, zh: '不支持的内容类型', en: 'Unsupported media type' },
  'rate-limited': { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests, try again later' },
  internal: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  'bad-gateway': { status: 502, zh: '上游服务不可用', en: 'Upstream service unavailable' },
  unavailable: { status: 503, zh: '服务暂不可用', en: 'Service unavailable' },
  'gateway-timeout': { status: 504, zh: '上游服务超时', en: 'Upstream service timed out' },
});
