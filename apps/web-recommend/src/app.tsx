import { Link, Route, Routes } from 'react-router';
import { AgencyApp } from '@bayu/web-shell';
import { EmptyState, useT } from '@bayu/ui';
import { HomePage } from './home/home-page';
import { NominationDetailPage } from './nominations/detail-page';
import { EditNominationPage, NewNominationPage } from './nominations/form-page';
import './app.css';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('common.notFound')} action={<Link to="/">{t('common.backHome')}</Link>} />;
}

/** 最美巴渝工匠 recommendations: employers fill the 推荐表, districts and departments endorse it. */
export function App() {
  return (
    <AgencyApp
      title="app.title"
      subtitle="app.subtitle"
      roles={['employer', 'central-unit', 'district', 'department']}
      nav={[
        { to: '/', label: 'nav.home' },
        { to: '/nominations/new', label: 'nav.new', roles: ['employer', 'central-unit'] },
      ]}
    >
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/nominations/new" element={<NewNominationPage />} />
        <Route path="/nominations/:id" element={<NominationDetailPage />} />
        <Route path="/nominations/:id/edit" element={<EditNominationPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AgencyApp>
  );
}
