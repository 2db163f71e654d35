import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import { cx } from './field';
import { useT } from './i18n';

export interface DialogProps {
  readonly open: boolean;
  readonly title: ReactNode;
  /** Called on Escape, the close button, or the browser's close request; the parent sets `open` false. */
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly actions?: ReactNode;
  readonly className?: string;
}

/**
 * A modal dialog on the native `<dialog>` element (showModal: focus trap, inert background, top layer).
 * Where showModal is missing (older browsers, jsdom) it falls back to the `open` attribute.
 */
export function Dialog({ open, title, onClose, children, actions, className }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `bayu-dialog-${useId().replace(/:/g, '')}`;
  const onCloseRef = useRef(onClose);
  const closeRequested = useRef(false);

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return undefined;
    closeRequested.current = false;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') {
        try {
          dialog.showModal();
        } catch {
          dialog.setAttribute('open', '');
        }
      } else {
        dialog.setAttribute('open', '');
      }
    }
    if (!dialog.contains(document.activeElement)) dialog.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  const requestClose = () => {
    if (closeRequested.current) return;
    closeRequested.current = true;
    onCloseRef.current();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      requestClose();
    }
  };

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault(); // React state decides whether the dialog is open
    requestClose();
  };

  if (!open) return null;
  return (
    <dialog ref={ref} className={cx('bayu-dialog', className)} aria-labelledby={titleId} aria-modal="true" tabIndex={-1} onKeyDown={onKeyDown} onCancel={onCancel} onClose={() => open && requestClose()}>
      <div className="bayu-dialog__header">
        <h2 className="bayu-dialog__title" id={titleId}>
          {title}
        </h2>
        <button type="button" className="bayu-dialog__close" aria-label={t('ui.dialog.close')} onClick={requestClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="bayu-dialog__body">{children}</div>
      {actions && <div className="bayu-dialog__actions">{actions}</div>}
    </dialog>
  );
}
