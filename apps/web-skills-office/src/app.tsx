import { Link, Navigate, Route, Routes } from 'react-router';
import { EmptyState, useT } from '@bayu/ui';
import { AgencyApp } from '@bayu/web-shell';
import { AuditQueuePage } from './audit/audit-queue-page';
import { NominationPage } from './audit/nomination-page';
import { CampaignLayout } from './campaigns/campaign-layout';
import { CampaignOverviewPage } from './campaigns/campaign-overview-page';
import { CampaignsPage } from './campaigns/campaigns-page';
import { NewCampaignPage } from './campaigns/new-campaign-page';
import { QuotaPage } from './quotas/quota-page';
import { ShortlistPage } from './shortlist/shortlist-page';
import './app.css';

/** The skills office's app: the yearly campaign, its quotas, the audit of forms and the shortlist. */
export function App() {
  const t = useT();
  return (
    <AgencyApp title="app.title" subtitle="app.subtitle" roles={['skills-office']} nav={[{ to: '/campaigns', label: 'nav.campaigns' }]}>
      <Routes>
        <Route path="/" element={<Navigate to="/campaigns" replace />} />
        <Route path="/campaigns" element={<CampaignsPage />} />
        <Route path="/campaigns/new" element={<NewCampaignPage />} />
        <Route path="/campaigns/:campaignId" element={<CampaignLayout />}>
          <Route index element={<CampaignOverviewPage />} />
          <Route path="quotas" element={<QuotaPage />} />
          <Route path="audit" element={<AuditQueuePage />} />
          <Route path="audit/:nominationId" element={<NominationPage />} />
          <Route path="shortlist" element={<ShortlistPage />} />
        </Route>
        <Route path="*" element={<EmptyState title={t('common.notFound')} action={<Link to="/campaigns">{t('common.backToCampaigns')}</Link>} />} />
      </Routes>
    </AgencyApp>
  );
}
