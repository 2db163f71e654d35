import { ApiProblem, type ProblemDetails } from '@bayu/api-client';
import { fieldErrors, type Translate } from '@bayu/ui';

/** The RFC 9457 body of a failed call, or null when `error` is not an API problem (or absent). */
export function problemOf(error: unknown): ProblemDetails | null {
  if (error instanceof ApiProblem) return error.problem;
  if (error instanceof Error && !(error instanceof DOMException && error.name === 'AbortError')) return { detail: error.message };
  return null;
}

/** The HTTP status of a failed call; 0 for network failures and other errors. */
export function statusOf(error: unknown): number {
  return error instanceof ApiProblem ? error.status : 0;
}

/** Validation codes the services answer with (zod issue codes and a few of our own) → message keys. */
const CODE_MESSAGES: Readonly<Record<string, string>> = {
  too_small: 'error.tooSmall',
  too_big: 'error.tooBig',
  invalid_type: 'error.invalidValue',
  invalid_value: 'error.invalidValue',
  invalid_enum_value: 'error.invalidValue',
  invalid_format: 'error.invalidFormat',
  invalid_string: 'error.invalidFormat',
  duplicate: 'error.duplicate',
  'too-early': 'error.tooEarly',
};

/** Messages for a code on a particular field, where the generic one says too little. */
const FIELD_CODE_MESSAGES: Readonly<Record<string, string>> = {
  'nationalId:duplicate': 'error.nationalIdDuplicate',
  'certificateNumber:duplicate': 'error.certificateNumberDuplicate',
};

/**
 * Field name → message for the problem's field errors, in the UI language where the error code is known
 * (the services write field details in English); otherwise the service's own detail.
 */
export function apiFieldErrors(problem: ProblemDetails | null | undefined, t: Translate): Record<string, string> {
  const result = fieldErrors(problem);
  for (const error of problem?.errors ?? []) {
    const key = error.code ? (FIELD_CODE_MESSAGES[`${error.field}:${error.code}`] ?? CODE_MESSAGES[error.code]) : undefined;
    if (key && error.field && result[error.field] === error.detail) result[error.field] = t(key);
  }
  return result;
}
