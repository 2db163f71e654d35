import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, PageHeader, ProblemAlert, TextField, fieldErrors, useT } from '@bayu/ui';
import { problemOf } from '../shared/api';
import { CAMPAIGN_FIELDS, changeYear, defaultCampaignForm, defaultYear, toCreateRequest, type CampaignFormValues } from './campaign-form';
import { useCreateCampaign } from './queries';
import { ScheduleFields } from './schedule-fields';

type SizeField = 'districtQuota' | 'departmentQuota' | 'shortlistSize' | 'expertReviewSize' | 'awardCount' | 'awardNominationCount';

/** The form field → the API's field name, where they differ. */
const SIZE_FIELDS: ReadonlyArray<{ key: SizeField; api: string; hint?: boolean }> = [
  { key: 'districtQuota', api: 'quotas.district', hint: true },
  { key: 'departmentQuota', api: 'quotas.department', hint: true },
  { key: 'shortlistSize', api: 'shortlistSize', hint: true },
  { key: 'expertReviewSize', api: 'expertReviewSize', hint: true },
  { key: 'awardCount', api: 'awardCount' },
  { key: 'awardNominationCount', api: 'awardNominationCount' },
];

/** 新建评选活动: every setting of a year's campaign, with the notice's numbers as defaults. */
export function NewCampaignPage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const [values, setValues] = useState<CampaignFormValues>(() => defaultCampaignForm(defaultYear(new Date())));
  const problem = problemOf(create.error);
  const errors = fieldErrors(problem);
  const set = (patch: Partial<CampaignFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toCreateRequest(values), { onSuccess: (campaign) => void navigate(`/campaigns/${campaign.id}`) });
  };

  return (
    <>
      <PageHeader title={t('form.title')} description={t('form.description')} eyebrow={<Link to="/campaigns">← {t('common.backToCampaigns')}</Link>} />
      <form onSubmit={submit} noValidate aria-busy={create.isPending || undefined}>
        <ProblemAlert problem={problem} fields={CAMPAIGN_FIELDS} />
        <Card title={t('form.basics')}>
          <TextField name="year" type="number" inputMode="numeric" label={t('form.year')} hint={t('form.yearHint')} value={values.year} onChange={(year) => setValues((v) => changeYear(v, year))} error={errors.year} required />
          <TextField name="titleZh" label={t('form.titleZh')} value={values.titleZh} onChange={(titleZh) => set({ titleZh })} error={errors.titleZh} maxLength={100} required />
          <TextField name="titleEn" label={t('form.titleEn')} value={values.titleEn} onChange={(titleEn) => set({ titleEn })} error={errors.titleEn} maxLength={150} required />
        </Card>
        <Card title={t('form.schedule')}>
          <ScheduleFields values={values} onChange={(schedule) => set(schedule)} errors={errors} />
        </Card>
        <Card title={t('form.sizes')}>
          <div className="office-sizes">
            {SIZE_FIELDS.map((f) => (
              <TextField
                key={f.key}
                name={f.api}
                type="number"
                inputMode="numeric"
                label={t(`form.${f.key}`)}
                hint={f.hint ? t(`form.${f.key}Hint`) : undefined}
                value={values[f.key]}
                onChange={(value) => set({ [f.key]: value })}
                error={errors[f.api]}
                required
              />
            ))}
          </div>
        </Card>
        <div className="office-form-actions">
          <Button type="submit" busy={create.isPending}>
            {create.isPending ? t('form.saving') : t('form.submit')}
          </Button>
          <Link to="/campaigns">{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
