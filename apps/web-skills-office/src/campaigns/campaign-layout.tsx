import { Link, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { Badge, EmptyState, ErrorState, Loading, PageHeader, useLocale, useT } from '@bayu/ui';
import { ApiProblem } from '@bayu/api-client';
import type { CampaignView } from '../shared/api';
import { phaseTone } from '../shared/status';
import { useCampaign } from './queries';

const TABS = [
  { path: '', label: 'campaign.tab.overview' },
  { path: 'quotas', label: 'campaign.tab.quotas' },
  { path: 'audit', label: 'campaign.tab.audit' },
  { path: 'shortlist', label: 'campaign.tab.shortlist' },
] as const;

/** The campaign every page below it works on. */
export function useCurrentCampaign(): CampaignView {
  return useOutletContext<CampaignView>();
}

/** A campaign's title, phase and sections; the section pages render below with the campaign in context. */
export function CampaignLayout() {
  const { campaignId = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { pathname } = useLocation();
  const campaign = useCampaign(campaignId);

  if (campaign.isPending) return <Loading />;
  if (campaign.isError) {
    if (campaign.error instanceof ApiProblem && campaign.error.status === 404) {
      return <EmptyState title={t('campaign.notFound')} action={<Link to="/campaigns">{t('common.backToCampaigns')}</Link>} />;
    }
    return <ErrorState problem={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const view = campaign.data;
  const base = `/campaigns/${view.id}`;
  const section = pathname.slice(base.length).split('/')[1] ?? '';
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link to="/campaigns">{t('nav.campaigns')}</Link> · {t('campaign.year', { year: view.year })}{' '}
            <Badge tone={phaseTone(view.phase)}>{t(`phase.${view.phase}`)}</Badge>
          </>
        }
        title={locale === 'en' ? view.titleEn : view.titleZh}
      />
      <nav className="office-tabs" aria-label={t('campaign.sections')}>
        <ul>
          {TABS.map((tab) => {
            const current = section === tab.path;
            return (
              <li key={tab.path}>
                <Link to={tab.path ? `${base}/${tab.path}` : base} className={current ? 'office-tabs__link office-tabs__link--current' : 'office-tabs__link'} aria-current={current ? 'page' : undefined}>
                  {t(tab.label)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <Outlet context={view} />
    </>
  );
}
