import type { ButtonHTMLAttributes } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'primary' | 'secondary' | 'danger';
  readonly busy?: boolean;
}

export function Button({ variant = 'primary', busy = false, disabled, children, className, ...rest }: ButtonProps) {
  return (
    <button type="button" {...rest} className={['bayu-button', `bayu-button--${variant}`, className].filter(Boolean).join(' ')} disabled={disabled || busy} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}
