// oidc-provider configuration derived from the realm export: clients, grant types, PKCE, TTLs, claims,
// and the JWT customizer that turns oidc-provider's access token into a Keycloak-shaped one.
import type {
  BaseToken,
  Client,
  ClientMetadata,
  Configuration,
  KoaContextWithOIDC,
  Provider,
  ResourceServerInfo,
  StructuredJwt,
} from 'oidc-provider';
import type { AccessTokenRegistry } from './access-tokens';
import { claimNamesOfRealm, mapClaims, type Claims } from './claims';
import type { SigningKey } from './keys';
import { errorPage, logoutPage, postLogoutPage } from './login-pages';
import {
  accessTokenLifespan,
  findClient,
  findUserById,
  grantTypesOf,
  matchesRedirectPattern,
  originAllowed,
  postLogoutRedirectPatterns,
  serviceAccountOf,
  tokenScopeString,
  type RealmClient,
  type RealmExport,
} from './realm';

/** The one resource indicator every access token is issued for; its audience comes from the realm's mappers. */
export const REALM_RESOURCE = 'urn:bayu:dev-sso:realm-access-token';
/** oidc-provider needs syntactically valid redirect URIs; the real (wildcard) ones are checked by Keycloak's rules. */
const PATTERN_PLACEHOLDER = 'https://redirect-patterns.dev-sso.invalid/';

export interface ProviderDeps {
  realm: RealmExport;
  key: SigningKey;
  registry: AccessTokenRegistry;
  mountPath: string;
  cookieKeys: string[];
}

function realmClient(realm: RealmExport, clientId: string): RealmClient {
  const client = findClient(realm, clientId);
  if (!client) throw new Error(`client ${clientId} is not in the realm`);
  return client;
}

export function clientMetadata(client: RealmClient): ClientMetadata {
  const grantTypes = grantTypesOf(client);
  const browser = grantTypes.includes('authorization_code');
  return {
    client_id: client.clientId,
    ...(client.name ? { client_name: client.name } : {}),
    ...(client.publicClient ? {} : { client_secret: client.secret ?? '' }),
    grant_types: grantTypes,
    response_types: browser ? ['code'] : [],
    redirect_uris: browser ? [PATTERN_PLACEHOLDER] : [],
    post_logout_redirect_uris: postLogoutRedirectPatterns(client).length > 0 ? [PATTERN_PLACEHOLDER] : [],
    token_endpoint_auth_method: client.publicClient ? 'none' : 'client_secret_basic',
    application_type: 'web',
  };
}

export function resourceServerInfo(realm: RealmExport, clientId: string): ResourceServerInfo {
  return {
    scope: ['openid', ...realm.clientScopes.map((scope) => scope.name)].join(' '),
    // Fallback only: the customizer replaces `aud` with what the realm's audience mappers say.
    audience: clientId,
    accessTokenTTL: accessTokenLifespan(realm, findClient(realm, clientId)),
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: 'RS256' } },
  };
}

/** Keycloak's claim set for an access token, built from oidc-provider's bare JWT payload. */
function keycloakAccessToken(deps: ProviderDeps, ctx: KoaContextWithOIDC | undefined, token: BaseToken, jwt: StructuredJwt): void {
  const { realm } = deps;
  const client = realmClient(realm, token.clientId);
  const serviceAccount = token.kind === 'ClientCredentials';
  const user = serviceAccount ? serviceAccountOf(realm, token.clientId) : findUserById(realm, token.accountId ?? '');
  const requestedScopes = (token.scope ?? '').split(' ').filter(Boolean);
  const base = jwt.payload;
  const iat = typeof base.iat === 'number' ? base.iat : Math.floor(Date.now() / 1000);
  const entities = ctx?.oidc.entities;
  const authTime = entities?.AuthorizationCode?.authTime ?? entities?.RefreshToken?.authTime ?? iat;
  const sessionNotes = serviceAccount
    ? { AUTH_TIME: iat, client_id: token.clientId, clientId: token.clientId, clientHost: ctx?.ip, clientAddress: ctx?.ip }
    : { AUTH_TIME: authTime };
  const mapped = user
    ? mapClaims({ realm, client, user, requestedScopes, sessionNotes }, 'access')
    : { claims: {} as Claims, audiences: [] as string[] };
  const [onlyAudience] = mapped.audiences;
  const aud = mapped.audiences.length > 1 ? mapped.audiences : (onlyAudience ?? token.clientId);
  const scope = tokenScopeString(realm, client, requestedScopes);
  // Keycloak's sid names the user session; oidc-provider keeps that as sessionUid unless back-channel logout asks for sid.
  const sid = token.sid ?? token.sessionUid;
  jwt.header = { typ: 'JWT' };
  jwt.payload = {
    exp: base.exp,
    iat,
    jti: base.jti,
    iss: base.iss,
    aud,
    ...(mapped.claims.sub === undefined ? {} : { sub: mapped.claims.sub }),
    typ: 'Bearer',
    azp: token.clientId,
    ...(sid ? { sid } : {}),
    ...mapped.claims,
    scope,
  };
  token.scope = scope;
  deps.registry.remember({
    jti: String(base.jti),
    exp: Number(base.exp),
    clientId: token.clientId,
    ...(token.accountId ? { accountId: token.accountId } : {}),
    ...(token.grantId ? { grantId: token.grantId } : {}),
    requestedScopes,
  });
}

