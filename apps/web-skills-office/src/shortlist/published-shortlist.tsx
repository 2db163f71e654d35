import { Alert, Badge, DataTable, EmptyState, ErrorState, Loading, useFormat, useT } from '@bayu/ui';
import { useApi } from '@bayu/web-shell';
import type { CampaignView } from '../shared/api';
import { nominationTone } from '../shared/status';
import { usePublishedCandidates } from './queries';

/** After publication: the list as the public sees it, and the way to the public site. */
export function PublishedShortlist({ campaign }: { readonly campaign: CampaignView }) {
  const t = useT();
  const format = useFormat();
  const { config } = useApi();
  const candidates = usePublishedCandidates(campaign.id);
  const publicSite = config.links?.['web-public'];
  if (candidates.isPending) return <Loading />;
  if (candidates.isError) return <ErrorState problem={candidates.error} onRetry={() => void candidates.refetch()} />;
  return (
    <>
      <Alert tone="success" title={t('shortlist.published', { date: format.dateTime(campaign.shortlistPublishedAt ?? ''), n: format.number(candidates.data.length) })}>
        {publicSite && (
          <p>
            <a href={`${publicSite.replace(/\/?$/, '/')}#/campaigns/${campaign.id}`} target="_blank" rel="noreferrer">
              {t('shortlist.publicLink')}
            </a>
          </p>
        )}
      </Alert>
      <DataTable
        caption={t('shortlist.publishedCaption')}
        rows={candidates.data}
        rowKey={(c) => c.nominationId}
        empty={<EmptyState title={t('shortlist.publishedNone')} />}
        columns={[
          { key: 'name', header: t('audit.name'), isRowHeader: true, render: (c) => c.name },
          { key: 'employer', header: t('audit.employer'), render: (c) => c.employerName },
          { key: 'occupation', header: t('audit.occupation'), render: (c) => c.occupation },
          { key: 'recommender', header: t('audit.recommender'), render: (c) => c.recommenderZh },
          { key: 'status', header: t('audit.status'), render: (c) => <Badge tone={nominationTone(c.status)}>{t(`status.${c.status}`)}</Badge> },
        ]}
      />
    </>
  );
}
