import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Grid, PageHeader, ProblemAlert, useT } from '@bayu/ui';
import { checkNationalId } from '../shared/national-id';
import { NationalIdField } from '../shared/national-id-field';
import { apiFieldErrors, problemOf } from '../shared/problems';
import { WorkerFields } from '../shared/worker-fields';
import { checkWorkerForm, EMPTY_WORKER_FORM, registerBody, WORKER_FORM_FIELDS, type WorkerFormValues } from '../shared/worker-form';
import { useRegisterWorker } from './queries';

const FIELDS = ['nationalId', ...WORKER_FORM_FIELDS];

/** Registers one worker (POST /workers); the API's field errors are shown beside their inputs. */
export function RegisterPage() {
  const t = useT();
  const navigate = useNavigate();
  const register = useRegisterWorker();
  const [nationalId, setNationalId] = useState('');
  const [values, setValues] = useState<WorkerFormValues>(EMPTY_WORKER_FORM);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const problem = problemOf(register.error);
  const serverErrors = apiFieldErrors(problem, t);
  const errors: Record<string, string | undefined> = { ...serverErrors };
  for (const [field, key] of Object.entries(localErrors)) errors[field] = t(key);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkWorkerForm(values);
    if (checkNationalId(nationalId).state !== 'valid') found['nationalId'] = 'error.nationalId';
    setLocalErrors(found);
    if (Object.keys(found).length > 0) {
      const first = FIELDS.find((f) => found[f]);
      if (first) document.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    register.mutate(registerBody(nationalId, values), { onSuccess: (worker) => void navigate(`/workers/${worker.id}`, { state: { registered: true } }) });
  };

  return (
    <>
      <PageHeader title={t('register.title')} description={t('register.description')} />
      <Card>
        <form onSubmit={submit} noValidate aria-label={t('register.title')} className="web-hrss-form">
          <Grid minColumnWidth="16rem" gap="sm">
            <NationalIdField
              label={t('worker.nationalId')}
              name="nationalId"
              value={nationalId}
              onChange={(value) => {
                setNationalId(value);
                setLocalErrors(({ nationalId: _drop, ...rest }) => rest);
              }}
              error={errors['nationalId']}
              required
            />
            <WorkerFields
              values={values}
              errors={errors}
              onChange={(field, value) => {
                setValues((v) => ({ ...v, [field]: value }));
                setLocalErrors(({ [field]: _drop, ...rest }) => rest);
              }}
            />
          </Grid>
          <ProblemAlert problem={problem} fields={FIELDS} />
          <div className="web-hrss-actions">
            <Button type="submit" busy={register.isPending}>
              {t('register.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </>
  );
}
