import { useState } from 'react';
import { Alert, Button, Card, Dialog, ProblemAlert, TextArea, fieldErrors, useLocale, useT } from '@bayu/ui';
import { isVersionConflict, problemOf, type NextAction, type NominationActionBody, type NominationView } from '../shared/api';
import { useNominationAction } from './queries';

const OFFICE_ACTIONS = new Set(['office-approve', 'office-return', 'office-reject']);

/** Approve, return or reject, as the API offers them, each with a required opinion in a dialog. */
export function ReviewActions({ nomination }: { readonly nomination: NominationView }) {
  const t = useT();
  const { locale } = useLocale();
  const act = useNominationAction(nomination);
  const [pending, setPending] = useState<NextAction | null>(null);
  const [opinion, setOpinion] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const actions = nomination.nextActions.filter((a) => OFFICE_ACTIONS.has(a.action));
  const label = (a: NextAction) => (locale === 'en' ? a.labelEn : a.labelZh);
  const problem = problemOf(act.error);
  const conflict = isVersionConflict(act.error);

  const open = (action: NextAction) => {
    act.reset();
    setMissing(false);
    setDone(null);
    setPending(action);
  };
  const confirm = () => {
    if (!pending) return;
    if (!opinion.trim()) {
      setMissing(true);
      return;
    }
    const taken = label(pending);
    act.mutate({ action: pending.action as NominationActionBody['action'], opinion: opinion.trim() }, {
      onSuccess: () => {
        setPending(null);
        setOpinion('');
        setDone(t('review.done', { label: taken }));
      },
    });
  };

  return (
    <Card title={t('review.title')} headingLevel={3}>
      <div aria-live="polite">{done && <Alert tone="success">{done}</Alert>}</div>
      {actions.length === 0 ? (
        <p>{t('review.none')}</p>
      ) : (
        <>
          {!nomination.eligibility.effective && actions.some((a) => a.action === 'office-approve') && <Alert tone="warning">{t('review.ineligibleWarning')}</Alert>}
          <div className="office-actions">
            {actions.map((a) => (
              <Button key={a.action} variant={a.action === 'office-approve' ? 'primary' : a.action === 'office-reject' ? 'danger' : 'secondary'} onClick={() => open(a)}>
                {label(a)}
              </Button>
            ))}
          </div>
        </>
      )}
      <Dialog
        open={pending !== null}
        title={pending ? label(pending) : ''}
        onClose={() => setPending(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </Button>
            {!conflict && (
              <Button variant={pending?.action === 'office-reject' ? 'danger' : 'primary'} onClick={confirm} busy={act.isPending}>
                {pending ? t('review.confirm', { label: label(pending) }) : ''}
              </Button>
            )}
          </>
        }
      >
        {conflict ? <Alert tone="warning">{t('common.conflict')}</Alert> : <ProblemAlert problem={problem} fields={['opinion']} />}
        <TextArea
          name="opinion"
          label={t('review.opinion')}
          hint={t('review.opinionHint')}
          value={opinion}
          onChange={(value) => {
            setOpinion(value);
            if (value.trim()) setMissing(false);
          }}
          maxLength={500}
          rows={4}
          error={missing ? t('review.opinionRequired') : fieldErrors(problem).opinion}
          required
        />
      </Dialog>
    </Card>
  );
}
