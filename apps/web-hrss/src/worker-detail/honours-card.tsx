import { useState, type FormEvent } from 'react';
import { HONOUR_LEVELS } from '@bayu/reference';
import { Badge, Button, Card, DataTable, EmptyState, ErrorState, Grid, ProblemAlert, Select, TextArea, TextField, useT } from '@bayu/ui';
import { hasAnyRole, useAuth } from '@bayu/web-auth';
import { apiFieldErrors, problemOf } from '../shared/problems';
import { useLabels } from '../shared/use-labels';
import { useGrantHonour, useHonours } from './queries';
import { checkHonourForm, defaultHonourLevel, emptyHonourForm, honourBody, type HonourFormValues } from './record-forms';

const FIELDS = ['kind', 'level', 'year', 'grantingBody', 'citation'];

export function HonoursCard({ workerId }: { workerId: string }) {
  const t = useT();
  const labels = useLabels();
  const { user } = useAuth();
  const honours = useHonours(workerId);
  const [adding, setAdding] = useState(false);
  const canAdd = hasAnyRole(user, ['hrss']);
  return (
    <Card
      title={t('honour.title')}
      actions={
        canAdd && !adding ? (
          <Button variant="secondary" className="bayu-button--small" onClick={() => setAdding(true)}>
            {t('honour.add')}
          </Button>
        ) : undefined
      }
    >
      {honours.isError ? (
        <ErrorState problem={problemOf(honours.error)} onRetry={() => void honours.refetch()} />
      ) : (
        <DataTable
          caption={t('honour.list')}
          hideCaption
          loading={honours.isPending}
          rows={honours.data ?? []}
          rowKey={(h) => h.id}
          empty={<EmptyState title={t('honour.none')} />}
          columns={[
            { key: 'kind', header: t('honour.kind'), render: (h) => labels.name('honour', h.kind), isRowHeader: true },
            { key: 'level', header: t('honour.level'), render: (h) => t(`honour.level.${h.level}`) },
            { key: 'year', header: t('honour.year'), render: (h) => String(h.year) },
            { key: 'body', header: t('honour.grantingBody'), render: (h) => h.grantingBody },
            { key: 'citation', header: t('honour.citation'), render: (h) => h.citation ?? '—' },
            { key: 'status', header: t('certificate.status'), render: (h) => (h.withdrawnAt ? <Badge tone="danger">{t('honour.withdrawn')}</Badge> : <Badge tone="success">{t('honour.held')}</Badge>) },
          ]}
        />
      )}
      {adding && <HonourForm workerId={workerId} onDone={() => setAdding(false)} />}
    </Card>
  );
}

function HonourForm({ workerId, onDone }: { workerId: string; onDone: () => void }) {
  const t = useT();
  const labels = useLabels();
  const grant = useGrantHonour(workerId);
  const year = new Date().getFullYear();
  const [values, setValues] = useState<HonourFormValues>(() => emptyHonourForm(year));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const problem = problemOf(grant.error);
  const errors: Record<string, string | undefined> = { ...apiFieldErrors(problem, t) };
  for (const [field, key] of Object.entries(localErrors)) errors[field] = t(key, { max: year });
  const set = (field: keyof HonourFormValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value, ...(field === 'kind' && !v.level ? { level: defaultHonourLevel(value) } : {}) }));
    setLocalErrors(({ [field]: _drop, ...rest }) => rest);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkHonourForm(values, year);
    setLocalErrors(found);
    if (Object.keys(found).length > 0) return;
    grant.mutate(honourBody(values), { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('honour.formTitle')} className="web-hrss-form web-hrss-subform">
      <h3 className="web-hrss-subheading">{t('honour.formTitle')}</h3>
      <Grid minColumnWidth="14rem" gap="sm">
        <Select label={t('honour.kind')} name="honourKind" value={values.kind} onChange={set('kind')} options={labels.options('honour')} placeholder={t('form.choose')} error={errors['kind']} required />
        <Select
          label={t('honour.level')}
          name="honourLevel"
          value={values.level}
          onChange={set('level')}
          options={HONOUR_LEVELS.map((l) => ({ value: l, label: t(`honour.level.${l}`) }))}
          placeholder={t('form.choose')}
          error={errors['level']}
          required
        />
        <TextField label={t('honour.year')} name="honourYear" type="number" inputMode="numeric" value={values.year} onChange={set('year')} error={errors['year']} required />
        <TextField label={t('honour.grantingBody')} name="grantingBody" value={values.grantingBody} onChange={set('grantingBody')} maxLength={200} error={errors['grantingBody']} required />
      </Grid>
      <TextArea label={t('honour.citation')} name="citation" value={values.citation} onChange={set('citation')} maxLength={500} rows={3} error={errors['citation']} />
      <ProblemAlert problem={problem} fields={FIELDS} />
      <div className="web-hrss-actions">
        <Button type="submit" busy={grant.isPending}>
          {t('honour.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
