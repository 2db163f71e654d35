import { startDevSso, type DevSso } from './dev-sso';
import { firstForm, HttpSession } from './testing/http-session';
import { decodeJwt, keycloakConnectAccepts, pkcePair, realmRolesOf, stringField, tokenRequest } from './testing/oauth';

const CLIENT = 'web-skills-office';
const REDIRECT_URI = 'http://localhost:4300/auth/callback';
const PASSWORD = 'bayu-demo-2026';
let sso: DevSso;

beforeAll(async () => {
  sso = await startDevSso();
});
afterAll(async () => {
  await sso.stop();
});

function authorizeUrl(params: Record<string, string>): string {
  const query = new URLSearchParams({ client_id: CLIENT, redirect_uri: REDIRECT_URI, response_type: 'code', scope: 'openid', state: 'st-1', ...params });
  return `${sso.realmUrl}/protocol/openid-connect/auth?${query.toString()}`;
}

/** Follows redirects (and nothing else) until a page or a redirect to the client's own redirect URI. */
async function follow(browser: HttpSession, url: string): Promise<{ status: number; location?: string; text: string }> {
  let response = await browser.request(url);
  while (response.location && !response.location.startsWith('http://localhost:4300/')) response = await browser.request(response.location);
  return response;
}

async function signIn(browser: HttpSession, challenge: string, username: string, password: string): Promise<URL> {
  const loginPage = await follow(browser, authorizeUrl({ code_challenge: challenge, code_challenge_method: 'S256' }));
  expect(loginPage.status).toBe(200);
  const form = firstForm(loginPage.text);
  const submitted = await browser.request(form.action, { form: { username, password } });
  expect(submitted.location).toBeDefined();
  const callback = await follow(browser, submitted.location ?? '');
  expect(callback.location).toBeDefined();
  return new URL(callback.location ?? '');
}

async function exchange(code: string, verifier?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return tokenRequest(sso.realmUrl, {
    grant_type: 'authorization_code',
    client_id: CLIENT,
    code,
    redirect_uri: REDIRECT_URI,
    ...(verifier ? { code_verifier: verifier } : {}),
  });
}

