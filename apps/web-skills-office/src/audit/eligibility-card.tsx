import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, ProblemAlert, Select, TextArea, fieldErrors, useFormat, useLocale, useT } from '@bayu/ui';
import { isVersionConflict, problemOf, type NominationView } from '../shared/api';
import { FINAL_STATUSES } from '../shared/status';
import { EligibilityBadge } from './eligibility-badge';
import { useEligibilityOverride } from './queries';

/** The computed eligibility with its reasons, the office's decision if any, and the form to decide. */
export function EligibilityCard({ nomination }: { readonly nomination: NominationView }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const { eligibility } = nomination;
  const result = (ok: boolean) => (ok ? t('eligibility.eligible') : t('eligibility.ineligible'));
  return (
    <Card title={t('eligibility.title')} headingLevel={3} actions={<EligibilityBadge eligibility={eligibility} />}>
      <p>{t('eligibility.computed', { result: result(eligibility.eligible) })}</p>
      <ul className="office-checks">
        {eligibility.checks.map((check) => (
          <li key={check.rule} className={check.ok ? 'office-checks__ok' : 'office-checks__fail'}>
            <span aria-hidden="true">{check.ok ? '✓' : '✗'}</span> <strong>{t(`eligibility.rule.${check.rule}`)}</strong>（{check.ok ? t('eligibility.ok') : t('eligibility.notOk')}）：{locale === 'en' ? check.detailEn : check.detailZh}
          </li>
        ))}
      </ul>
      {eligibility.override && (
        <Alert tone="info" title={t('eligibility.effective', { result: result(eligibility.effective) })}>
          <p>{t('eligibility.overrideBy', { by: eligibility.override.by, at: format.dateTime(eligibility.override.at), result: result(eligibility.override.eligible) })}</p>
          <p>{t('eligibility.overrideReason', { reason: eligibility.override.justification })}</p>
        </Alert>
      )}
      {!FINAL_STATUSES.has(nomination.status) && <OverrideDisclosure nomination={nomination} />}
    </Card>
  );
}

/** The decision form stays folded away unless the office means to decide (or the candidate is ineligible). */
function OverrideDisclosure({ nomination }: { readonly nomination: NominationView }) {
  const t = useT();
  const [open, setOpen] = useState(!nomination.eligibility.effective && !nomination.eligibility.override);
  return (
    <div className="office-override">
      <Button variant="secondary" aria-expanded={open} aria-controls="office-override-form" onClick={() => setOpen((o) => !o)}>
        {t('eligibility.overrideTitle')}
      </Button>
      {open && <OverrideForm nomination={nomination} />}
    </div>
  );
}

function OverrideForm({ nomination }: { readonly nomination: NominationView }) {
  const t = useT();
  const override = useEligibilityOverride(nomination);
  const [eligible, setEligible] = useState(!nomination.eligibility.effective);
  const [justification, setJustification] = useState('');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const problem = problemOf(override.error);
  const errors = fieldErrors(problem);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!justification.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    override.mutate(
      { eligible, justification: justification.trim() },
      {
        onSuccess: () => {
          setJustification('');
          setSaved(true);
        },
      },
    );
  };

  return (
    <form id="office-override-form" onSubmit={submit} noValidate aria-label={t('eligibility.overrideTitle')}>
      {isVersionConflict(override.error) ? <Alert tone="warning">{t('common.conflict')}</Alert> : <ProblemAlert problem={problem} fields={['eligible', 'justification']} />}
      <div aria-live="polite">{saved && <Alert tone="success">{t('eligibility.saved')}</Alert>}</div>
      <Select
        name="eligible"
        label={t('eligibility.decision')}
        value={eligible ? 'true' : 'false'}
        onChange={(value) => setEligible(value === 'true')}
        options={[
          { value: 'true', label: t('eligibility.decideEligible') },
          { value: 'false', label: t('eligibility.decideIneligible') },
        ]}
        error={errors.eligible}
        required
      />
      <TextArea
        name="justification"
        label={t('eligibility.justification')}
        hint={t('eligibility.justificationHint')}
        value={justification}
        onChange={(value) => {
          setJustification(value);
          if (value.trim()) setMissing(false);
        }}
        maxLength={500}
        rows={3}
        error={missing ? t('eligibility.justificationRequired') : errors.justification}
        required
      />
      <Button type="submit" variant="secondary" busy={override.isPending}>
        {t('eligibility.submit')}
      </Button>
    </form>
  );
}
