import { Link } from 'react-router';
import { Badge, DataTable, EmptyState, ErrorState, PageHeader, useFormat, useLocale, useT } from '@bayu/ui';
import type { CampaignView } from '../shared/api';
import { phaseTone } from '../shared/status';
import { useCampaigns } from './queries';

/** The campaigns, newest year first, and the way to a new one. */
export function CampaignsPage() {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const campaigns = useCampaigns();
  const newLink = (
    <Link to="/campaigns/new" className="bayu-button bayu-button--primary">
      {t('campaigns.new')}
    </Link>
  );
  const title = (c: CampaignView) => (locale === 'en' ? c.titleEn : c.titleZh);
  return (
    <>
      <PageHeader title={t('campaigns.title')} description={t('campaigns.description')} actions={newLink} />
      {campaigns.isError ? (
        <ErrorState problem={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : (
        <DataTable
          caption={t('campaigns.caption')}
          hideCaption
          loading={campaigns.isPending}
          rows={campaigns.data ?? []}
          rowKey={(c) => c.id}
          empty={<EmptyState title={t('campaigns.none')}>{t('campaigns.noneBody')}</EmptyState>}
          columns={[
            { key: 'year', header: t('campaigns.year'), render: (c) => c.year },
            { key: 'title', header: t('campaigns.name'), isRowHeader: true, render: (c) => <Link to={`/campaigns/${c.id}`}>{title(c)}</Link> },
            { key: 'phase', header: t('campaigns.phase'), render: (c) => <Badge tone={phaseTone(c.phase)}>{t(`phase.${c.phase}`)}</Badge> },
            { key: 'deadline', header: t('campaigns.deadline'), render: (c) => format.dateTime(c.formDeadline) },
          ]}
        />
      )}
    </>
  );
}
