import { useId, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { useT } from './i18n';

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

export interface FieldIds {
  readonly id: string;
  readonly hintId: string;
  readonly errorId: string;
}

/** Stable ids for a control and its hint / error texts. */
export function useFieldIds(id?: string): FieldIds {
  const generated = useId();
  const base = id ?? `bayu-field-${generated.replace(/:/g, '')}`;
  return { id: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

/** The ARIA attributes tying a control to its hint and error. */
export function describedBy(ids: FieldIds, hint: ReactNode, error: ReactNode, ...extra: Array<string | undefined>): string | undefined {
  const list = [hint ? ids.hintId : undefined, error ? ids.errorId : undefined, ...extra].filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

export interface FieldFrameProps {
  readonly ids: FieldIds;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: ReactNode;
  readonly required?: boolean;
  readonly children: ReactNode;
  /** Rendered after the control (e.g. a character counter). */
  readonly after?: ReactNode;
  readonly className?: string;
}

/** Label, hint, control and error of one form field. Used by every form control. */
export function FieldFrame({ ids, label, hint, error, required, children, after, className }: FieldFrameProps) {
  return (
    <div className={cx('bayu-field', error ? 'bayu-field--invalid' : undefined, className)}>
      <label className="bayu-field__label" htmlFor={ids.id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p className="bayu-field__hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      {children}
      {after}
      {error && <FieldError id={ids.errorId}>{error}</FieldError>}
    </div>
  );
}

/** The visible "required" asterisk; the control itself carries aria-required. */
export function RequiredMark() {
  const t = useT();
  return (
    <span className="bayu-field__required" aria-hidden="true" title={t('ui.required')}>
      *
    </span>
  );
}

export function FieldError({ id, children }: { readonly id: string; readonly children: ReactNode }) {
  return (
    <p className="bayu-field__error" id={id}>
      {children}
    </p>
  );
}

interface CommonFieldProps {
  readonly label: ReactNode;
  readonly name: string;
  readonly error?: ReactNode;
  readonly hint?: ReactNode;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly placeholder?: string;
  /** Overrides the generated id of the control. */
  readonly id?: string;
  readonly onBlur?: () => void;
  readonly className?: string;
}

export interface TextFieldProps extends CommonFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search' | 'number' | 'date' | 'datetime-local' | 'month' | 'time';
  readonly maxLength?: number;
  readonly inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  readonly autoComplete?: string;
  readonly readOnly?: boolean;
  readonly ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, name, value, onChange, error, hint, required, disabled, placeholder, id, onBlur, className, type = 'text', maxLength, inputMode, autoComplete, readOnly, ref }: TextFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        ref={ref}
        className="bayu-input"
        id={ids.id}
        name={name}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        maxLength={maxLength}
        inputMode={inputMode}
        autoComplete={autoComplete}
        placeholder={placeholder}
        disabled={disabled}
        readOnly={readOnly}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
      />
    </FieldFrame>
  );
}

/** Characters as users see them: a CJK character or an emoji counts as one. */
export function countCharacters(value: string): number {
  return Array.from(value).length;
}

export interface TextAreaProps extends Omit<TextFieldProps, 'type' | 'inputMode' | 'ref'> {
  readonly rows?: number;
  readonly ref?: Ref<HTMLTextAreaElement>;
}

/**
 * Multi-line text. With `maxLength`, shows a live "123 / 1000" counter (announced politely) that counts
 * characters as users see them; going over the limit is flagged rather than silently truncated.
 */
export function TextArea({ label, name, value, onChange, error, hint, required, disabled, placeholder, id, onBlur, className, maxLength, autoComplete, readOnly, rows = 4, ref }: TextAreaProps) {
  const t = useT();
  const ids = useFieldIds(id);
  const counterId = `${ids.id}-counter`;
  const count = countCharacters(value);
  const over = maxLength !== undefined && count > maxLength;
  const counter =
    maxLength === undefined ? undefined : (
      <p className={cx('bayu-field__counter', over && 'bayu-field__counter--over')} id={counterId} aria-live="polite" data-over={over || undefined}>
        <span aria-hidden="true">
          {count} / {maxLength}
        </span>
        <span className="visually-hidden">{t('ui.counter.status', { count, max: maxLength })}</span>
        {over && <span className="bayu-field__counter-over">{t('ui.counter.over', { n: count - maxLength })}</span>}
      </p>
    );
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} required={required} className={className} after={counter}>
      <textarea
        ref={ref}
        className="bayu-input bayu-textarea"
        id={ids.id}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        autoComplete={autoComplete}
        placeholder={placeholder}
        disabled={disabled}
        readOnly={readOnly}
        aria-required={required || undefined}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={describedBy(ids, hint, error, maxLength === undefined ? undefined : counterId)}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  readonly disabled?: boolean;
}

export interface SelectProps extends CommonFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: ReadonlyArray<SelectOption>;
  readonly ref?: Ref<HTMLSelectElement>;
}

/** A native select. `placeholder` adds an empty first option (value ""). */
export function Select({ label, name, value, onChange, options, error, hint, required, disabled, placeholder, id, onBlur, className, ref }: SelectProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} required={required} className={className}>
      <select
        ref={ref}
        className="bayu-input bayu-select"
        id={ids.id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        disabled={disabled}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
      >
        {placeholder !== undefined && (
          <option value="" disabled={required}>
            {placeholder}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
