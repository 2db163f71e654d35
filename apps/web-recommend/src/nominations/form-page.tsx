import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { Alert, Card, EmptyState, ErrorState, Loading, PageHeader, useLocale, useT } from '@bayu/ui';
import { useAuth } from '@bayu/web-auth';
import { chooseCampaign } from '../campaigns/campaign-choice';
import { useCampaigns, type Campaign } from '../campaigns/queries';
import { fillsForms, partyOf } from '../shared/party';
import { problemOf } from '../shared/problem';
import { NominationEditor } from './form-editor';
import { emptyFormState, formStateFromView } from './form-state';
import { useNomination } from './queries';
import { isEditable } from './status';

function useFiller() {
  const { user } = useAuth();
  const party = partyOf(user);
  return { user, party, allowed: fillsForms(party), centralUnit: party === 'central-unit' };
}

function OnlyEmployers() {
  const t = useT();
  return (
    <Card title={t('form.onlyEmployers.title')}>
      <p>{t('form.onlyEmployers')}</p>
      <Link to="/">{t('common.backHome')}</Link>
    </Card>
  );
}

function CampaignEyebrow({ campaign }: { campaign: Campaign | undefined }) {
  const { locale } = useLocale();
  if (!campaign) return null;
  return <>{locale === 'en' ? campaign.titleEn : campaign.titleZh}</>;
}

/** /nominations/new: a new form in the campaign open for recommendations. */
export function NewNominationPage() {
  const t = useT();
  const [params] = useSearchParams();
  const { user, allowed, centralUnit } = useFiller();
  const campaigns = useCampaigns();
  if (!allowed) return <OnlyEmployers />;
  if (campaigns.isPending) return <Loading />;
  if (campaigns.isError) return <ErrorState problem={problemOf(campaigns.error)} onRetry={() => void campaigns.refetch()} />;
  const { current, open } = chooseCampaign(campaigns.data, params.get('campaign'));
  if (!current || !open) return <EmptyState title={t('form.noOpenCampaign')} action={<Link to="/">{t('common.backHome')}</Link>}>{t('form.noOpenCampaignBody')}</EmptyState>;
  const initial = { ...emptyFormState({ employerName: centralUnit ? '' : user?.displayName }), recommenderKind: user?.districtCode || centralUnit ? ('district' as const) : ('department' as const) };
  return (
    <>
      <PageHeader eyebrow={<CampaignEyebrow campaign={current} />} title={t('form.title.new')} description={t('form.intro')} />
      <NominationEditor campaign={current} initial={initial} centralUnit={centralUnit} districtCode={user?.districtCode} />
    </>
  );
}

/** /nominations/:id/edit: the employer corrects a draft or a returned form, uploads its files and submits it. */
export function EditNominationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const { user, allowed, centralUnit } = useFiller();
  const nomination = useNomination(id);
  const campaigns = useCampaigns();
  if (!allowed) return <OnlyEmployers />;
  if (nomination.isPending || campaigns.isPending) return <Loading />;
  if (nomination.isError) return <ErrorState problem={problemOf(nomination.error)} onRetry={() => void nomination.refetch()} />;
  if (campaigns.isError) return <ErrorState problem={problemOf(campaigns.error)} onRetry={() => void campaigns.refetch()} />;
  const view = nomination.data;
  const campaign = campaigns.data.find((c) => c.id === view.campaignId);
  const detailLink = <Link to={`/nominations/${view.id}`}>{t('form.viewDetail')}</Link>;
  if (!campaign) return <EmptyState title={t('form.noOpenCampaign')} action={detailLink} />;
  if (!isEditable(view.status)) {
    return (
      <>
        <PageHeader eyebrow={<CampaignEyebrow campaign={campaign} />} title={t('form.title.edit', { name: view.form.name })} />
        <Alert tone="info" actions={detailLink}>
          {t('form.notEditable', { status: t(`status.${view.status}`) })}
        </Alert>
      </>
    );
  }
  const created = (location.state as { created?: boolean } | null)?.created === true;
  return (
    <>
      <PageHeader eyebrow={<CampaignEyebrow campaign={campaign} />} title={t('form.title.edit', { name: view.form.name })} actions={detailLink} />
      {view.status === 'returned' && <Alert tone="warning">{t('form.returned')}</Alert>}
      <NominationEditor
        key={view.id}
        campaign={campaign}
        view={view}
        initial={formStateFromView(view)}
        centralUnit={centralUnit}
        districtCode={user?.districtCode}
        justCreated={created}
      />
    </>
  );
}
