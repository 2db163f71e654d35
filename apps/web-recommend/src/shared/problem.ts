import { ApiProblem, type ProblemDetails } from '@bayu/api-client';

/** The RFC 9457 body of a failed call, as the API worded it; any other error as a problem with its message. */
export function problemOf(error: unknown): ProblemDetails | null {
  if (!error) return null;
  if (error instanceof ApiProblem) return error.problem;
  if (error instanceof Error) return { detail: error.message };
  return { detail: String(error) };
}

/** One line for a problem shown beside a control that has no field list of its own (a file field). */
export function problemLine(problem: ProblemDetails | null): string | undefined {
  if (!problem) return undefined;
  return [problem.title, problem.detail].filter(Boolean).join('：');
}

/** Field errors of a problem, plus the fields the caller shows beside their controls. */
export function fieldDetail(problem: ProblemDetails | null, field: string): string | undefined {
  return problem?.errors?.find((e) => e.field === field)?.detail;
}
