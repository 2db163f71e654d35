import { useMemo, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { Badge, EmptyState, ErrorState, Loading, PageHeader, TextField, useFormat, useLocale, useT } from '@bayu/ui';
import { useCandidates, usePhotoUrl, usePublicCampaigns } from './queries';
import { filterCandidates } from './candidate-filter';
import { statusTone } from './status';

/** The newest published shortlist is the home page. */
export function HomePage() {
  const t = useT();
  const campaigns = usePublicCampaigns();
  if (campaigns.isPending) return <Loading />;
  if (campaigns.isError) return <ErrorState problem={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  const newest = [...campaigns.data].sort((a, b) => b.year - a.year)[0];
  if (!newest) return <EmptyState title={t('campaigns.none')}>{t('campaigns.noneBody')}</EmptyState>;
  return <Navigate to={`/campaigns/${newest.id}`} replace />;
}

export function CampaignPage() {
  const { campaignId = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const photoUrl = usePhotoUrl();
  const campaigns = usePublicCampaigns();
  const candidates = useCandidates(campaignId);
  const [filter, setFilter] = useState('');
  const campaign = campaigns.data?.find((c) => c.id === campaignId);
  const shown = useMemo(() => filterCandidates(candidates.data ?? [], filter), [candidates.data, filter]);

  if (candidates.isPending || campaigns.isPending) return <Loading />;
  if (candidates.isError) return <ErrorState problem={candidates.error} onRetry={() => void candidates.refetch()} />;
  const title = campaign ? (locale === 'en' ? campaign.titleEn : campaign.titleZh) : '';
  return (
    <>
      <PageHeader
        title={t('candidates.title', { title })}
        description={[t('candidates.count', { count: format.number(candidates.data.length) }), campaign?.shortlistPublishedAt ? t('campaigns.published', { date: format.date(campaign.shortlistPublishedAt) }) : ''].filter(Boolean).join(' · ')}
      />
      <TextField label={t('candidates.search')} name="filter" value={filter} onChange={setFilter} type="search" />
      {shown.length === 0 ? (
        <EmptyState title={t('candidates.noMatch')} />
      ) : (
        <ul className="public-candidates" aria-label={t('nav.candidates')}>
          {shown.map((candidate) => (
            <li key={candidate.nominationId} className="public-candidate">
              <Link to={`/campaigns/${campaignId}/candidates/${candidate.nominationId}`} className="public-candidate__link">
                {candidate.photoUrl ? (
                  <img src={photoUrl(candidate.photoUrl)} alt={t('candidates.photoOf', { name: candidate.name })} loading="lazy" width={132} height={176} />
                ) : (
                  <span className="public-candidate__nophoto" aria-hidden="true">{candidate.name.slice(0, 1)}</span>
                )}
                <span className="public-candidate__name">{candidate.name}</span>
              </Link>
              <span className="public-candidate__meta">{candidate.occupation}</span>
              <span className="public-candidate__meta">{candidate.employerName}</span>
              <Badge tone={statusTone(candidate.status)}>{t(`status.${candidate.status}`)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
