import { Link, useLocation, useParams } from 'react-router';
import { Alert, Badge, Card, EmptyState, ErrorState, Loading, PageHeader, Timeline, useFormat, useLocale, useT } from '@bayu/ui';
import { AttachmentsCard } from '../attachments/attachments-card';
import { isPastDeadline } from '../campaigns/deadline';
import { useCampaigns } from '../campaigns/queries';
import { recommenderName } from '../shared/names';
import { problemOf } from '../shared/problem';
import { ChainActions } from './chain-actions';
import { EligibilityPanel } from './eligibility-panel';
import { FormReadOnly } from './form-readonly';
import { historyItems } from './history-items';
import { useNomination, useNominationHistory } from './queries';
import { isEditable, statusTone } from './status';
import { submitBlockers } from './submit-readiness';

/** Labels of the fields a correction may change, for the history. */
const FIELD_LABEL_KEYS: Record<string, string> = { nationalId: 'form.nationalId', qualification: 'detail.qualification', contributions: 'form.section.contributions' };

/** /nominations/:id: the form read-only, its files, eligibility, the endorsement chain and the steps open to the caller. */
export function NominationDetailPage() {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const { id = '' } = useParams();
  const location = useLocation();
  const nomination = useNomination(id);
  const history = useNominationHistory(id);
  const campaigns = useCampaigns();

  if (nomination.isPending) return <Loading />;
  if (nomination.isError) {
    return (
      <>
        <ErrorState problem={problemOf(nomination.error)} onRetry={() => void nomination.refetch()} />
        <p>
          <Link to="/">{t('common.backHome')}</Link>
        </p>
      </>
    );
  }
  const view = nomination.data;
  const campaign = campaigns.data?.find((c) => c.id === view.campaignId);
  const late = campaign ? isPastDeadline(campaign.formDeadline) : false;
  const arrivedFrom = (location.state as { done?: boolean } | null)?.done === true;
  const fieldLabel = (field: string) => t(FIELD_LABEL_KEYS[field] ?? `form.${field}`);
  const canEdit = isEditable(view.status) && view.nextActions.some((a) => a.action === 'submit');

  return (
    <>
      <p className="recommend-back">
        <Link to="/">← {t('common.backHome')}</Link>
      </p>
      <PageHeader
        eyebrow={campaign ? (locale === 'en' ? campaign.titleEn : campaign.titleZh) : undefined}
        title={t('detail.title', { name: view.form.name })}
        description={
          <span className="recommend-status-line">
            <Badge tone={statusTone(view.status)}>{t(`status.${view.status}`)}</Badge>
            <span>{t('detail.meta', { recommender: recommenderName(view.recommender, locale), updated: format.dateTime(view.updatedAt) })}</span>
          </span>
        }
        actions={
          canEdit ? (
            <Link to={`/nominations/${view.id}/edit`} className="bayu-button bayu-button--secondary">
              {t('detail.edit')}
            </Link>
          ) : undefined
        }
      />
      {arrivedFrom && <Alert tone="success">{t('dialog.done.status', { status: t(`status.${view.status}`) })}</Alert>}
      {view.status === 'returned' && canEdit && <Alert tone="warning">{t('form.returned')}</Alert>}
      <Card title={t('detail.actions')} className="recommend-action-card">
        <ChainActions
          view={view}
          submitBlockers={submitBlockers({ saved: true, dirty: false, hasPhoto: Boolean(view.attachments.photo), hasEvidence: Boolean(view.attachments.evidence), deadlinePassed: late })}
          empty={<p className="recommend-note">{t('detail.noActions')}</p>}
        />
      </Card>
      <Card title={t('detail.history')} className="recommend-history">
        {history.isPending ? (
          <Loading inline />
        ) : history.isError ? (
          <ErrorState problem={problemOf(history.error)} onRetry={() => void history.refetch()} />
        ) : history.data.length === 0 ? (
          <EmptyState title={t('detail.history.empty')} />
        ) : (
          <Timeline label={t('detail.history')} items={historyItems(history.data, t, fieldLabel)} />
        )}
      </Card>
      <EligibilityPanel eligibility={view.eligibility} />
      <AttachmentsCard view={view} editable={false} />
      <FormReadOnly view={view} />
    </>
  );
}
