import { Link, useLocation, useParams } from 'react-router';
import { Alert, EmptyState, ErrorState, Loading, PageHeader, useT } from '@bayu/ui';
import { problemOf, statusOf } from '../shared/problems';
import { CertificatesCard } from './certificates-card';
import { HonoursCard } from './honours-card';
import { ProfileCard } from './profile-card';
import { useWorker } from './queries';

/** One worker: profile (editable), certificates and honours. */
export function WorkerPage() {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const worker = useWorker(id);
  const back = (
    <Link to="/workers" className="web-hrss-back">
      {t('detail.back')}
    </Link>
  );
  if (worker.isPending) return <Loading />;
  if (worker.isError) {
    return (
      <>
        <PageHeader title={t('detail.title')} eyebrow={back} />
        {statusOf(worker.error) === 404 ? (
          <EmptyState title={t('detail.notFound')}>{t('detail.notFoundBody')}</EmptyState>
        ) : (
          <ErrorState problem={problemOf(worker.error)} onRetry={() => void worker.refetch()} />
        )}
      </>
    );
  }
  const registered = (location.state as { registered?: boolean } | null)?.registered === true;
  return (
    <>
      <PageHeader title={worker.data.name} eyebrow={back} description={t('detail.description')} />
      {registered && <Alert tone="success">{t('register.done', { name: worker.data.name })}</Alert>}
      <ProfileCard worker={worker.data} refreshing={worker.isFetching} />
      <CertificatesCard worker={worker.data} />
      <HonoursCard workerId={worker.data.id} />
    </>
  );
}
