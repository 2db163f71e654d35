import { Link, useParams } from 'react-router';
import { ApiProblem } from '@bayu/api-client';
import { Badge, EmptyState, ErrorState, Loading, useT } from '@bayu/ui';
import { useCurrentCampaign } from '../campaigns/campaign-layout';
import { nominationTone } from '../shared/status';
import { AttachmentsCard } from './attachments-card';
import { EligibilityCard } from './eligibility-card';
import { HistoryTimeline } from './history-timeline';
import { NominationFormView } from './nomination-form-view';
import { useNomination } from './queries';
import { ReviewActions } from './review-actions';

/** One form as the office audits it: the form, its files, eligibility, the decision and the chain so far. */
export function NominationPage() {
  const { nominationId = '' } = useParams();
  const t = useT();
  const campaign = useCurrentCampaign();
  const nomination = useNomination(nominationId);
  const back = <Link to={`/campaigns/${campaign.id}/audit`}>← {t('detail.back')}</Link>;
  if (nomination.isPending) return <Loading />;
  if (nomination.isError) {
    if (nomination.error instanceof ApiProblem && nomination.error.status === 404) return <EmptyState title={t('detail.notFound')} action={back} />;
    return <ErrorState problem={nomination.error} onRetry={() => void nomination.refetch()} />;
  }
  const n = nomination.data;
  return (
    <article className="office-nomination" aria-labelledby="office-nomination-name">
      <p>{back}</p>
      <h2 id="office-nomination-name" className="office-nomination__name">
        {n.form.name} <Badge tone={nominationTone(n.status)}>{t(`status.${n.status}`)}</Badge>
      </h2>
      <p className="office-nomination__meta">
        {n.form.employerName} · {n.form.occupation} · {n.recommender.nameZh}
      </p>
      <div className="office-nomination__grid">
        <div className="office-nomination__main">
          <ReviewActions nomination={n} />
          <EligibilityCard nomination={n} />
          <NominationFormView nomination={n} />
        </div>
        <div className="office-nomination__side">
          <AttachmentsCard nomination={n} />
          <HistoryTimeline nominationId={n.id} />
        </div>
      </div>
    </article>
  );
}
