import { Navigate, Route, Routes } from 'react-router';
import { AgencyApp, type AgencyNavItem } from '@bayu/web-shell';
import { ImportPage } from './imports/import-page';
import { ImportsPage } from './imports/imports-page';
import { StatisticsPage } from './statistics/statistics-page';
import { WorkerPage } from './worker-detail/worker-page';
import { RegisterPage } from './workers/register-page';
import { WorkersPage } from './workers/workers-page';
import './app.css';

/** Statistics first: it is what the bureau opens the registry for every day. */
const NAV: readonly AgencyNavItem[] = [
  { to: '/', label: 'nav.statistics' },
  { to: '/workers', label: 'nav.workers' },
  { to: '/register', label: 'nav.register', roles: ['hrss'] },
  { to: '/imports', label: 'nav.imports', roles: ['hrss'] },
];

export function App() {
  return (
    <AgencyApp title="app.title" subtitle="app.subtitle" roles={['hrss']} nav={NAV}>
      <Routes>
        <Route path="/" element={<StatisticsPage />} />
        <Route path="/workers" element={<WorkersPage />} />
        <Route path="/workers/:id" element={<WorkerPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/imports" element={<ImportsPage />} />
        <Route path="/imports/:id" element={<ImportPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </AgencyApp>
  );
}
