import { useState, type FormEvent } from 'react';
import { Button, Grid, ProblemAlert, Select, TextField, useT } from '@bayu/ui';
import { apiFieldErrors, problemOf } from '../shared/problems';
import { useLabels } from '../shared/use-labels';
import type { Worker } from './profile-card';
import { useIssueCertificate } from './queries';
import { CERTIFICATE_FIELDS, CERTIFICATE_KINDS, certificateBody, checkCertificateForm, emptyCertificateForm, type CertificateFormValues, type CertificateKind } from './record-forms';

const ALL_FIELDS = ['kind', ...new Set(Object.values(CERTIFICATE_FIELDS).flat())];

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Records a skill-level certificate, a professional title or a heritage title. */
export function CertificateForm({ worker, onDone }: { worker: Worker; onDone: () => void }) {
  const t = useT();
  const labels = useLabels();
  const issue = useIssueCertificate(worker.id);
  const [values, setValues] = useState<CertificateFormValues>(() => emptyCertificateForm(worker.occupation));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const problem = problemOf(issue.error);
  const errors: Record<string, string | undefined> = { ...apiFieldErrors(problem, t) };
  for (const [field, key] of Object.entries(localErrors)) errors[field] = t(key);
  const set = (field: keyof CertificateFormValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setLocalErrors(({ [field]: _drop, ...rest }) => rest);
  };
  const shows = (field: keyof CertificateFormValues) => CERTIFICATE_FIELDS[values.kind].includes(field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkCertificateForm(values, today());
    setLocalErrors(found);
    if (Object.keys(found).length > 0) return;
    issue.mutate(certificateBody(values), { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('certificate.formTitle')} className="web-hrss-form web-hrss-subform">
      <h3 className="web-hrss-subheading">{t('certificate.formTitle')}</h3>
      <Grid minColumnWidth="14rem" gap="sm">
        <Select
          label={t('certificate.kind')}
          name="kind"
          value={values.kind}
          onChange={(value) => setValues((v) => ({ ...v, kind: value as CertificateKind }))}
          options={CERTIFICATE_KINDS.map((k) => ({ value: k, label: t(`certificate.kind.${k}`) }))}
          required
        />
        {shows('skillLevel') && (
          <Select label={t('certificate.skillLevel')} name="skillLevel" value={values.skillLevel} onChange={set('skillLevel')} options={labels.options('level')} placeholder={t('form.choose')} error={errors['skillLevel']} required />
        )}
        {shows('occupation') && <TextField label={t('worker.occupation')} name="certificateOccupation" value={values.occupation} onChange={set('occupation')} maxLength={100} error={errors['occupation']} required />}
        {shows('titleField') && (
          <Select label={t('certificate.titleField')} name="titleField" value={values.titleField} onChange={set('titleField')} options={labels.options('titleField')} placeholder={t('form.choose')} error={errors['titleField']} required />
        )}
        {shows('titleGrade') && (
          <Select label={t('certificate.titleGrade')} name="titleGrade" value={values.titleGrade} onChange={set('titleGrade')} options={labels.options('titleGrade')} placeholder={t('form.choose')} error={errors['titleGrade']} required />
        )}
        {shows('heritageLevel') && (
          <Select
            label={t('certificate.heritageLevel')}
            name="heritageLevel"
            value={values.heritageLevel}
            onChange={set('heritageLevel')}
            options={labels.options('heritageLevel')}
            placeholder={t('form.choose')}
            error={errors['heritageLevel']}
            required
          />
        )}
        {shows('heritageItem') && <TextField label={t('certificate.heritageItem')} name="heritageItem" value={values.heritageItem} onChange={set('heritageItem')} maxLength={100} error={errors['heritageItem']} required />}
        <TextField label={t('certificate.number')} name="certificateNumber" value={values.certificateNumber} onChange={set('certificateNumber')} maxLength={64} error={errors['certificateNumber']} required autoComplete="off" />
        <TextField label={t('certificate.issuingBody')} name="issuingBody" value={values.issuingBody} onChange={set('issuingBody')} maxLength={200} error={errors['issuingBody']} required />
        <TextField label={t('certificate.issueDate')} name="issueDate" type="date" value={values.issueDate} onChange={set('issueDate')} error={errors['issueDate']} required />
      </Grid>
      <ProblemAlert problem={problem} fields={ALL_FIELDS} />
      <div className="web-hrss-actions">
        <Button type="submit" busy={issue.isPending}>
          {t('certificate.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
