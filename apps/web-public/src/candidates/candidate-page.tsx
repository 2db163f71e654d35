import { Link, useParams } from 'react-router';
import { Badge, Card, DescriptionList, EmptyState, ErrorState, Loading, useT } from '@bayu/ui';
import { useCandidates, usePhotoUrl } from './queries';
import { statusTone } from './status';

export function CandidatePage() {
  const { campaignId = '', nominationId = '' } = useParams();
  const t = useT();
  const photoUrl = usePhotoUrl();
  const candidates = useCandidates(campaignId);
  if (candidates.isPending) return <Loading />;
  if (candidates.isError) return <ErrorState problem={candidates.error} onRetry={() => void candidates.refetch()} />;
  const candidate = candidates.data.find((c) => c.nominationId === nominationId);
  const back = <Link to={`/campaigns/${campaignId}`}>← {t('candidates.back')}</Link>;
  if (!candidate) return <EmptyState title={t('candidates.notFound')} action={back} />;
  return (
    <article className="public-profile">
      <p>{back}</p>
      <Card title={candidate.name} actions={<Badge tone={statusTone(candidate.status)}>{t(`status.${candidate.status}`)}</Badge>}>
        <div className="public-profile__body">
          {candidate.photoUrl ? (
            <img src={photoUrl(candidate.photoUrl)} alt={t('candidates.photoOf', { name: candidate.name })} width={198} height={264} />
          ) : (
            <p>{t('candidates.noPhoto')}</p>
          )}
          <DescriptionList
            items={[
              { term: t('candidates.occupation'), detail: candidate.occupation },
              { term: t('candidates.employer'), detail: candidate.employerName },
              { term: t('candidates.recommender'), detail: candidate.recommenderZh },
            ]}
          />
        </div>
        <h2>{t('candidates.deeds')}</h2>
        <p className="public-profile__deeds">{candidate.deedsAndAwards}</p>
      </Card>
    </article>
  );
}
