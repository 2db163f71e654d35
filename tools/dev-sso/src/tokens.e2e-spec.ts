import { generateKeyPairSync, sign } from 'node:crypto';
import { demoUserToken, serviceAccountToken, startDevSso, type DevSso } from './index';
import {
  clientCredentialsGrant,
  decodeJwt,
  keycloakConnectAccepts,
  passwordGrant,
  realmRolesOf,
  stringField,
} from './testing/oauth';

const PASSWORD = 'bayu-demo-2026';
let sso: DevSso;

beforeAll(async () => {
  sso = await startDevSso();
});
afterAll(async () => {
  await sso.stop();
});

function signedByAnotherKey(payload: Record<string, unknown>, kid: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const head = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid })).toString('base64url');
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), privateKey).toString('base64url');
  return `${head}.${body}.${signature}`;
}

async function adminToken(): Promise<string> {
  const response = await passwordGrant(sso.realmUrl, 'web-hrss', 'hrss.admin', PASSWORD);
  expect(response.status).toBe(200);
  return stringField(response.body, 'access_token');
}

describe('dev SSO tokens', () => {
  test('the realm answers at Keycloak URLs with issuer http://127.0.0.1:<port>/realms/bayu', async () => {
    expect(sso.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/realms\/bayu$/);
    expect(sso.realmUrl).toBe(`${sso.authServerUrl}/realms/bayu`);
    const discovery = (await (await fetch(`${sso.realmUrl}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    const oidc = `${sso.realmUrl}/protocol/openid-connect`;
    expect(discovery).toMatchObject({
      issuer: sso.issuer,
      authorization_endpoint: `${oidc}/auth`,
      token_endpoint: `${oidc}/token`,
      jwks_uri: `${oidc}/certs`,
      userinfo_endpoint: `${oidc}/userinfo`,
      end_session_endpoint: `${oidc}/logout`,
      introspection_endpoint: `${oidc}/token/introspect`,
    });
    const info = (await (await fetch(sso.realmUrl)).json()) as Record<string, unknown>;
    expect(info).toMatchObject({ realm: 'bayu', 'token-service': oidc, 'tokens-not-before': 0 });
    expect(String(info.public_key)).toMatch(/^MIIB/);
  });

  test('a demo user gets a password-grant token that keycloak-connect accepts, with realm roles and attribute claims', async () => {
    const response = await passwordGrant(sso.realmUrl, 'web-recommend', 'district.yuzhong', PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ token_type: 'Bearer', expires_in: 300, refresh_expires_in: 1800 });
    const validated = await keycloakConnectAccepts(sso.authServerUrl, stringField(response.body, 'access_token'));
    const claims = validated.content;
    expect(claims).toMatchObject({
      iss: sso.issuer,
      typ: 'Bearer',
      azp: 'web-recommend',
      aud: 'bayu-api',
      preferred_username: 'district.yuzhong',
      agency: 'district',
      district_code: '500103',
      display_name: '渝中区人力社保局',
      resource_access: {},
    });
    expect(realmRolesOf(claims)).toEqual(expect.arrayContaining(['district', 'default-roles-bayu']));
    expect(realmRolesOf(claims)).not.toContain('national-id-reader');
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300);
    expect(decodeJwt(stringField(response.body, 'access_token')).header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
  });

  test('hrss.admin alone carries the national-id-reader role', async () => {
    const { payload } = decodeJwt(await adminToken());
    expect(realmRolesOf(payload)).toEqual(expect.arrayContaining(['hrss', 'national-id-reader']));
    const clerk = await passwordGrant(sso.realmUrl, 'web-hrss', 'hrss.clerk', PASSWORD);
    expect(realmRolesOf(decodeJwt(stringField(clerk.body, 'access_token')).payload)).not.toContain('national-id-reader');
  });

  test('a token signed by another key is rejected by keycloak-connect, whatever kid it claims', async () => {
    const token = await adminToken();
    const { header, payload } = decodeJwt(token);
    await expect(keycloakConnectAccepts(sso.authServerUrl, signedByAnotherKey(payload, String(header.kid)))).rejects.toThrow(/signature/);
    await expect(keycloakConnectAccepts(sso.authServerUrl, signedByAnotherKey(payload, 'some-other-key'))).rejects.toThrow(/public key/);
  });

  test('a token with a tampered payload is rejected by keycloak-connect', async () => {
    const [head, body, signature] = (await adminToken()).split('.');
    const claims = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    claims.realm_access = { roles: ['skills-office', 'hrss', 'national-id-reader'] };
    const tampered = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(keycloakConnectAccepts(sso.authServerUrl, tampered)).rejects.toThrow(/signature/);
  });

  test('a wrong password gets invalid_grant', async () => {
    const response = await passwordGrant(sso.realmUrl, 'web-hrss', 'hrss.admin', 'not-the-password');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: 'invalid_grant', error_description: 'Invalid user credentials' });
    const unknown = await passwordGrant(sso.realmUrl, 'web-hrss', 'nobody.here', PASSWORD);
    expect(unknown.body.error).toBe('invalid_grant');
  });

  test('client_credentials works for a service client with the right secret and its service-account roles', async () => {
    const response = await clientCredentialsGrant(sso.realmUrl, 'bayu-seeder', 'bayu-seeder-dev-secret');
    expect(response.status).toBe(200);
    expect(response.body.refresh_token).toBeUndefined();
    const { content } = await keycloakConnectAccepts(sso.authServerUrl, stringField(response.body, 'access_token'));
    expect(content).toMatchObject({ azp: 'bayu-seeder', clientId: 'bayu-seeder', preferred_username: 'service-account-bayu-seeder' });
    expect(realmRolesOf(content)).toEqual(expect.arrayContaining(['service', 'hrss', 'skills-office']));
  });

  test('client_credentials fails with a wrong secret', async () => {
    const response = await clientCredentialsGrant(sso.realmUrl, 'bayu-seeder', 'wrong-secret');
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
  });

  test('userinfo and introspection answer for a live token the way Keycloak does', async () => {
    const token = await adminToken();
    const userinfo = await fetch(`${sso.realmUrl}/protocol/openid-connect/userinfo`, { headers: { authorization: `Bearer ${token}` } });
    expect(userinfo.status).toBe(200);
    expect(await userinfo.json()).toMatchObject({ preferred_username: 'hrss.admin', agency: 'hrss', display_name: '刘建华' });
    const introspect = async (value: string): Promise<Record<string, unknown>> => {
      const response = await fetch(`${sso.realmUrl}/protocol/openid-connect/token/introspect`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('bayu-api:bayu-api-dev-secret').toString('base64')}` },
        body: new URLSearchParams({ token: value }).toString(),
      });
      return (await response.json()) as Record<string, unknown>;
    };
    expect(await introspect(token)).toMatchObject({ active: true, client_id: 'web-hrss', username: 'hrss.admin', token_type: 'Bearer' });
    const revoked = await fetch(`${sso.realmUrl}/protocol/openid-connect/token/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, client_id: 'web-hrss' }).toString(),
    });
    expect(revoked.status).toBe(200);
    expect(await introspect(token)).toEqual({ active: false });
  });

  test('the public token helpers sign in a demo user and a service account with what the realm file holds', async () => {
    const user = await demoUserToken(sso, 'employer.shouxun', { clientId: 'web-recommend' });
    expect(decodeJwt(user.access_token).payload).toMatchObject({ employer_id: 'emp-shouxun', district_code: '500112', azp: 'web-recommend' });
    const integrator = await serviceAccountToken(sso, 'bayu-integrator-demo');
    expect(realmRolesOf(decodeJwt(integrator.access_token).payload)).toContain('integrator');
    await expect(demoUserToken(sso, 'service-account-bayu-gateway')).rejects.toThrow(/not a demo user/);
  });
});