export function idTokenClaims(realm: RealmExport, clientId: string, userId: string, scope: string): Claims | undefined {
  const user = findUserById(realm, userId);
  const client = findClient(realm, clientId);
  if (!user || !client) return undefined;
  const requestedScopes = scope.split(' ').filter(Boolean);
  const { claims } = mapClaims({ realm, client, user, requestedScopes, sessionNotes: {} }, 'id');
  return { ...claims, sub: user.id, typ: 'ID', azp: clientId };
}

export function providerConfiguration(deps: ProviderDeps): Partial<Configuration> {
  const { realm, mountPath } = deps;
  const lifespan = (client: Client | undefined): number => accessTokenLifespan(realm, client && findClient(realm, client.clientId));
  const sessionMax = realm.ssoSessionMaxLifespan;
  return {
    clients: realm.clients.filter((client) => client.enabled && client.protocol === 'openid-connect').map(clientMetadata),
    jwks: { keys: [deps.key.privateJwk] },
    cookies: { keys: deps.cookieKeys, long: { httpOnly: true, sameSite: 'lax' }, short: { httpOnly: true, sameSite: 'lax' } },
    routes: {
      authorization: '/protocol/openid-connect/auth',
      token: '/protocol/openid-connect/token',
      jwks: '/protocol/openid-connect/certs',
      userinfo: '/protocol/openid-connect/userinfo',
      end_session: '/protocol/openid-connect/logout',
      introspection: '/protocol/openid-connect/token/introspect',
      revocation: '/protocol/openid-connect/revoke',
      pushed_authorization_request: '/protocol/openid-connect/ext/par/request',
      device_authorization: '/protocol/openid-connect/auth/device',
      backchannel_authentication: '/protocol/openid-connect/ext/ciba/auth',
    },
    scopes: ['openid', 'offline_access', ...realm.clientScopes.map((scope) => scope.name)],
    claims: { acr: null, sid: null, auth_time: null, iss: null, openid: claimNamesOfRealm(realm) },
    conformIdTokenClaims: false,
    allowOmittingSingleRegisteredRedirectUri: false,
    responseTypes: ['code'],
    pkce: {
      required: (_ctx, client) => findClient(realm, client.clientId)?.attributes?.['pkce.code.challenge.method'] === 'S256',
    },
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true, allowedPolicy: async () => true },
      revocation: {
        enabled: true,
        allowedPolicy: async (_ctx: unknown, client: Client, token: BaseToken) => token.clientId === client.clientId,
      },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource: logoutPage, postLogoutSuccessSource: postLogoutPage },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => REALM_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, _resource: string, client: Client) => resourceServerInfo(realm, client.clientId),
      },
    },
    formats: { customizers: { jwt: (ctx, token, jwt) => keycloakAccessToken(deps, ctx, token, jwt) } },
    ttl: {
      AccessToken: (_ctx, _token, client) => lifespan(client),
      ClientCredentials: (_ctx, _token, client) => lifespan(client),
      IdToken: (_ctx, _token, client) => lifespan(client),
      RefreshToken: realm.ssoSessionIdleTimeout,
      AuthorizationCode: realm.accessCodeLifespan ?? 60,
      Interaction: realm.accessCodeLifespanLogin ?? 1800,
      Session: sessionMax,
      Grant: sessionMax,
    },
    findAccount: async (ctx, sub) => {
      const user = findUserById(realm, sub);
      if (!user?.enabled) return undefined;
      return {
        accountId: user.id,
        claims: async (_use, scope) => idTokenClaims(realm, ctx.oidc.client?.clientId ?? '', user.id, scope) ?? { sub: user.id },
      };
    },
    loadExistingGrant: async (ctx) => {
      // Keycloak clients without consentRequired never show a consent screen: grant what was asked for.
      const { oidc } = ctx;
      const client = oidc.client;
      const accountId = oidc.account?.accountId;
      if (!client || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      const grant = existing ?? new ctx.oidc.provider.Grant({ accountId, clientId: client.clientId });
      const requested = [...oidc.requestParamScopes].join(' ');
      grant.addOIDCScope(['openid', ...oidc.requestParamOIDCScopes].join(' '));
      for (const indicator of Object.keys(oidc.resourceServers)) grant.addResourceScope(indicator, requested);
      grant.addResourceScope(REALM_RESOURCE, requested);
      await grant.save();
      return grant;
    },
    issueRefreshToken: async (_ctx, client) =>
      client.grantTypeAllowed('refresh_token') && findClient(realm, client.clientId)?.attributes?.['use.refresh.tokens'] !== 'false',
    rotateRefreshToken: realm.revokeRefreshToken === true,
    interactions: { url: (_ctx, interaction) => `${mountPath}/login-actions/${interaction.uid}` },
    clientBasedCORS: (_ctx, origin, client) => {
      const known = findClient(realm, client.clientId);
      return known !== undefined && originAllowed(known, origin);
    },
    renderError: errorPage,
  };
}

/** Keycloak's redirect-URI rules (trailing `*` wildcards) instead of oidc-provider's exact matching. */
export function applyKeycloakRedirectRules(provider: Provider, realm: RealmExport): void {
  const proto = provider.Client.prototype;
  proto.redirectUriAllowed = function redirectUriAllowed(this: Client, value: string): boolean {
    const client = findClient(realm, this.clientId);
    return client !== undefined && matchesRedirectPattern(client.redirectUris ?? [], value);
  };
  proto.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(this: Client, value: string): boolean {
    const client = findClient(realm, this.clientId);
    return client !== undefined && matchesRedirectPattern(postLogoutRedirectPatterns(client), value);
  };
}
