import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Card, ProblemAlert, useT } from '@bayu/ui';
import { checkNationalId } from '../shared/national-id';
import { NationalIdField } from '../shared/national-id-field';
import { apiFieldErrors, problemOf, statusOf } from '../shared/problems';
import { useLookupWorker } from './queries';

/** Exact lookup by ID number: the number goes in the request body and the lookup is audited. */
export function LookupCard() {
  const t = useT();
  const navigate = useNavigate();
  const lookup = useLookupWorker();
  const [nationalId, setNationalId] = useState('');
  const check = checkNationalId(nationalId);
  const notFound = statusOf(lookup.error) === 404;
  const problem = notFound ? null : problemOf(lookup.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (check.state !== 'valid') return;
    lookup.mutate(check.facts.normalised, { onSuccess: (worker) => void navigate(`/workers/${worker.id}`) });
  };

  return (
    <Card title={t('lookup.title')}>
      <p className="web-hrss-note">{t('lookup.description')}</p>
      <form onSubmit={submit} noValidate className="web-hrss-form web-hrss-form--inline">
        <NationalIdField
          label={t('worker.nationalId')}
          name="lookupNationalId"
          value={nationalId}
          onChange={(value) => {
            setNationalId(value);
            lookup.reset();
          }}
          error={apiFieldErrors(problem, t)['nationalId']}
          required
        />
        <div className="web-hrss-actions">
          <Button type="submit" busy={lookup.isPending} disabled={check.state !== 'valid'}>
            {t('lookup.submit')}
          </Button>
        </div>
      </form>
      {notFound && <Alert tone="warning">{t('lookup.notFound')}</Alert>}
      <ProblemAlert problem={problem} fields={['nationalId']} />
    </Card>
  );
}
