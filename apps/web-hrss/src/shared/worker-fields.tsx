import { Select, TextField, useT } from '@bayu/ui';
import { useLabels } from './use-labels';
import type { WorkerFormValues } from './worker-form';

export interface WorkerFieldsProps {
  readonly values: WorkerFormValues;
  readonly onChange: (field: keyof WorkerFormValues, value: string) => void;
  readonly errors: Readonly<Record<string, string | undefined>>;
}

/** The editable facts of a worker, shared by the register and edit forms. */
export function WorkerFields({ values, onChange, errors }: WorkerFieldsProps) {
  const t = useT();
  const labels = useLabels();
  const set = (field: keyof WorkerFormValues) => (value: string) => onChange(field, value);
  return (
    <>
      <TextField label={t('worker.name')} name="name" value={values.name} onChange={set('name')} error={errors['name']} maxLength={50} required autoComplete="off" />
      <Select
        label={t('worker.district')}
        name="districtCode"
        value={values.districtCode}
        onChange={set('districtCode')}
        error={errors['districtCode']}
        options={labels.options('district')}
        placeholder={t('form.choose')}
        required
      />
      <TextField label={t('worker.employerName')} name="employerName" value={values.employerName} onChange={set('employerName')} error={errors['employerName']} maxLength={200} required autoComplete="organization" />
      <TextField label={t('worker.employerId')} name="employerId" value={values.employerId} onChange={set('employerId')} error={errors['employerId']} maxLength={64} hint={t('worker.employerIdHint')} autoComplete="off" />
      <Select
        label={t('worker.industry')}
        name="industryCode"
        value={values.industryCode}
        onChange={set('industryCode')}
        error={errors['industryCode']}
        options={labels.options('industry')}
        placeholder={t('form.choose')}
        required
      />
      <TextField label={t('worker.occupation')} name="occupation" value={values.occupation} onChange={set('occupation')} error={errors['occupation']} maxLength={100} required autoComplete="off" />
    </>
  );
}
