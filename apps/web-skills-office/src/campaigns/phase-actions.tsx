import { useState } from 'react';
import { Alert, Button, Dialog, ProblemAlert, useLocale, useT } from '@bayu/ui';
import { isVersionConflict, problemOf, type CampaignView, type NextAction } from '../shared/api';
import { PHASES } from './phase-steps';
import { useChangePhase } from './queries';

/** The phase actions the API offers this user, each behind a confirmation. */
export function PhaseActions({ campaign }: { readonly campaign: CampaignView }) {
  const t = useT();
  const { locale } = useLocale();
  const change = useChangePhase(campaign);
  const [pending, setPending] = useState<NextAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const label = (a: NextAction) => (locale === 'en' ? a.labelEn : a.labelZh);
  const next = PHASES[PHASES.indexOf(campaign.phase) + 1];

  const open = (action: NextAction) => {
    change.reset();
    setDone(null);
    setPending(action);
  };
  const confirm = () => {
    if (!pending) return;
    change.mutate(pending.action, {
      onSuccess: (updated) => {
        setPending(null);
        setDone(t('phase.changed', { phase: t(`phase.${updated.phase}`) }));
      },
    });
  };

  if (campaign.nextActions.length === 0) return campaign.phase === 'closed' ? <p>{t('steps.noActions')}</p> : null;
  const conflict = isVersionConflict(change.error);
  return (
    <>
      <div className="office-actions">
        {campaign.nextActions.map((a) => (
          <Button key={a.action} onClick={() => open(a)}>
            {label(a)}
          </Button>
        ))}
      </div>
      <div aria-live="polite">{done && <Alert tone="success">{done}</Alert>}</div>
      <Dialog
        open={pending !== null}
        title={pending ? t('phase.confirmTitle', { label: label(pending) }) : ''}
        onClose={() => setPending(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </Button>
            {!conflict && (
              <Button onClick={confirm} busy={change.isPending}>
                {pending ? t('phase.confirm', { label: label(pending) }) : ''}
              </Button>
            )}
          </>
        }
      >
        <p>{t('phase.confirmBody', { from: t(`phase.${campaign.phase}`), to: next ? t(`phase.${next}`) : '' })}</p>
        {conflict ? <Alert tone="warning">{t('common.conflict')}</Alert> : <ProblemAlert problem={problemOf(change.error)} />}
      </Dialog>
    </>
  );
}
