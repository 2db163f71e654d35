import type { ReactNode } from 'react';
import { Button } from './button';
import { cx } from './field';
import { useFormat, useT } from './i18n';
import type { ProblemLike } from './problem';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  readonly tone?: AlertTone;
  readonly title?: ReactNode;
  readonly children?: ReactNode;
  readonly actions?: ReactNode;
  readonly className?: string;
}

const ALERT_ICON: Record<AlertTone, string> = { info: 'i', success: '✓', warning: '!', error: '×' };

/** A message box. Errors use role="alert" (announced at once); the others role="status". */
export function Alert({ tone = 'info', title, children, actions, className }: AlertProps) {
  return (
    <div className={cx('bayu-alert', `bayu-alert--${tone}`, className)} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="bayu-alert__icon" aria-hidden="true">
        {ALERT_ICON[tone]}
      </span>
      <div className="bayu-alert__body">
        {title && <p className="bayu-alert__title">{title}</p>}
        {children && <div className="bayu-alert__content">{children}</div>}
        {actions && <div className="bayu-alert__actions">{actions}</div>}
      </div>
    </div>
  );
}

export interface LoadingProps {
  /** Defaults to 加载中… / Loading…. */
  readonly label?: string;
  /** Smaller, inline variant (no padding). */
  readonly inline?: boolean;
  readonly className?: string;
}

export function Loading({ label, inline = false, className }: LoadingProps) {
  const t = useT();
  return (
    <div className={cx('bayu-loading', inline && 'bayu-loading--inline', className)} role="status">
      <span className="bayu-loading__spinner" aria-hidden="true" />
      <span className="bayu-loading__label">{label ?? t('ui.loading')}</span>
    </div>
  );
}

export interface EmptyStateProps {
  readonly title: ReactNode;
  readonly children?: ReactNode;
  readonly action?: ReactNode;
  readonly className?: string;
}

export function EmptyState({ title, children, action, className }: EmptyStateProps) {
  return (
    <div className={cx('bayu-empty', className)}>
      <p className="bayu-empty__title">{title}</p>
      {children && <div className="bayu-empty__body">{children}</div>}
      {action && <div className="bayu-empty__action">{action}</div>}
    </div>
  );
}

export interface ErrorStateProps {
  /** A problem body, or a thrown Error (an Error carrying `title` / `detail`, or a `problem` body, is read as a problem). */
  readonly problem?: ProblemLike | Error | null;
  readonly onRetry?: () => void;
  /** Overrides the problem's title. */
  readonly title?: ReactNode;
  readonly className?: string;
}

/** A failed load: what went wrong and, with `onRetry`, a retry button. */
export function ErrorState({ problem, onRetry, title, className }: ErrorStateProps) {
  const t = useT();
  // An API error class may carry the problem body as `.problem`.
  const nested = problem && typeof problem === 'object' && 'problem' in problem ? (problem as { problem?: unknown }).problem : undefined;
  const p = (nested && typeof nested === 'object' ? nested : (problem ?? {})) as ProblemLike;
  const detail = typeof p.detail === 'string' && p.detail ? p.detail : problem instanceof Error && problem.message ? problem.message : t('ui.error.detail');
  return (
    <div className={cx('bayu-error-state', className)} role="alert">
      <p className="bayu-error-state__title">{title ?? (typeof p.title === 'string' && p.title ? p.title : t('ui.error.title'))}</p>
      <p className="bayu-error-state__detail">{detail}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('ui.retry')}
        </Button>
      )}
    </div>
  );
}

export interface ProgressBarProps {
  /** Current value; undefined means indeterminate (no aria-valuenow). */
  readonly value?: number;
  readonly max?: number;
  readonly label: string;
  readonly showPercent?: boolean;
  readonly className?: string;
}

export function ProgressBar({ value, max = 100, label, showPercent = true, className }: ProgressBarProps) {
  const format = useFormat();
  const indeterminate = value === undefined || !Number.isFinite(value);
  const clamped = indeterminate ? 0 : Math.min(Math.max(value, 0), max);
  const ratio = max > 0 ? clamped / max : 0;
  const percent = format.percent(ratio, 0);
  return (
    <div className={cx('bayu-progress', indeterminate && 'bayu-progress--indeterminate', className)}>
      <div className="bayu-progress__header" aria-hidden="true">
        <span>{label}</span>
        {showPercent && !indeterminate && <span className="bayu-progress__percent">{percent}</span>}
      </div>
      <div
        className="bayu-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={indeterminate ? undefined : clamped}
        aria-valuetext={indeterminate ? undefined : percent}
      >
        <div className="bayu-progress__fill" style={indeterminate ? undefined : { width: `${ratio * 100}%` }} />
      </div>
    </div>
  );
}

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface BadgeProps {
  readonly tone?: BadgeTone;
  readonly children: ReactNode;
  readonly className?: string;
}

export function Badge({ tone = 'neutral', children, className }: BadgeProps) {
  return <span className={cx('bayu-badge', `bayu-badge--${tone}`, className)}>{children}</span>;
}
