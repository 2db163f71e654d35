import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { commonProblems, fieldError, type FieldError, type Language, type LocalisedText } from './problem';

const zodLocales: Record<Language, z.core.$ZodErrorMap> = { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };

/** Marks, inside the pipe's parse, an issue with no message of its own: the pipe renders it from zod's locales instead. */
const ZOD_LOCALE_MESSAGE = '\u0000zod-locale';

/**
 * How the pipe parses: an issue zod would describe itself gets the marker (a message given in the schema or
 * the issue outranks a per-parse map), and issues keep their input, which the locales need to name what was
 * received. The issues never leave the pipe: only the rendered texts do.
 */
const PARSE_CONTEXT: z.core.ParseContext<z.core.$ZodIssue> = { reportInput: true, error: () => ZOD_LOCALE_MESSAGE };

/** Chinese of custom messages on checks (`.regex(re, msg)`, `.min(n, msg)`), whose issues carry no params; keyed by the English. */
const checkMessagesZh = new Map<string, string>();

/**
 * A custom message of a zod refinement or custom issue, in both languages: the English is the issue's
 * message and the Chinese travels as `params.zh`, which the pipe reads.
 * `.refine(fn, zodMessage({ zh: '每项条件只能选一次', en: 'each criterion once' }))`,
 * `ctx.addIssue({ code: 'custom', path: ['formDeadline'], ...zodMessage({ zh: '须在推荐阶段内', en: 'must fall within the recommendation phase' }) })`.
 */
export function zodMessage(text: LocalisedText, params: Record<string, unknown> = {}): { message: string; params: Record<string, unknown> } {
  return { message: text.en, params: { ...params, zh: text.zh } };
}

/**
 * A custom message of a built-in check (`.regex(re, zodCheckMessage({ zh: '须为6位数字', en: 'six digits' }))`):
 * zod puts no params on those issues, so the Chinese is looked up by the English. Call it while building a
 * schema, with fixed texts; one English text has one Chinese.
 */
export function zodCheckMessage(text: LocalisedText): string {
  const known = checkMessagesZh.get(text.en);
  if (known !== undefined && known !== text.zh) throw new Error(`zodCheckMessage: "${text.en}" is already "${known}" in Chinese, not "${text.zh}"`);
  checkMessagesZh.set(text.en, text.zh);
  return text.en;
}

function localeText(issue: z.core.$ZodIssue, language: Language): string {
  const message = zodLocales[language](issue as unknown as z.core.$ZodRawIssue);
  return (typeof message === 'string' ? message : message?.message) ?? issue.message;
}

/** What a zod issue says, in both languages: zod's own wording from its locales, or the schema's custom text. */
export function zodIssueText(issue: z.core.$ZodIssue): LocalisedText {
  if (issue.message === ZOD_LOCALE_MESSAGE) return { zh: localeText(issue, 'zh'), en: localeText(issue, 'en') };
  const zh = issue.code === 'custom' && typeof issue.params?.['zh'] === 'string' ? (issue.params['zh'] as string) : checkMessagesZh.get(issue.message);
  if (zh !== undefined) return { zh, en: issue.message };
  // parsed elsewhere, without the pipe's marker: zod's English default is still zod's to translate
  if (issue.message === localeText(issue, 'en')) return { zh: localeText(issue, 'zh'), en: issue.message };
  return { zh: issue.message, en: issue.message };
}

export function zodIssuesToFields(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p): p is string => Boolean(p)).join('.');
    return fieldError(path || '(body)', zodIssueText(issue), issue.code);
  });
}

/**
 * Parses `value` as the pipe does: the data, or a 400 validation problem naming every bad field (under
 * `prefix`) in both languages. For input checked outside a pipe; a plain `safeParse` loses the input that
 * zod's locales need to describe a wrong type.
 */
export function parseOrProblem<S extends z.ZodType>(schema: S, value: unknown, prefix?: string): z.infer<S> {
  const result = schema.safeParse(value, PARSE_CONTEXT);
  if (result.success) return result.data;
  throw commonProblems.raise('validation-failed', { errors: zodIssuesToFields(result.error, prefix) });
}

/** Validates and parses input with a zod schema; every bad field is named in one 400 problem, in both languages until the filter picks one. */
@Injectable()
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly prefix?: string,
  ) {}

  transform(value: unknown): z.infer<S> {
    return parseOrProblem(this.schema, value, this.prefix);
  }
}

type OpenApiSchema = Record<string, unknown>;

export function openApiSchemaOf(schema: z.ZodType): OpenApiSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as OpenApiSchema;
  return rest;
}

/** Documents a zod-validated body in the OpenAPI document. */
export function ApiZodBody(schema: z.ZodType, description?: string): MethodDecorator {
  return ApiBody({ schema: openApiSchemaOf(schema) as never, ...(description ? { description } : {}) });
}

/** Documents an answer by the zod schema of its view (200 unless told). */
export function ApiZodResponse(schema: z.ZodType, status = 200, description?: string): MethodDecorator {
  return ApiResponse({ status, schema: openApiSchemaOf(schema) as never, ...(description ? { description } : {}) });
}

/** Documents zod-validated query parameters, one entry per property. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const decorators = Object.entries(schema.shape).map(([name, field]) =>
    ApiQuery({ name, required: !(field as z.ZodType).safeParse(undefined).success, schema: openApiSchemaOf(field as z.ZodType) as never }),
  );
  return (target, key, descriptor) => {
    for (const decorate of decorators) decorate(target, key, descriptor);
  };
}
