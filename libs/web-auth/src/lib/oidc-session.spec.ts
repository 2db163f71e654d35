import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sharedOrOwnRealm, type TestRealm } from '@bayu/dev/sso';
import { OidcSession, type SessionState } from './oidc-session';

// The browser half of the code flow (the SSO's login page, the redirect) runs in Chromium in apps/web-e2e;
// here the session's token handling talks to the real dev SSO over HTTP.
let realm: TestRealm;
let realmUrl: string;

async function passwordGrant(username: string): Promise<{ refresh_token: string; access_token: string }> {
  const response = await fetch(`${realmUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'web-recommend', username, password: 'bayu-demo-2026', scope: 'openid' }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { refresh_token: string; access_token: string };
}

beforeAll(async () => {
  realm = await sharedOrOwnRealm();
  realmUrl = realm.realmUrl;
}, 60_000);

afterAll(async () => {
  await realm?.stop();
});

beforeEach(() => sessionStorage.clear());

describe('OidcSession against the dev SSO', () => {
  it('is signed out when the tab holds no session and the URL no login answer', async () => {
    const session = new OidcSession({ realmUrl, clientId: 'web-recommend' });
    expect(await session.start()).toEqual({ status: 'signed-out' });
    expect(await session.token()).toBeUndefined();
  });

  it('resumes from the tab\'s refresh token after a reload, and refreshes into new tokens once for many callers', async () => {
    const { refresh_token } = await passwordGrant('district.chengkou');
    sessionStorage.setItem('bayu.oidc.refresh', refresh_token);
    const session = new OidcSession({ realmUrl, clientId: 'web-recommend' });
    const seen: SessionState[] = [];
    session.subscribe((state) => seen.push(state));
    const state = await session.start();
    expect(state).toMatchObject({ status: 'signed-in', user: { username: 'district.chengkou', districtCode: '500229', roles: expect.arrayContaining(['district']) } });
    const first = await session.token();
    expect(first).toMatch(/^ey/);
    const [a, b] = await Promise.all([session.refresh(), session.refresh()]);
    expect([a, b]).toEqual([true, true]);
    expect(seen.filter((s) => s.status === 'signed-in')).toHaveLength(2);
    expect(sessionStorage.getItem('bayu.oidc.refresh')).toBeTruthy();
  });

  it('signs out with the reason when the SSO refuses the refresh token, and forgets it', async () => {
    sessionStorage.setItem('bayu.oidc.refresh', 'not-a-refresh-token');
    const session = new OidcSession({ realmUrl, clientId: 'web-recommend' });
    const state = await session.start();
    expect(state.status).toBe('signed-out');
    expect(state.status === 'signed-out' && state.error).toBeTruthy();
    expect(sessionStorage.getItem('bayu.oidc.refresh')).toBeNull();
  });

  it('refuses a login answer this tab did not start (state mismatch), and clears the code from the address bar', async () => {
    window.history.replaceState(null, '', '/?code=stolen&state=other#/forms');
    const session = new OidcSession({ realmUrl, clientId: 'web-recommend' });
    const state = await session.start();
    expect(state).toMatchObject({ status: 'signed-out', error: expect.stringMatching(/does not match/) });
    expect(window.location.search).toBe('');
  });
});
