import { useState } from 'react';
import { Button, Dialog, ProblemAlert, TextArea, useLocale, useT } from '@bayu/ui';
import { recommenderName } from '../shared/names';
import { fieldDetail, problemOf } from '../shared/problem';
import { checkOpinion, LIMITS } from './form-checks';
import type { NominationView } from './form-state';
import { useNominationAction } from './queries';
import { opinionRequired, type AppAction } from './status';

interface ActionDialogProps {
  readonly nomination: NominationView;
  readonly action: AppAction | null;
  readonly onClose: () => void;
  readonly onDone: (view: NominationView, action: AppAction) => void;
}

/** One step of the chain with its opinion (required except to withdraw); the API's problems stay in the dialog. */
export function ActionDialog({ nomination, action, onClose, onDone }: ActionDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const [opinion, setOpinion] = useState('');
  const [tried, setTried] = useState(false);
  const act = useNominationAction(nomination.id);
  if (!action) return null;

  const required = opinionRequired(action);
  const check = checkOpinion(opinion, required);
  const problem = problemOf(act.error);
  const opinionError = (tried && check ? t(check.key, check.params) : undefined) ?? fieldDetail(problem, 'opinion');
  const close = () => {
    act.reset();
    setTried(false);
    onClose();
  };
  const confirm = () => {
    setTried(true);
    if (check) return;
    act.mutate(
      { action, opinion: opinion.trim() || undefined, version: nomination.version },
      {
        onSuccess: (view) => {
          setOpinion('');
          setTried(false);
          act.reset();
          onDone(view, action);
        },
      },
    );
  };

  return (
    <Dialog
      open
      title={t(`action.${action}`)}
      onClose={close}
      actions={
        <>
          <Button variant={action === 'withdraw' || action === 'recommender-return' ? 'danger' : 'primary'} busy={act.isPending} onClick={confirm}>
            {t(`dialog.confirm.${action}`)}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('dialog.cancel')}
          </Button>
        </>
      }
    >
      <p>{t(`dialog.intro.${action}`, { recommender: recommenderName(nomination.recommender, locale), name: nomination.form.name })}</p>
      <ProblemAlert problem={problem} fields={['opinion']} fieldLabels={{ photo: t('form.photo'), evidence: t('form.evidence') }} />
      <TextArea
        label={t(`dialog.opinion.${action}`)}
        name="opinion"
        value={opinion}
        onChange={setOpinion}
        maxLength={LIMITS.opinion}
        required={required}
        error={opinionError}
        rows={4}
      />
    </Dialog>
  );
}
