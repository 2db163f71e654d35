// Token helpers for other projects' tests: sign in a demo user (password grant) or a service account
// (client credentials) with the password or secret the realm file holds.
import type { DevSso } from './dev-sso';
import { findClient, findUserByUsername, loadRealm, passwordOf } from './realm';

export interface TokenSet {
  access_token: string;
  expires_in: number;
  token_type: string;
  refresh_token?: string;
  id_token?: string;
  scope?: string;
}

type SsoLocation = Pick<DevSso, 'realmUrl' | 'realmFile'>;

async function token(sso: SsoLocation, form: Record<string, string>): Promise<TokenSet> {
  const response = await fetch(`${sso.realmUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (response.status !== 200 || typeof body.access_token !== 'string') {
    throw new Error(`token request for ${form.username ?? form.client_id} failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return body as unknown as TokenSet;
}

/** A demo user's tokens via the password grant of a public web client (default web-hrss). */
export async function demoUserToken(sso: SsoLocation, username: string, options: { clientId?: string; scope?: string } = {}): Promise<TokenSet> {
  const user = findUserByUsername(loadRealm(sso.realmFile), username);
  const password = user && passwordOf(user);
  if (password === undefined) throw new Error(`${username} is not a demo user with a password in ${sso.realmFile}`);
  return token(sso, {
    grant_type: 'password',
    client_id: options.clientId ?? 'web-hrss',
    username,
    password,
    scope: options.scope ?? 'openid',
  });
}

/** A service-account client's access token via client credentials, with the secret from the realm file. */
export async function serviceAccountToken(sso: SsoLocation, clientId: string): Promise<TokenSet> {
  const client = findClient(loadRealm(sso.realmFile), clientId);
  if (!client?.serviceAccountsEnabled) throw new Error(`${clientId} is not a service-account client in ${sso.realmFile}`);
  return token(sso, { grant_type: 'client_credentials', client_id: clientId, client_secret: client.secret ?? '' });
}
