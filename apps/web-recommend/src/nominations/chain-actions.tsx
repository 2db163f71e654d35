import { useId, useState, type ReactNode } from 'react';
import { Alert, Button, Toolbar, useT } from '@bayu/ui';
import { ActionDialog } from './action-dialog';
import type { NominationView } from './form-state';
import { offeredActions, type AppAction } from './status';
import type { SubmitBlocker } from './submit-readiness';

interface ChainActionsProps {
  readonly view: NominationView;
  /** What keeps the employer from submitting; the submit button stays disabled, with the reasons, while any remain. */
  readonly submitBlockers?: readonly SubmitBlocker[];
  readonly onDone?: (view: NominationView, action: AppAction) => void;
  /** Shown when the API offers the caller no step on this form. */
  readonly empty?: ReactNode;
}

/** The steps the API offers the caller on this form, as buttons; each opens a dialog asking for the opinion. */
export function ChainActions({ view, submitBlockers = [], onDone, empty = null }: ChainActionsProps) {
  const t = useT();
  const reasonsId = `recommend-blockers-${useId().replace(/:/g, '')}`;
  const [open, setOpen] = useState<AppAction | null>(null);
  const [done, setDone] = useState<AppAction | null>(null);
  const actions = offeredActions(view.nextActions);
  if (actions.length === 0 && !done) return <>{empty}</>;
  const blocked = actions.includes('submit') && submitBlockers.length > 0;

  return (
    <div className="recommend-actions">
      {done && (
        <Alert tone="success" title={t(`dialog.done.${done}`)}>
          {t('dialog.done.status', { status: t(`status.${view.status}`) })}
        </Alert>
      )}
      {blocked && (
        <div id={reasonsId} className="recommend-blockers">
          <p className="recommend-blockers__title">{t('submit.blocked.title')}</p>
          <ul>
            {submitBlockers.map((b) => (
              <li key={b}>{t(`submit.blocked.${b}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {actions.length > 0 && (
        <Toolbar label={t('detail.actions')}>
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === 'withdraw' || action === 'recommender-return' ? 'secondary' : 'primary'}
              disabled={action === 'submit' && blocked}
              aria-describedby={action === 'submit' && blocked ? reasonsId : undefined}
              onClick={() => {
                setDone(null);
                setOpen(action);
              }}
            >
              {t(`action.${action}`)}
            </Button>
          ))}
        </Toolbar>
      )}
      <ActionDialog
        nomination={view}
        action={open}
        onClose={() => setOpen(null)}
        onDone={(next, action) => {
          setOpen(null);
          setDone(action);
          onDone?.(next, action);
        }}
      />
    </div>
  );
}