describe('dev SSO browser flow', () => {
  test('the login page is a plain form in Chinese first and English second', async () => {
    const browser = new HttpSession(sso.authServerUrl);
    const page = await follow(browser, authorizeUrl({ code_challenge: pkcePair().challenge, code_challenge_method: 'S256' }));
    expect(page.status).toBe(200);
    expect(page.text).toContain('用户名 Username');
    expect(page.text).toContain('密码 Password');
    expect(page.text).toContain('登录 Sign in');
    expect(firstForm(page.text).action).toMatch(/\/realms\/bayu\/login-actions\//);
  });

  test('a wrong password on the login form shows the error in both languages', async () => {
    const browser = new HttpSession(sso.authServerUrl);
    const page = await follow(browser, authorizeUrl({ code_challenge: pkcePair().challenge, code_challenge_method: 'S256' }));
    const retry = await browser.request(firstForm(page.text).action, { form: { username: 'skills.office', password: 'wrong' } });
    expect(retry.status).toBe(200);
    expect(retry.text).toContain('用户名或密码错误');
    expect(retry.text).toContain('Invalid username or password.');
  });

  test('the authorization-code flow with PKCE through the login form returns tokens, and a refresh grant returns a new access token', async () => {
    const browser = new HttpSession(sso.authServerUrl);
    const { verifier, challenge } = pkcePair();
    const callback = await signIn(browser, challenge, 'skills.office', PASSWORD);
    expect(callback.searchParams.get('state')).toBe('st-1');
    expect(callback.searchParams.get('iss')).toBe(sso.issuer);
    const tokens = await exchange(callback.searchParams.get('code') ?? '', verifier);
    expect(tokens.status).toBe(200);
    const accessToken = stringField(tokens.body, 'access_token');
    const { content } = await keycloakConnectAccepts(sso.authServerUrl, accessToken);
    expect(content).toMatchObject({ azp: CLIENT, preferred_username: 'skills.office', agency: 'skills-office', typ: 'Bearer' });
    expect(realmRolesOf(content)).toContain('skills-office');
    expect(decodeJwt(stringField(tokens.body, 'id_token')).payload).toMatchObject({ aud: CLIENT, typ: 'ID', azp: CLIENT, display_name: '王德明' });

    const refreshed = await tokenRequest(sso.realmUrl, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: stringField(tokens.body, 'refresh_token') });
    expect(refreshed.status).toBe(200);
    const renewed = stringField(refreshed.body, 'access_token');
    expect(renewed).not.toBe(accessToken);
    const renewedClaims = (await keycloakConnectAccepts(sso.authServerUrl, renewed)).content;
    expect(content.sid).toEqual(expect.any(String));
    expect(renewedClaims).toMatchObject({ sub: content.sub, sid: content.sid, agency: 'skills-office' });
  });

  test('a public client without code_verifier is refused, and so is an authorization request without code_challenge', async () => {
    const browser = new HttpSession(sso.authServerUrl);
    const callback = await signIn(browser, pkcePair().challenge, 'skills.office', PASSWORD);
    const refused = await exchange(callback.searchParams.get('code') ?? '');
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_grant');

    const noChallenge = await new HttpSession(sso.authServerUrl).request(authorizeUrl({}));
    const error = new URL(noChallenge.location ?? 'http://none/');
    expect(error.origin + error.pathname).toBe(REDIRECT_URI);
    expect(error.searchParams.get('error')).toBe('invalid_request');
    expect(error.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  test('logout ends the session: the refresh token, the access token and the SSO cookie stop working', async () => {
    const browser = new HttpSession(sso.authServerUrl);
    const { verifier, challenge } = pkcePair();
    const callback = await signIn(browser, challenge, 'skills.office', PASSWORD);
    const tokens = await exchange(callback.searchParams.get('code') ?? '', verifier);
    const idToken = stringField(tokens.body, 'id_token');
    const accessToken = stringField(tokens.body, 'access_token');

    const silent = await follow(browser, authorizeUrl({ code_challenge: pkcePair().challenge, code_challenge_method: 'S256' }));
    expect(silent.location).toMatch(/^http:\/\/localhost:4300\/auth\/callback\?code=/);

    const query = new URLSearchParams({ id_token_hint: idToken, post_logout_redirect_uri: 'http://localhost:4300/signed-out', state: 'bye' });
    const confirm = await browser.request(`${sso.realmUrl}/protocol/openid-connect/logout?${query.toString()}`);
    expect(confirm.status).toBe(200);
    const form = firstForm(confirm.text);
    const done = await browser.request(form.action, { form: form.fields });
    expect(done.status).toBe(303);
    expect(done.location).toBe('http://localhost:4300/signed-out?state=bye');

    const refresh = await tokenRequest(sso.realmUrl, { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: stringField(tokens.body, 'refresh_token') });
    expect(refresh.body.error).toBe('invalid_grant');
    const userinfo = await fetch(`${sso.realmUrl}/protocol/openid-connect/userinfo`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(userinfo.status).toBe(401);
    const again = await follow(browser, authorizeUrl({ code_challenge: pkcePair().challenge, code_challenge_method: 'S256' }));
    expect(again.status).toBe(200);
    expect(again.text).toContain('用户名 Username');
  });

  test('a password-grant session ends with a Keycloak back-channel logout', async () => {
    const login = await tokenRequest(sso.realmUrl, { grant_type: 'password', client_id: 'web-daily', username: 'daily.editor', password: PASSWORD, scope: 'openid' });
    const refreshToken = stringField(login.body, 'refresh_token');
    const logout = await fetch(`${sso.realmUrl}/protocol/openid-connect/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: 'web-daily', refresh_token: refreshToken }).toString(),
    });
    expect(logout.status).toBe(204);
    const refresh = await tokenRequest(sso.realmUrl, { grant_type: 'refresh_token', client_id: 'web-daily', refresh_token: refreshToken });
    expect(refresh.body.error).toBe('invalid_grant');
  });
});
