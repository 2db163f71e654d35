import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiProblem, dataOf } from '@bayu/api-client';
import { Alert, Button, Card, PageHeader, ProblemAlert, TextField, fieldErrors, useT } from '@bayu/ui';
import { useApi } from '@bayu/web-shell';

const FIELDS = ['certificateNumber', 'holderName'];

export function VerifyPage() {
  const t = useT();
  const { api } = useApi();
  const [certificateNumber, setNumber] = useState('');
  const [holderName, setHolder] = useState('');
  const verify = useMutation({
    mutationFn: async (body: { certificateNumber: string; holderName: string }) => dataOf(await api.POST('/api/v1/public/certificates/verify', { body })),
  });
  const problem = verify.error instanceof ApiProblem ? verify.error.problem : null;
  const errors = fieldErrors(problem);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate({ certificateNumber: certificateNumber.trim(), holderName: holderName.trim() });
  };
  const result = verify.data?.result;
  return (
    <>
      <PageHeader title={t('verify.title')} description={t('verify.description')} />
      <Card>
        <form onSubmit={submit} noValidate aria-label={t('verify.title')}>
          <TextField label={t('verify.number')} name="certificateNumber" value={certificateNumber} onChange={setNumber} error={errors['certificateNumber']} required maxLength={64} autoComplete="off" />
          <TextField label={t('verify.holder')} name="holderName" value={holderName} onChange={setHolder} error={errors['holderName']} required maxLength={50} autoComplete="off" />
          <ProblemAlert problem={problem} fields={FIELDS} />
          <Button type="submit" busy={verify.isPending}>
            {t('verify.submit')}
          </Button>
        </form>
        {result ? (
          <Alert tone={result === 'valid' ? 'success' : result === 'revoked' ? 'warning' : 'error'}>{t(`verify.${result}`)}</Alert>
        ) : null}
      </Card>
    </>
  );
}
