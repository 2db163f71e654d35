import './app.css';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { AppShell, useT } from '@bayu/ui';
import { CampaignPage, HomePage } from './candidates/campaign-page';
import { CandidatePage } from './candidates/candidate-page';
import { VerifyPage } from './verify/verify-page';

/** The public site: no sign-in, phone first. */
export function App() {
  const t = useT();
  const { pathname } = useLocation();
  const nav = [
    { to: '/', label: t('nav.candidates'), current: !pathname.startsWith('/verify') },
    { to: '/verify', label: t('nav.verify'), current: pathname.startsWith('/verify') },
  ];
  return (
    <AppShell
      title={t('app.title')}
      subtitle={t('app.subtitle')}
      nav={nav}
      user={null}
      renderLink={(item, className) => (
        <Link to={item.to} className={className} aria-current={item.current ? 'page' : undefined}>
          {item.label}
        </Link>
      )}
    >
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/campaigns/:campaignId" element={<CampaignPage />} />
        <Route path="/campaigns/:campaignId/candidates/:nominationId" element={<CandidatePage />} />
        <Route path="/verify" element={<VerifyPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </AppShell>
  );
}
