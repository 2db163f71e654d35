import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from './button';
import { describedBy, FieldFrame, useFieldIds } from './field';
import { useFormat, useT } from './i18n';

/** Whether a file matches an `accept` list such as ".pdf,image/*,application/zip" (an empty list accepts all). */
export function fileMatchesAccept(file: { name: string; type: string }, accept: string | undefined): boolean {
  const tokens = (accept ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
    return type === token;
  });
}

export interface FileFieldProps {
  readonly label: ReactNode;
  readonly name: string;
  /** Accepted types, as for `<input accept>`; also checked on selection (drag-and-drop bypasses the picker's filter). */
  readonly accept?: string;
  /** Largest accepted size; a bigger file is rejected with a localized error and `onChange(null)`. */
  readonly maxBytes?: number;
  readonly onChange: (file: File | null) => void;
  readonly error?: ReactNode;
  readonly hint?: ReactNode;
  readonly required?: boolean;
  readonly disabled?: boolean;
  /** The chosen file when controlled; when omitted the field remembers the last accepted file itself. */
  readonly file?: File | null;
  readonly id?: string;
  readonly className?: string;
}

/** A native file input that shows the chosen file's name and size and enforces `maxBytes` / `accept`. */
export function FileField({ label, name, accept, maxBytes, onChange, error, hint, required, disabled, file, id, className }: FileFieldProps) {
  const t = useT();
  const format = useFormat();
  const ids = useFieldIds(id);
  const inputRef = useRef<HTMLInputElement>(null);
  const [ownFile, setOwnFile] = useState<File | null>(null);
  const [rejection, setRejection] = useState<string | null>(null);
  const current = file === undefined ? ownFile : file;

  // When the parent clears the file, clear the input too so choosing the same file again fires a change.
  useEffect(() => {
    if (current === null && inputRef.current) inputRef.current.value = '';
  }, [current]);

  const choose = (chosen: File | null) => {
    if (chosen && maxBytes !== undefined && chosen.size > maxBytes) {
      setRejection(t('ui.file.tooLarge', { size: format.bytes(chosen.size), max: format.bytes(maxBytes) }));
      chosen = null;
    } else if (chosen && !fileMatchesAccept(chosen, accept)) {
      setRejection(t('ui.file.wrongType', { accept: accept ?? '' }));
      chosen = null;
    } else {
      setRejection(null);
    }
    if (chosen === null && inputRef.current) inputRef.current.value = '';
    setOwnFile(chosen);
    onChange(chosen);
  };

  const shownError = rejection ?? error;
  const limit = maxBytes === undefined ? null : t('ui.file.limit', { max: format.bytes(maxBytes) });
  const shownHint =
    hint || limit ? (
      <>
        {hint}
        {hint && limit ? ' ' : null}
        {limit}
      </>
    ) : undefined;
  const fileId = `${ids.id}-file`;

  return (
    <FieldFrame ids={ids} label={label} hint={shownHint} error={shownError} required={required} className={className}>
      <input
        ref={inputRef}
        className="bayu-input bayu-file__input"
        type="file"
        id={ids.id}
        name={name}
        accept={accept}
        disabled={disabled}
        onChange={(e) => choose(e.target.files?.[0] ?? null)}
        aria-required={required || undefined}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(ids, shownHint, shownError, current ? fileId : undefined)}
      />
      {current && (
        <div className="bayu-file__chosen">
          <p className="bayu-file__name" id={fileId}>
            {t('ui.file.selected', { name: current.name, size: format.bytes(current.size) })}
          </p>
          {!disabled && (
            <Button variant="secondary" className="bayu-button--small" onClick={() => choose(null)}>
              {t('ui.file.remove')}
            </Button>
          )}
        </div>
      )}
    </FieldFrame>
  );
}
