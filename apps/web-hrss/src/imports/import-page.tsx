import { Link, useParams } from 'react-router';
import { Alert, Badge, Button, Card, ErrorState, Grid, Loading, PageHeader, ProblemAlert, ProgressBar, Stat, useFormat, useT } from '@bayu/ui';
import { problemOf } from '../shared/problems';
import { errorReportName, importCounts, isFinished, progressValue, type ImportJob } from './progress';
import { useDownload } from './queries';
import { STATUS_TONE } from './status';
import { useImportProgress } from './use-import-progress';

/** One import: live progress, then the counts and the error report. */
export function ImportPage() {
  const { id = '' } = useParams();
  return <ImportProgressView key={id} id={id} />;
}

function ImportProgressView({ id }: { id: string }) {
  const t = useT();
  const progress = useImportProgress(id);
  const back = (
    <Link to="/imports" className="web-hrss-back">
      {t('import.back')}
    </Link>
  );
  const { job } = progress;
  if (!job) {
    if (progress.error) {
      return (
        <>
          <PageHeader title={t('import.titleUnknown')} eyebrow={back} />
          <ErrorState problem={problemOf(progress.error)} onRetry={progress.retry} />
        </>
      );
    }
    return <Loading />;
  }
  return (
    <>
      <PageHeader title={t('import.title', { file: job.fileName })} eyebrow={back} description={<Badge tone={STATUS_TONE[job.status]}>{t(`import.status.${job.status}`)}</Badge>} />
      <ProgressCard job={job} polling={progress.source === 'polling'} />
      {isFinished(job) && <ResultCard job={job} />}
    </>
  );
}

function ProgressCard({ job, polling }: { job: ImportJob; polling: boolean }) {
  const t = useT();
  const format = useFormat();
  const counts = importCounts(job);
  const finished = isFinished(job);
  let announcement = t(`import.status.${job.status}`);
  if (job.status === 'completed') announcement = t('import.completedSummary', { accepted: format.number(counts.accepted), rejected: format.number(counts.rejected) });
  return (
    <Card title={t('import.progressTitle')}>
      <ProgressBar label={t('import.progress')} value={progressValue(job)} />
      <p className="web-hrss-live" role="status" aria-live="polite">
        {announcement}
      </p>
      {!finished && (
        <p className="web-hrss-note">
          {job.estimatedRows
            ? t('import.rowsOf', { read: format.number(job.rowsRead), total: format.number(job.estimatedRows) })
            : t('import.rows', { read: format.number(job.rowsRead) })}
        </p>
      )}
      {polling && !finished && <p className="web-hrss-note">{t('import.polling')}</p>}
    </Card>
  );
}

function ResultCard({ job }: { job: ImportJob }) {
  const t = useT();
  const format = useFormat();
  const download = useDownload();
  const counts = importCounts(job);
  if (job.status === 'failed') {
    return (
      <Alert tone="error" title={t('import.failed')}>
        <p>{job.failure?.detail ?? t('ui.error.detail')}</p>
      </Alert>
    );
  }
  return (
    <Card title={t('import.resultTitle')}>
      <Grid minColumnWidth="11rem" className="web-hrss-stats">
        <Stat label={t('import.read')} value={format.number(counts.read)} />
        <Stat
          label={t('import.accepted')}
          value={format.number(counts.accepted)}
          hint={t('import.acceptedHint', { registered: format.number(counts.registered), already: format.number(counts.alreadyRegistered) })}
        />
        <Stat label={t('import.rejected')} value={format.number(counts.rejected)} />
      </Grid>
      {counts.rejected > 0 ? (
        <Alert
          tone="warning"
          title={t('import.someRejected', { n: format.number(counts.rejected) })}
          actions={
            <Button
              variant="secondary"
              busy={download.isPending}
              onClick={() => download.mutate({ path: `/api/v1/imports/${encodeURIComponent(job.id)}/errors.csv`, fileName: errorReportName(job.fileName, t('import.errorReportSuffix')) })}
            >
              {t('import.downloadErrors')}
            </Button>
          }
        >
          <p>{t('import.someRejectedBody')}</p>
        </Alert>
      ) : (
        <Alert tone="success">{t('import.allAccepted')}</Alert>
      )}
      <ProblemAlert problem={problemOf(download.error)} />
      <div className="web-hrss-actions">
        <Link to="/imports" className="bayu-button bayu-button--secondary">
          {t('import.another')}
        </Link>
        <Link to="/workers" className="bayu-button bayu-button--secondary">
          {t('import.toWorkers')}
        </Link>
      </div>
    </Card>
  );
}
