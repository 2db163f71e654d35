// OAuth helpers for the e2e specs: token requests, PKCE, JWT decoding, keycloak-connect's validator.
import { createHash, randomBytes } from 'node:crypto';
import KeycloakConnect from 'keycloak-connect';

export interface TokenResponse {
  status: number;
  body: Record<string, unknown>;
}

export async function tokenRequest(realmUrl: string, form: Record<string, string>, basic?: [string, string]): Promise<TokenResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (basic) headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(basic[0])}:${encodeURIComponent(basic[1])}`).toString('base64')}`;
  const response = await fetch(`${realmUrl}/protocol/openid-connect/token`, { method: 'POST', headers, body: new URLSearchParams(form).toString() });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export function passwordGrant(realmUrl: string, clientId: string, username: string, password: string, scope = 'openid'): Promise<TokenResponse> {
  return tokenRequest(realmUrl, { grant_type: 'password', client_id: clientId, username, password, scope });
}

export function clientCredentialsGrant(realmUrl: string, clientId: string, secret: string): Promise<TokenResponse> {
  return tokenRequest(realmUrl, { grant_type: 'client_credentials' }, [clientId, secret]);
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw new Error(`expected string ${name} in ${JSON.stringify(body)}`);
  return value;
}

export function decodeJwt(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header = '', payload = ''] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>,
  };
}

export function realmRolesOf(payload: Record<string, unknown>): string[] {
  const access = payload.realm_access as { roles?: unknown } | undefined;
  return Array.isArray(access?.roles) ? access.roles.map(String).sort() : [];
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface ValidatedToken {
  content: Record<string, unknown>;
}

/** keycloak-connect's own offline validation (GrantManager.createGrant → validateToken), as a bearer-only API. */
export async function keycloakConnectAccepts(authServerUrl: string, accessToken: string): Promise<ValidatedToken> {
  const config: KeycloakConnect.KeycloakConfig & Record<string, unknown> = {
    realm: 'bayu',
    'auth-server-url': authServerUrl,
    resource: 'bayu-api',
    'bearer-only': true,
    'ssl-required': 'none',
    'confidential-port': 0,
    'verify-token-audience': true,
  };
  const keycloak = new KeycloakConnect({}, config);
  const grant = await keycloak.grantManager.createGrant(JSON.stringify({ access_token: accessToken }));
  return grant.access_token as unknown as ValidatedToken;
}
