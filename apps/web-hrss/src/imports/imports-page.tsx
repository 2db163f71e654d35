import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Badge, Button, Card, DataTable, EmptyState, ErrorState, FileField, PageHeader, ProblemAlert, useFormat, useT } from '@bayu/ui';
import { problemOf } from '../shared/problems';
import { importCounts, importFieldLimits } from './progress';
import { useDownload, useImportLimits, useImports, useUploadImport } from './queries';
import { STATUS_TONE } from './status';

/** Upload a register spreadsheet, get the template, see recent imports. */
export function ImportsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <UploadCard />
      <RecentImports />
    </>
  );
}

function UploadCard() {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const upload = useUploadImport();
  // Until the limits arrive the field checks nothing (the registry decides); then it checks types and size.
  const limits = useImportLimits().data;
  const template = useDownload();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const problem = problemOf(upload.error);
  // Column problems name the spreadsheet's columns: show each with its column.
  const columnLabels = Object.fromEntries((problem?.errors ?? []).map((e) => [e.field, e.field]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    upload.mutate(file, { onSuccess: (job) => void navigate(`/imports/${job.id}`) });
  };

  return (
    <Card title={t('imports.uploadTitle')}>
      <p>{t('imports.uploadHelp')}</p>
      <form onSubmit={submit} noValidate aria-label={t('imports.uploadTitle')} className="web-hrss-form">
        <FileField
          label={t('imports.file')}
          name="file"
          {...importFieldLimits(limits)}
          file={file}
          onChange={(chosen) => {
            setFile(chosen);
            setMissing(false);
            upload.reset();
          }}
          hint={limits ? `${t('imports.fileHint')} ${t('imports.maxRows', { rows: format.number(limits.maxRows) })}` : t('imports.fileHint')}
          error={missing ? t('imports.chooseFile') : undefined}
          required
        />
        <ProblemAlert problem={problem} fieldLabels={columnLabels} />
        <div className="web-hrss-actions">
          <Button type="submit" busy={upload.isPending}>
            {t('imports.upload')}
          </Button>
          <Button variant="secondary" busy={template.isPending} onClick={() => template.mutate({ path: '/api/v1/imports/template.csv', fileName: t('imports.templateFile') })}>
            {t('imports.template')}
          </Button>
        </div>
        <ProblemAlert problem={problemOf(template.error)} />
      </form>
    </Card>
  );
}

function RecentImports() {
  const t = useT();
  const format = useFormat();
  const imports = useImports();
  return (
    <Card title={t('imports.recent')}>
      {imports.isError ? (
        <ErrorState problem={problemOf(imports.error)} onRetry={() => void imports.refetch()} />
      ) : (
        <DataTable
          caption={t('imports.recent')}
          hideCaption
          loading={imports.isPending}
          rows={imports.data ?? []}
          rowKey={(job) => job.id}
          empty={<EmptyState title={t('imports.none')} />}
          columns={[
            { key: 'file', header: t('imports.fileName'), isRowHeader: true, render: (job) => <Link to={`/imports/${job.id}`}>{job.fileName}</Link> },
            { key: 'status', header: t('imports.status'), render: (job) => <Badge tone={STATUS_TONE[job.status]}>{t(`import.status.${job.status}`)}</Badge> },
            { key: 'at', header: t('imports.createdAt'), render: (job) => format.dateTime(job.createdAt) },
            { key: 'by', header: t('imports.createdBy'), render: (job) => job.createdBy },
            { key: 'accepted', header: t('import.accepted'), align: 'end', render: (job) => format.number(importCounts(job).accepted) },
            { key: 'rejected', header: t('import.rejected'), align: 'end', render: (job) => format.number(job.rowsRejected) },
          ]}
        />
      )}
    </Card>
  );
}
