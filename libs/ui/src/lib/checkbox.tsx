import type { ReactNode, Ref } from 'react';
import { cx, describedBy, FieldError, RequiredMark, useFieldIds } from './field';

export interface CheckboxProps {
  readonly label: ReactNode;
  readonly name: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: ReactNode;
  readonly error?: ReactNode;
  readonly required?: boolean;
  readonly disabled?: boolean;
  /** Value submitted with a native form; defaults to "on". */
  readonly value?: string;
  readonly id?: string;
  readonly className?: string;
  readonly ref?: Ref<HTMLInputElement>;
}

/** A checkbox with its label beside it (the whole label is a 44px touch target). */
export function Checkbox({ label, name, checked, onChange, hint, error, required, disabled, value, id, className, ref }: CheckboxProps) {
  const ids = useFieldIds(id);
  return (
    <div className={cx('bayu-field', 'bayu-checkbox', error ? 'bayu-field--invalid' : undefined, className)}>
      <div className="bayu-checkbox__row">
        <input
          ref={ref}
          className="bayu-checkbox__input"
          type="checkbox"
          id={ids.id}
          name={name}
          value={value}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          disabled={disabled}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids, hint, error)}
        />
        <label className="bayu-checkbox__label" htmlFor={ids.id}>
          {label}
          {required && <RequiredMark />}
        </label>
      </div>
      {hint && (
        <p className="bayu-field__hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      {error && <FieldError id={ids.errorId}>{error}</FieldError>}
    </div>
  );
}
