import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, ProblemAlert, TargetProgress, TextField, useFormat, useT } from '@bayu/ui';
import { apiFieldErrors, problemOf } from '../shared/problems';
import type { KpiFigures, YearTarget } from './chart-data';
import { useSetTarget } from './queries';
import { parseTargetForm, targetFormValues, type TargetFormValues } from './target-form';

/** Progress of the high-skilled share against the year's target. */
export function TargetCard({ year, figures }: { year: number; figures: KpiFigures }) {
  const t = useT();
  const format = useFormat();
  if (figures.targetShare === undefined) {
    return (
      <Card title={t('stats.targetTitle', { year })}>
        <p>{t('stats.noTarget', { year })}</p>
      </Card>
    );
  }
  const points = figures.pointsToTarget ?? 0;
  return (
    <Card title={t('stats.targetTitle', { year })}>
      <TargetProgress label={t('stats.targetLabel', { year })} value={figures.share} target={figures.targetShare} format={(r) => format.percent(r, 2)} />
      <p className="web-hrss-note">{points > 0 ? t('stats.pointsToGo', { points: format.number(points, { maximumFractionDigits: 2 }) }) : t('stats.targetReached')}</p>
    </Card>
  );
}

const FIELDS = ['year', 'newSkilledWorkers', 'highSkilledSharePercent'];

/** hrss sets (or changes) a year's targets. */
export function TargetFormCard({ year, targets }: { year: number; targets: readonly YearTarget[] | undefined }) {
  const t = useT();
  const setTarget = useSetTarget();
  const existing = targets?.find((x) => x.year === year);
  const [values, setValues] = useState<TargetFormValues>(() => targetFormValues(year, existing));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [savedYear, setSavedYear] = useState<number | null>(null);

  // Follow the year filter (and a target that arrives later) until the user types.
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) setValues(targetFormValues(year, existing));
  }, [year, existing, dirty]);

  const change = (field: keyof TargetFormValues) => (value: string) => {
    setDirty(true);
    setSavedYear(null);
    setValues((v) => ({ ...v, [field]: value }));
  };
  const problem = problemOf(setTarget.error);
  const serverErrors = apiFieldErrors(problem, t);
  const errorOf = (field: string) => (localErrors[field] ? t(localErrors[field]) : serverErrors[field]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseTargetForm(values);
    if (!parsed.ok) {
      setLocalErrors(parsed.errors);
      return;
    }
    setLocalErrors({});
    setTarget.mutate(
      { year: parsed.year, body: parsed.body },
      {
        onSuccess: () => {
          setSavedYear(parsed.year);
          setDirty(false);
        },
      },
    );
  };

  return (
    <Card title={t('target.formTitle')}>
      <form onSubmit={submit} noValidate aria-label={t('target.formTitle')} className="web-hrss-form web-hrss-form--inline">
        <TextField label={t('target.year')} name="targetYear" type="number" inputMode="numeric" value={values.year} onChange={change('year')} error={errorOf('year')} required />
        <TextField
          label={t('target.newSkilledWorkers')}
          name="newSkilledWorkers"
          type="number"
          inputMode="numeric"
          value={values.newSkilledWorkers}
          onChange={change('newSkilledWorkers')}
          error={errorOf('newSkilledWorkers')}
          required
        />
        <TextField
          label={t('target.share')}
          name="highSkilledSharePercent"
          type="number"
          inputMode="decimal"
          value={values.highSkilledSharePercent}
          onChange={change('highSkilledSharePercent')}
          error={errorOf('highSkilledSharePercent')}
          hint={t('target.shareHint')}
          required
        />
        <ProblemAlert problem={problem} fields={FIELDS} />
        {savedYear !== null && <Alert tone="success">{t('target.saved', { year: savedYear })}</Alert>}
        <div className="web-hrss-actions">
          <Button type="submit" busy={setTarget.isPending}>
            {t('target.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
