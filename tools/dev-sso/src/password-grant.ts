// Keycloak's "direct access grant" (OAuth 2.0 password grant), which oidc-provider does not ship:
// registered as a custom grant type for the clients whose realm entry has directAccessGrantsEnabled.
import { randomUUID } from 'node:crypto';
import { errors, type KoaContextWithOIDC, type Provider } from 'oidc-provider';
import { idTokenClaims, REALM_RESOURCE, resourceServerInfo } from './provider-config';
import { authenticateUser, findClient, type RealmExport } from './realm';

export const PASSWORD_GRANT = 'password';
const PARAMETERS = ['username', 'password', 'scope'];

function invalidUserCredentials(): Error {
  const error = new errors.CustomOIDCProviderError('invalid_grant', 'Invalid user credentials');
  error.status = 401;
  error.statusCode = 401;
  return error;
}

function makeHandler(provider: Provider, realm: RealmExport) {
  return async function passwordGrant(ctx: KoaContextWithOIDC): Promise<void> {
    const { client, params } = ctx.oidc;
    const realmClient = client && findClient(realm, client.clientId);
    if (!client || !realmClient?.directAccessGrantsEnabled) {
      throw new errors.UnauthorizedClient('Client not allowed for direct access grants');
    }
    const { username, password } = params;
    if (!username) throw new errors.InvalidRequest('Missing parameter: username');
    const user = authenticateUser(realm, username, password);
    if (!user) throw invalidUserCredentials();

    const scope = (params.scope ?? '').split(' ').filter(Boolean).join(' ');
    const now = Math.floor(Date.now() / 1000);
    const sid = randomUUID();
    const grant = new provider.Grant({ accountId: user.id, clientId: client.clientId });
    grant.addOIDCScope(scope);
    grant.addResourceScope(REALM_RESOURCE, scope);
    const grantId = await grant.save();

    const accessToken = new provider.AccessToken({ accountId: user.id, client, grantId, gty: PASSWORD_GRANT, sid, scope });
    accessToken.resourceServer = new provider.ResourceServer(REALM_RESOURCE, resourceServerInfo(realm, client.clientId));
    ctx.oidc.entity('AccessToken', accessToken);
    const accessTokenValue = await accessToken.save();

    let refreshToken: string | undefined;
    if (client.grantTypeAllowed('refresh_token') && realmClient.attributes?.['use.refresh.tokens'] !== 'false') {
      const token = new provider.RefreshToken({
        accountId: user.id,
        client,
        grantId,
        gty: PASSWORD_GRANT,
        scope,
        sid,
        resource: REALM_RESOURCE,
        expiresWithSession: false,
        authTime: now,
        rotations: 0,
      });
      refreshToken = await token.save();
    }

    let idToken: string | undefined;
    if (scope.split(' ').includes('openid')) {
      const claims = idTokenClaims(realm, client.clientId, user.id, scope) ?? { sub: user.id };
      const token = new provider.IdToken({ ...claims, auth_time: now }, { ctx });
      token.scope = 'openid';
      token.set('sid', sid);
      idToken = await token.issue({ use: 'idtoken' });
    }

    ctx.body = {
      access_token: accessTokenValue,
      expires_in: accessToken.expiration,
      refresh_expires_in: refreshToken ? realm.ssoSessionIdleTimeout : 0,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      token_type: 'Bearer',
      ...(idToken ? { id_token: idToken } : {}),
      'not-before-policy': realm.notBefore ?? 0,
      session_state: sid,
      scope: accessToken.scope ?? '',
    };
  };
}

export function registerPasswordGrant(provider: Provider, realm: RealmExport): void {
  provider.registerGrantType(PASSWORD_GRANT, makeHandler(provider, realm), PARAMETERS);
}
