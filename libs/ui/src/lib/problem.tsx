import type { ReactNode } from 'react';
import { Alert } from './feedback';
import { useT } from './i18n';

/** One invalid field of an RFC 9457 problem. `pointer` (a JSON pointer such as "/birthDate") is used when `field` is empty. */
export interface ProblemFieldError {
  readonly field: string;
  readonly detail: string;
  readonly code?: string;
  readonly pointer?: string;
}

/** The parts of an RFC 9457 `application/problem+json` body the UI shows. */
export type ProblemLike = {
  title?: string;
  detail?: string;
  status?: number;
  code?: string;
  errors?: ReadonlyArray<ProblemFieldError>;
};

/** "/address/city" or "#/address/city" → "address.city". */
function fieldFromPointer(pointer: string | undefined): string {
  if (!pointer) return '';
  return pointer
    .replace(/^#?\//, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function fieldOf(error: ProblemFieldError): string {
  return error.field || fieldFromPointer(error.pointer);
}

/** Field name → first message for that field, from a problem's `errors`. */
export function fieldErrors(problem: ProblemLike | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const field = fieldOf(error);
    if (field && !(field in result)) result[field] = error.detail;
  }
  return result;
}

export interface ProblemAlertProps {
  readonly problem: ProblemLike | null | undefined;
  /** Fields shown next to their own inputs; their errors are not repeated in the alert. */
  readonly fields?: ReadonlyArray<string>;
  /** Optional readable names for unbound fields ("birthDate" → "出生日期"), shown before their message. */
  readonly fieldLabels?: Readonly<Record<string, string>>;
  readonly children?: ReactNode;
  readonly className?: string;
}

/**
 * The form-level summary of a failed request: the problem's title and detail, and the field errors that
 * have no input of their own on the page (bound ones are shown beside their inputs via `fieldErrors`).
 */
export function ProblemAlert({ problem, fields = [], fieldLabels, children, className }: ProblemAlertProps) {
  const t = useT();
  if (!problem) return null;
  const bound = new Set(fields);
  const seen = new Set<string>();
  const unbound = (problem.errors ?? []).filter((e) => {
    const field = fieldOf(e);
    const key = `${field}\u0000${e.detail}`;
    if (bound.has(field) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const hasBound = (problem.errors ?? []).some((e) => bound.has(fieldOf(e)));
  return (
    <Alert tone="error" title={problem.title ?? t('ui.error.title')} className={className}>
      {problem.detail && <p>{problem.detail}</p>}
      {!problem.detail && !hasBound && unbound.length === 0 && <p>{t('ui.error.detail')}</p>}
      {unbound.length > 0 && (
        <>
          {hasBound || problem.detail ? null : <p>{t('ui.error.fields')}</p>}
          <ul className="bayu-alert__list">
            {unbound.map((e, i) => {
              const label = fieldLabels?.[fieldOf(e)];
              return (
                <li key={`${fieldOf(e)}-${i}`}>
                  {label ? `${label}：` : null}
                  {e.detail}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {children}
    </Alert>
  );
}
