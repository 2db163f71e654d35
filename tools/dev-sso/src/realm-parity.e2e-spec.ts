// Realm parity: for every user and client in the realm file, the dev SSO serves exactly what the file
// declares. Expectations come from testing/realm-oracle.ts, which reads the file independently.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startDevSso, type DevSso } from './dev-sso';
import { DEFAULT_REALM_FILE } from './realm';
import { HttpSession } from './testing/http-session';
import { clientCredentialsGrant, decodeJwt, passwordGrant, pkcePair, realmRolesOf, stringField } from './testing/oauth';
import {
  audiencesOf,
  expandedRoles,
  expectedAttributeClaims,
  expectedAudiences,
  FOREIGN_REDIRECT_URI,
  humans,
  passwordOfUser,
  readRealmFile,
  sampleRedirectUri,
  type OracleClient,
  type OracleRealm,
  type OracleUser,
} from './testing/realm-oracle';

async function expectServedAsDeclared(sso: DevSso, realm: OracleRealm, client: OracleClient, user: OracleUser): Promise<void> {
  const response = await passwordGrant(sso.realmUrl, client.clientId, user.username, passwordOfUser(user));
  const where = `${user.username} via ${client.clientId}`;
  expect([where, response.status]).toEqual([where, 200]);
  const lifespan = Number(client.attributes?.['access.token.lifespan'] ?? realm.accessTokenLifespan);
  expect([where, response.body.expires_in, response.body.refresh_expires_in]).toEqual([where, lifespan, realm.ssoSessionIdleTimeout]);
  const { payload } = decodeJwt(stringField(response.body, 'access_token'));
  expect([where, realmRolesOf(payload)]).toEqual([where, expandedRoles(realm, user)]);
  const attributeClaims = expectedAttributeClaims(realm, client, user);
  const served = Object.fromEntries(Object.keys(attributeClaims).map((claim) => [claim, payload[claim]]));
  expect([where, served]).toEqual([where, attributeClaims]);
  expect([where, payload.sub, payload.preferred_username, payload.azp]).toEqual([where, user.id, user.username, client.clientId]);
  expect([where, audiencesOf(payload).sort()]).toEqual([where, expectedAudiences(realm, client).sort()]);
}

async function authorizationRequest(sso: DevSso, client: OracleClient, redirectUri: string, withPkce: boolean): Promise<{ status: number; location?: string }> {
  const query = new URLSearchParams({ client_id: client.clientId, redirect_uri: redirectUri, response_type: 'code', scope: 'openid' });
  if (withPkce) {
    query.set('code_challenge', pkcePair().challenge);
    query.set('code_challenge_method', 'S256');
  }
  return new HttpSession(sso.authServerUrl).request(`${sso.realmUrl}/protocol/openid-connect/auth?${query.toString()}`);
}

describe('realm parity between deploy/keycloak/realm-bayu.json and the dev SSO', () => {
  const realm = readRealmFile(DEFAULT_REALM_FILE);
  const someUser = humans(realm)[0] as OracleUser;
  let sso: DevSso;

  beforeAll(async () => {
    sso = await startDevSso();
  });
  afterAll(async () => {
    await sso.stop();
  });

  test('every user gets, from every password-grant client, exactly the realm roles, attribute claims and audience the file declares', async () => {
    const passwordClients = realm.clients.filter((client) => client.directAccessGrantsEnabled && !client.bearerOnly);
    expect(passwordClients.length).toBeGreaterThan(0);
    for (const client of passwordClients) {
      for (const user of humans(realm)) await expectServedAsDeclared(sso, realm, client, user);
    }
  });

  test('every service-account client gets a client-credentials token carrying its service-account user and roles', async () => {
    for (const client of realm.clients.filter((candidate) => candidate.serviceAccountsEnabled)) {
      const user = realm.users.find((candidate) => candidate.serviceAccountClientId === client.clientId);
      const response = await clientCredentialsGrant(sso.realmUrl, client.clientId, client.secret ?? '');
      expect([client.clientId, response.status]).toEqual([client.clientId, 200]);
      const { payload } = decodeJwt(stringField(response.body, 'access_token'));
      expect([client.clientId, realmRolesOf(payload)]).toEqual([client.clientId, user ? expandedRoles(realm, user) : []]);
      expect([client.clientId, payload.preferred_username, payload.clientId, payload.sub]).toEqual([client.clientId, user?.username, client.clientId, user?.id]);
    }
  });

  test('every client accepts exactly the grant types the file declares', async () => {
    for (const client of realm.clients) {
      const password = await passwordGrant(sso.realmUrl, client.clientId, someUser.username, passwordOfUser(someUser));
      const credentials = await clientCredentialsGrant(sso.realmUrl, client.clientId, client.secret ?? '');
      const browser = await authorizationRequest(sso, client, sampleRedirectUri(client), true);
      const servedGrants = {
        password: password.status === 200,
        client_credentials: credentials.status === 200,
        authorization_code: browser.location?.includes('/login-actions/') === true,
      };
      const declared = {
        password: client.directAccessGrantsEnabled && !client.bearerOnly,
        client_credentials: client.serviceAccountsEnabled && !client.publicClient && !client.bearerOnly,
        authorization_code: client.standardFlowEnabled && !client.bearerOnly,
      };
      expect([client.clientId, servedGrants]).toEqual([client.clientId, declared]);
    }
  });

  test('every browser client enforces the redirect URIs and the PKCE method the file declares', async () => {
    for (const client of realm.clients.filter((candidate) => candidate.standardFlowEnabled)) {
      const foreign = await authorizationRequest(sso, client, FOREIGN_REDIRECT_URI, true);
      expect([client.clientId, foreign.status, foreign.location]).toEqual([client.clientId, 400, undefined]);
      const withoutPkce = await authorizationRequest(sso, client, sampleRedirectUri(client), false);
      const pkceRequired = client.attributes?.['pkce.code.challenge.method'] === 'S256';
      const refused = new URL(withoutPkce.location ?? 'http://none/').searchParams.get('error') === 'invalid_request';
      expect([client.clientId, refused]).toEqual([client.clientId, pkceRequired]);
    }
  });

  test('a modified copy of the realm file is served as modified, so nothing about the realm is hard-coded', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dev-sso-realm-'));
    const modified = readRealmFile(DEFAULT_REALM_FILE);
    const district = modified.users.find((user) => user.username === 'district.yuzhong') as OracleUser;
    district.attributes = { ...district.attributes, district_code: ['500104'] };
    district.realmRoles = [...(district.realmRoles ?? []), 'national-id-reader'];
    modified.users.push({ ...district, id: '0b1d5a3c-5d1e-4c6a-9e1f-8a3f2b7c9d10', username: 'district.dadukou', attributes: { agency: ['district'], district_code: ['500104'], display_name: ['大渡口区人力社保局'] } });
    modified.accessTokenLifespan = 120;
    const hrss = modified.clients.find((client) => client.clientId === 'web-hrss') as OracleClient;
    hrss.directAccessGrantsEnabled = false;
    const file = path.join(dir, 'realm.json');
    writeFileSync(file, JSON.stringify(modified));
    const changed = await startDevSso({ realmFile: file });
    try {
      const web = modified.clients.find((client) => client.clientId === 'web-union') as OracleClient;
      for (const user of humans(modified)) await expectServedAsDeclared(changed, modified, web, user);
      expect((await passwordGrant(changed.realmUrl, 'web-hrss', 'district.yuzhong', 'bayu-demo-2026')).status).not.toBe(200);
    } finally {
      await changed.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
