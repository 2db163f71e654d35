import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { commonProblems, fieldError } from './problem';

export function zodIssuesToFields(error: z.ZodError, prefix?: string) {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p): p is string => Boolean(p)).join('.');
    return fieldError(path || '(body)', issue.message, issue.code);
  });
}

/** Validates and parses input with a zod schema; every bad field is named in one 400 problem. */
@Injectable()
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly prefix?: string,
  ) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw commonProblems.raise('validation-failed', { errors: zodIssuesToFields(result.error, this.prefix) });
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

/** Documents zod-validated query parameters, one entry per property. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const decorators = Object.entries(schema.shape).map(([name, field]) =>
    ApiQuery({ name, required: !(field as z.ZodType).safeParse(undefined).success, schema: openApiSchemaOf(field as z.ZodType) as never }),
  );
  return (target, key, descriptor) => {
    for (const decorate of decorators) decorate(target, key, descriptor);
  };
}
