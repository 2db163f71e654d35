import { useEffect, useState, type FormEvent } from 'react';
import type { ResponseOf } from '@bayu/api-client';
import { Alert, Badge, Button, Card, DescriptionList, Grid, ProblemAlert, useFormat, useT } from '@bayu/ui';
import { hasAnyRole, useAuth } from '@bayu/web-auth';
import { apiFieldErrors, problemOf, statusOf } from '../shared/problems';
import { useLabels } from '../shared/use-labels';
import { WorkerFields } from '../shared/worker-fields';
import { checkWorkerForm, formValuesOf, rebaseForm, WORKER_FORM_FIELDS, workerPatch, type WorkerFormValues } from '../shared/worker-form';
import { useUpdateWorker } from './queries';
import { RevealNationalId } from './reveal-national-id';

export type Worker = ResponseOf<'/api/v1/workers/{id}', 'get'>;

export function ProfileCard({ worker, refreshing }: { worker: Worker; refreshing: boolean }) {
  const t = useT();
  const { user } = useAuth();
  const [editing, setEditing] = useState(false);
  // The version this user saved: the confirmation goes away once the record changes again.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const canEdit = hasAnyRole(user, ['hrss']);
  return (
    <Card
      title={t('detail.profile')}
      actions={
        canEdit && !editing ? (
          <Button
            variant="secondary"
            className="bayu-button--small"
            onClick={() => {
              setSavedVersion(null);
              setEditing(true);
            }}
          >
            {t('detail.edit')}
          </Button>
        ) : undefined
      }
    >
      {savedVersion === worker.version && <Alert tone="success">{t('detail.saved')}</Alert>}
      {editing ? (
        <EditWorkerForm
          worker={worker}
          refreshing={refreshing}
          onDone={(version) => {
            setEditing(false);
            setSavedVersion(version ?? null);
          }}
        />
      ) : (
        <Profile worker={worker} />
      )}
    </Card>
  );
}

function Profile({ worker }: { worker: Worker }) {
  const t = useT();
  const format = useFormat();
  const labels = useLabels();
  return (
    <DescriptionList
      items={[
        { term: t('worker.name'), detail: worker.name },
        {
          term: t('worker.nationalId'),
          detail: (
            <>
              <span className="web-hrss-mono">
                {worker.nationalIdMasked}
              </span>
              <RevealNationalId workerId={worker.id} />
            </>
          ),
        },
        { term: t('worker.gender'), detail: t(`gender.${worker.gender}`) },
        { term: t('worker.birthDate'), detail: format.date(worker.birthDate) },
        { term: t('worker.district'), detail: labels.name('district', worker.districtCode) },
        { term: t('worker.employerName'), detail: worker.employerName },
        { term: t('worker.employerId'), detail: worker.employerId },
        { term: t('worker.industry'), detail: labels.name('industry', worker.industryCode) },
        { term: t('worker.occupation'), detail: worker.occupation },
        {
          term: t('worker.highestLevel'),
          detail: (
            <>
              {worker.currentLevel ? labels.name('level', worker.currentLevel) : t('worker.noLevel')}
              {worker.highSkilled && (
                <>
                  {' '}
                  <Badge tone="success">{t('worker.highSkilled')}</Badge>
                </>
              )}
            </>
          ),
        },
        { term: t('worker.registeredYear'), detail: String(worker.registeredYear) },
        { term: t('worker.updatedAt'), detail: format.dateTime(worker.updatedAt) },
      ]}
    />
  );
}

function EditWorkerForm({ worker, refreshing, onDone }: { worker: Worker; refreshing: boolean; onDone: (savedVersion?: number) => void }) {
  const t = useT();
  const update = useUpdateWorker(worker.id);
  // The version the user started editing from: the PATCH names it, so a change saved meanwhile answers 412.
  const [base, setBase] = useState<Worker>(worker);
  const [values, setValues] = useState<WorkerFormValues>(() => formValuesOf(worker));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [unchanged, setUnchanged] = useState(false);
  const [rebased, setRebased] = useState(false);
  const conflict = statusOf(update.error) === 412;

  // After a 412 the worker is reloaded: continue from the latest version, keeping only this user's own changes.
  useEffect(() => {
    if (!conflict || worker.version === base.version) return;
    setValues((current) => rebaseForm(base, worker, current));
    setBase(worker);
    setRebased(true);
  }, [conflict, worker, base]);
  const problem = conflict ? null : problemOf(update.error);
  const errors: Record<string, string | undefined> = { ...apiFieldErrors(problem, t) };
  for (const [field, key] of Object.entries(localErrors)) errors[field] = t(key);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkWorkerForm(values);
    setLocalErrors(found);
    if (Object.keys(found).length > 0) return;
    const patch = workerPatch(base, values);
    if (Object.keys(patch).length === 0) {
      setUnchanged(true);
      return;
    }
    setUnchanged(false);
    setRebased(false);
    update.mutate({ version: base.version, patch }, { onSuccess: (saved) => onDone(saved.version) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('detail.editTitle')} className="web-hrss-form">
      {conflict && (
        <Alert
          tone="warning"
          title={t('detail.conflict')}
          actions={
            <Button variant="secondary" className="bayu-button--small" onClick={() => onDone()}>
              {t('detail.discard')}
            </Button>
          }
        >
          <p>{rebased && !refreshing ? t('detail.conflictBody') : t('detail.conflictReloading')}</p>
        </Alert>
      )}
      <Grid minColumnWidth="16rem" gap="sm">
        <WorkerFields
          values={values}
          errors={errors}
          onChange={(field, value) => {
            setUnchanged(false);
            setValues((v) => ({ ...v, [field]: value }));
            setLocalErrors(({ [field]: _drop, ...rest }) => rest);
          }}
        />
      </Grid>
      {unchanged && <Alert tone="info">{t('detail.unchanged')}</Alert>}
      <ProblemAlert problem={problem} fields={[...WORKER_FORM_FIELDS]} />
      <div className="web-hrss-actions">
        <Button type="submit" busy={update.isPending}>
          {t('detail.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone()}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
