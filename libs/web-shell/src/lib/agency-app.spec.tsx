import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sharedOrOwnRealm, type TestRealm } from '@bayu/dev/sso';
import { I18nProvider } from '@bayu/ui';
import { AuthProvider, OidcSession } from '@bayu/web-auth';
import { AgencyApp } from './agency-app';
import { shellMessages } from './messages';

// Real tokens from the dev SSO: the frame reads roles and scope exactly as the apps get them.
let realm: TestRealm;
let realmUrl: string;

beforeAll(async () => {
  realm = await sharedOrOwnRealm();
  realmUrl = realm.realmUrl;
}, 60_000);

afterAll(async () => {
  await realm?.stop();
});

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

async function sessionOf(username?: string): Promise<OidcSession> {
  if (username) {
    const response = await fetch(`${realmUrl}/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'web-skills-office', username, password: 'bayu-demo-2026', scope: 'openid' }),
    });
    sessionStorage.setItem('bayu.oidc.refresh', ((await response.json()) as { refresh_token: string }).refresh_token);
  }
  const session = new OidcSession({ realmUrl, clientId: 'web-skills-office' });
  await session.start();
  return session;
}

const messages = {
  'zh-CN': { ...shellMessages['zh-CN'], 'app.title': '评选管理', 'nav.audit': '审核', 'nav.targets': '目标' },
  en: { ...shellMessages.en, 'app.title': 'Selection office', 'nav.audit': 'Audit', 'nav.targets': 'Targets' },
};

function renderFrame(session: OidcSession) {
  return render(
    <I18nProvider messages={messages}>
      <AuthProvider session={session}>
        <MemoryRouter initialEntries={['/audit']}>
          <AgencyApp title="app.title" roles={['skills-office']} nav={[{ to: '/audit', label: 'nav.audit' }, { to: '/targets', label: 'nav.targets', roles: ['hrss'] }]}>
            <p>审核队列</p>
          </AgencyApp>
        </MemoryRouter>
      </AuthProvider>
    </I18nProvider>,
  );
}

describe('the agency app frame', () => {
  it('asks a visitor to sign in and shows none of the app', async () => {
    renderFrame(await sessionOf());
    expect(screen.getAllByRole('button', { name: '统一身份认证登录' }).length).toBeGreaterThan(0);
    expect(screen.queryByText('审核队列')).toBeNull();
  });

  it('shows the app, with only the navigation the role allows, to the skills office', async () => {
    renderFrame(await sessionOf('skills.office'));
    expect(await screen.findByText('审核队列')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '审核' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: '目标' })).toBeNull();
    expect(screen.getByText('王德明')).toBeInTheDocument();
  });

  it('tells a signed-in user without the app\'s role that they have no access, and shows nothing else', async () => {
    renderFrame(await sessionOf('district.chengkou'));
    expect(await screen.findByText('无权使用本系统')).toBeInTheDocument();
    expect(screen.getByText(/district\.chengkou/)).toBeInTheDocument();
    expect(screen.queryByText('审核队列')).toBeNull();
    expect(screen.queryByRole('link', { name: '审核' })).toBeNull();
  });
});
