// Keycloak endpoints whose behaviour oidc-provider does not have for JWT access tokens: realm info, userinfo,
// introspection and revocation of access tokens, and logout with a refresh token. Everything else passes through.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { AccessTokenRegistry } from './access-tokens';
import { mapClaims } from './claims';
import { bearerTokenOf, clientAuthOf, parseForm, readBody, sendJson, sendOAuthError } from './http-utils';
import type { SigningKey } from './keys';
import { findClient, findUserById, originAllowed, serviceAccountOf, type RealmClient, type RealmExport } from './realm';

export type PassThrough = (req: IncomingMessage, res: ServerResponse, body?: Buffer, path?: string) => Promise<void>;

export interface EndpointDeps {
  provider: Provider;
  realm: RealmExport;
  key: SigningKey;
  registry: AccessTokenRegistry;
  issuer: string;
  passThrough: PassThrough;
}

function sameSecret(expected: string | undefined, given: string | undefined): boolean {
  if (expected === undefined || given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The calling client, authenticated the way Keycloak does for "client-secret" clients; public clients by id. */
function authenticatedClient(deps: EndpointDeps, req: IncomingMessage, form: URLSearchParams): RealmClient | undefined {
  const auth = clientAuthOf(req, form);
  const client = auth && findClient(deps.realm, auth.clientId);
  if (!auth || !client?.enabled) return undefined;
  if (client.publicClient) return client;
  return sameSecret(client.secret, auth.secret) ? client : undefined;
}

/** GET /realms/<realm>: Keycloak's realm info document. */
export function realmInfo(deps: EndpointDeps, res: ServerResponse): void {
  sendJson(res, 200, {
    realm: deps.realm.realm,
    public_key: deps.key.publicKeyBase64,
    'token-service': `${deps.issuer}/protocol/openid-connect`,
    'account-service': `${deps.issuer}/account`,
    'tokens-not-before': deps.realm.notBefore ?? 0,
  });
}

function corsHeaders(req: IncomingMessage, client: RealmClient | undefined): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || (client && !originAllowed(client, origin))) return {};
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
}

/** GET|POST userinfo: the user's claims for a live access token that was issued with the openid scope. */
export async function userinfo(deps: EndpointDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      ...corsHeaders(req, undefined),
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'Authorization, Content-Type',
    });
    res.end();
    return;
  }
  const form = req.method === 'POST' ? parseForm(req, await readBody(req)) : new URLSearchParams();
  const token = bearerTokenOf(req, form);
  const live = token ? await deps.registry.verifyLive(token) : undefined;
  const client = live && findClient(deps.realm, live.issued.clientId);
  const headers = corsHeaders(req, client);
  if (!live || !client) {
    sendJson(res, 401, { error: 'invalid_token', error_description: 'Token verification failed' }, {
      ...headers,
      'www-authenticate': 'Bearer realm="' + deps.realm.realm + '", error="invalid_token", error_description="Token verification failed"',
    });
    return;
  }
  if (!String(live.payload.scope ?? '').split(' ').includes('openid')) {
    sendJson(res, 403, { error: 'insufficient_scope', error_description: 'Missing openid scope' }, headers);
    return;
  }
  const { accountId, clientId, requestedScopes } = live.issued;
  const user = accountId ? findUserById(deps.realm, accountId) : serviceAccountOf(deps.realm, clientId);
  if (!user) {
    sendJson(res, 401, { error: 'invalid_token', error_description: 'User not found' }, headers);
    return;
  }
  const sessionNotes = { AUTH_TIME: Number(live.payload.auth_time ?? live.payload.iat) };
  const { claims } = mapClaims({ realm: deps.realm, client, user, requestedScopes, sessionNotes }, 'userinfo');
  sendJson(res, 200, { sub: user.id, ...claims }, headers);
}

/** POST token/introspect: access tokens answered here (confidential clients only); refresh tokens by oidc-provider. */
export async function introspect(deps: EndpointDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const form = parseForm(req, body);
  const client = authenticatedClient(deps, req, form);
  if (!client || client.publicClient) {
    sendOAuthError(res, 401, 'invalid_client', 'Authentication failed.');
    return;
  }
  const token = form.get('token');
  if (!token) {
    sendOAuthError(res, 400, 'invalid_request', 'Token not provided.');
    return;
  }
  if (!deps.registry.verifySigned(token)) {
    await deps.passThrough(req, res, body);
    return;
  }
  const live = await deps.registry.verifyLive(token);
  if (!live) {
    sendJson(res, 200, { active: false });
    return;
  }
  const { payload } = live;
  sendJson(res, 200, {
    ...payload,
    client_id: payload.azp,
    ...(payload.preferred_username === undefined ? {} : { username: payload.preferred_username }),
    token_type: 'Bearer',
    active: true,
  });
}

/** POST revoke (and the token/revoke alias): access tokens are revoked here, refresh tokens by oidc-provider. */
export async function revoke(deps: EndpointDeps, req: IncomingMessage, res: ServerResponse, canonicalPath: string): Promise<void> {
  const body = await readBody(req);
  const form = parseForm(req, body);
  const token = form.get('token') ?? '';
  const payload = deps.registry.verifySigned(token);
  if (!payload) {
    await deps.passThrough(req, res, body, canonicalPath);
    return;
  }
  const client = authenticatedClient(deps, req, form);
  if (!client) {
    sendOAuthError(res, 401, 'invalid_client', 'Authentication failed.');
    return;
  }
  if (payload.azp !== client.clientId) {
    sendOAuthError(res, 400, 'invalid_request', 'Unmatching clients');
    return;
  }
  if (typeof payload.jti === 'string') deps.registry.revoke(payload.jti);
  res.writeHead(200, { 'content-length': '0', 'cache-control': 'no-store' });
  res.end();
}

/** POST logout: with a refresh_token it is Keycloak's back-channel logout; otherwise RP-initiated logout via GET. */
export async function logoutPost(deps: EndpointDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const form = parseForm(req, body);
  const refreshToken = form.get('refresh_token');
  if (!refreshToken) {
    // RP-initiated logout sent as a form POST: oidc-provider only takes POST there with SameSite=None cookies,
    // which plain http cannot set, so hand the same parameters to its GET endpoint.
    res.writeHead(303, { location: `${deps.issuer}/protocol/openid-connect/logout?${form.toString()}`, 'content-length': '0' });
    res.end();
    return;
  }
  const client = authenticatedClient(deps, req, form);
  if (!client) {
    sendOAuthError(res, 401, 'unauthorized_client', 'Invalid client or Invalid client credentials');
    return;
  }
  const stored = await deps.provider.RefreshToken.find(refreshToken);
  if (!stored || stored.clientId !== client.clientId || !stored.grantId) {
    sendOAuthError(res, 400, 'invalid_grant', 'Invalid refresh token');
    return;
  }
  const grant = await deps.provider.Grant.find(stored.grantId);
  await grant?.destroy();
  await stored.destroy();
  res.writeHead(204, { 'cache-control': 'no-store' });
  res.end();
}
