import { useState } from 'react';
import type { ResponseOf } from '@bayu/api-client';
import { Badge, Button, Card, DataTable, Dialog, EmptyState, ErrorState, ProblemAlert, TextArea, useFormat, useT } from '@bayu/ui';
import { hasAnyRole, useAuth } from '@bayu/web-auth';
import { apiFieldErrors, problemOf } from '../shared/problems';
import { useLabels } from '../shared/use-labels';
import { CertificateForm } from './certificate-form';
import type { Worker } from './profile-card';
import { useCertificates, useRevokeCertificate } from './queries';

type Certificate = ResponseOf<'/api/v1/workers/{workerId}/certificates', 'get'>[number];

/** What a certificate attests, in words: 技师 · 数控车工, 工程 中级, 国家级 · 峡砚制作技艺. */
function useDescribe() {
  const t = useT();
  const labels = useLabels();
  return (c: Certificate): string => {
    if (c.kind === 'skill-level') return [labels.name('level', c.skillLevel), c.occupation].filter(Boolean).join(' · ');
    if (c.kind === 'professional-title') return t('certificate.titleOf', { field: labels.name('titleField', c.titleField), grade: labels.name('titleGrade', c.titleGrade) });
    return [labels.name('heritageLevel', c.heritageLevel), c.heritageItem].filter(Boolean).join(' · ');
  };
}

export function CertificatesCard({ worker }: { worker: Worker }) {
  const t = useT();
  const format = useFormat();
  const { user } = useAuth();
  const describe = useDescribe();
  const certificates = useCertificates(worker.id);
  const [revoking, setRevoking] = useState<Certificate | null>(null);
  const [adding, setAdding] = useState(false);
  const canChange = hasAnyRole(user, ['hrss']);

  let body;
  if (certificates.isError) body = <ErrorState problem={problemOf(certificates.error)} onRetry={() => void certificates.refetch()} />;
  else
    body = (
      <DataTable
        caption={t('certificate.list')}
        hideCaption
        loading={certificates.isPending}
        rows={certificates.data ?? []}
        rowKey={(c) => c.id}
        empty={<EmptyState title={t('certificate.none')} />}
        columns={[
          { key: 'kind', header: t('certificate.kind'), render: (c) => t(`certificate.kind.${c.kind}`) },
          { key: 'what', header: t('certificate.what'), render: describe, isRowHeader: true },
          { key: 'number', header: t('certificate.number'), render: (c) => <span className="web-hrss-mono">{c.certificateNumber}</span> },
          { key: 'body', header: t('certificate.issuingBody'), render: (c) => c.issuingBody },
          { key: 'date', header: t('certificate.issueDate'), render: (c) => format.date(c.issueDate) },
          {
            key: 'status',
            header: t('certificate.status'),
            render: (c) =>
              c.status === 'valid' ? (
                <Badge tone="success">{t('certificate.valid')}</Badge>
              ) : (
                <>
                  <Badge tone="danger">{t('certificate.revoked')}</Badge>
                  {c.revokeReason && <span className="web-hrss-note"> {c.revokeReason}</span>}
                </>
              ),
          },
          ...(canChange
            ? [
                {
                  key: 'actions',
                  header: t('form.actions'),
                  render: (c: Certificate) =>
                    c.status === 'valid' ? (
                      <Button variant="danger" className="bayu-button--small" aria-label={t('certificate.revokeOne', { number: c.certificateNumber })} onClick={() => setRevoking(c)}>
                        {t('certificate.revoke')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    );

  return (
    <Card
      title={t('certificate.title')}
      actions={
        canChange && !adding ? (
          <Button variant="secondary" className="bayu-button--small" onClick={() => setAdding(true)}>
            {t('certificate.add')}
          </Button>
        ) : undefined
      }
    >
      {body}
      {adding && <CertificateForm worker={worker} onDone={() => setAdding(false)} />}
      {revoking && <RevokeDialog workerId={worker.id} certificate={revoking} describe={describe(revoking)} onClose={() => setRevoking(null)} />}
    </Card>
  );
}

function RevokeDialog({ workerId, certificate, describe, onClose }: { workerId: string; certificate: Certificate; describe: string; onClose: () => void }) {
  const t = useT();
  const revoke = useRevokeCertificate(workerId);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const problem = problemOf(revoke.error);
  const confirm = () => {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    revoke.mutate({ id: certificate.id, reason: reason.trim() }, { onSuccess: onClose });
  };
  return (
    <Dialog
      open
      title={t('certificate.revokeTitle')}
      onClose={onClose}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button variant="danger" busy={revoke.isPending} onClick={confirm}>
            {t('certificate.revokeConfirm')}
          </Button>
        </>
      }
    >
      <p>{t('certificate.revokeBody', { number: certificate.certificateNumber, what: describe })}</p>
      <TextArea
        label={t('certificate.revokeReason')}
        name="reason"
        value={reason}
        onChange={(value) => {
          setReason(value);
          setMissing(false);
        }}
        maxLength={500}
        rows={3}
        required
        error={missing ? t('error.required') : apiFieldErrors(problem, t)['reason']}
      />
      <ProblemAlert problem={problem} fields={['reason']} />
    </Dialog>
  );
}
