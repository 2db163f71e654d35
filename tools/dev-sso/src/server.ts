// The dev SSO server: a node:http front mounted at /realms/<realm> that routes Keycloak-specific endpoints
// to our handlers and everything else to oidc-provider. Loads oidc-provider, so it runs in plain Node only.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider, type KoaMiddleware } from 'oidc-provider';
import { AccessTokenRegistry } from './access-tokens';
import { unsupportedMappers } from './claims';
import { replayRequest, sendJson } from './http-utils';
import { handleInteraction } from './interactions';
import { introspect, logoutPost, realmInfo, revoke, userinfo, type EndpointDeps } from './keycloak-endpoints';
import { loadSigningKey } from './keys';
import { memoryAdapterFactory } from './memory-adapter';
import { registerPasswordGrant } from './password-grant';
import { applyKeycloakRedirectRules, providerConfiguration } from './provider-config';
import { DEFAULT_REALM_FILE, loadRealm, type RealmExport } from './realm';

export interface DevSsoServerOptions {
  port?: number;
  host?: string;
  realmFile?: string;
  keysFile?: string;
}

export interface RunningDevSsoServer {
  authServerUrl: string;
  realmUrl: string;
  issuer: string;
  close(): Promise<void>;
}

const OIDC = '/protocol/openid-connect';

/** Adds the members Keycloak puts into every token response that oidc-provider's own grants leave out. */
function keycloakTokenResponse(realm: RealmExport): KoaMiddleware {
  return async (ctx, next) => {
    await next();
    if (ctx.oidc?.route !== 'token' || ctx.status !== 200) return;
    const body = ctx.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return;
    const response = body as Record<string, unknown>;
    if (typeof response.access_token !== 'string') return;
    response.refresh_expires_in ??= typeof response.refresh_token === 'string' ? realm.ssoSessionIdleTimeout : 0;
    response['not-before-policy'] ??= realm.notBefore ?? 0;
  };
}

async function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

export async function runDevSsoServer(options: DevSsoServerOptions = {}): Promise<RunningDevSsoServer> {
  const realm = loadRealm(options.realmFile ?? DEFAULT_REALM_FILE);
  const unsupported = unsupportedMappers(realm);
  if (unsupported.length > 0) throw new Error(`the dev SSO does not emulate these protocol mappers: ${unsupported.join(', ')}`);
  const key = loadSigningKey(options.keysFile);
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  const port = await listen(server, options.port ?? 0, host);
  const authServerUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const mountPath = `/realms/${realm.realm}`;
  const issuer = `${authServerUrl}${mountPath}`;

  // The registry asks the provider whether a grant still exists; the provider's configuration needs the registry.
  const late: { provider?: Provider } = {};
  const registry = new AccessTokenRegistry(issuer, key, async (grantId) => (await late.provider?.Grant.find(grantId)) !== undefined);
  const provider = new Provider(issuer, {
    ...providerConfiguration({ realm, key, registry, mountPath, cookieKeys: [randomBytes(32).toString('base64url')] }),
    adapter: memoryAdapterFactory(),
  });
  late.provider = provider;
  applyKeycloakRedirectRules(provider, realm);
  registerPasswordGrant(provider, realm);
  provider.use(keycloakTokenResponse(realm));
  const callback = provider.callback();

  const passThrough = async (req: IncomingMessage, res: ServerResponse, body?: Buffer, path?: string): Promise<void> => {
    const forwarded: IncomingMessage & { originalUrl?: string } = body ? replayRequest(req, body) : req;
    const url = new URL(req.url ?? '/', authServerUrl);
    if (path) url.pathname = `${mountPath}${path}`;
    forwarded.originalUrl = `${url.pathname}${url.search}`;
    forwarded.url = `${url.pathname.slice(mountPath.length) || '/'}${url.search}`;
    await callback(forwarded, res);
  };
  const deps: EndpointDeps = { provider, realm, key, registry, issuer, passThrough };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', authServerUrl).pathname;
    if (path === mountPath || path === `${mountPath}/`) {
      realmInfo(deps, res);
      return;
    }
    if (!path.startsWith(`${mountPath}/`)) {
      sendJson(res, 404, { error: 'Realm does not exist' });
      return;
    }
    const sub = path.slice(mountPath.length);
    const post = req.method === 'POST';
    if (sub.startsWith('/login-actions/')) return handleInteraction({ provider, realm, mountPath }, req, res, sub.slice('/login-actions/'.length));
    if (sub === `${OIDC}/userinfo`) return userinfo(deps, req, res);
    if (sub === `${OIDC}/token/introspect` && post) return introspect(deps, req, res);
    if ((sub === `${OIDC}/revoke` || sub === `${OIDC}/token/revoke`) && post) return revoke(deps, req, res, `${OIDC}/revoke`);
    if (sub === `${OIDC}/logout` && post) return logoutPost(deps, req, res);
    return passThrough(req, res);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      console.error('[dev-sso] request failed:', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: 'dev SSO internal error' });
      else res.destroy();
    });
  });

  return {
    authServerUrl,
    realmUrl: issuer,
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
