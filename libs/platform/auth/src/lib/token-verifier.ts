import KeycloakConnect = require('keycloak-connect');
import type { AccessTokenClaims, Principal } from './principal';
import { principalFromClaims } from './principal';

export interface TokenVerifierConfig {
  /** Base URL the realm's tokens name as issuer, e.g. https://sso.example (tokens carry `<base>/realms/<realm>`). */
  readonly ssoUrl: string;
  readonly realm: string;
  /** Tokens must list this audience. */
  readonly audience: string;
  /** Where this process reaches the SSO server when that differs from the issuer (in-cluster DNS). */
  readonly internalSsoUrl?: string;
}

export type TokenRejection = { readonly kind: 'invalid'; readonly reason: string } | { readonly kind: 'sso-unavailable'; readonly reason: string };

export class TokenRejectedError extends Error {
  constructor(readonly rejection: TokenRejection) {
    super(`token rejected: ${rejection.reason}`);
    this.name = 'TokenRejectedError';
  }
}

interface GrantManagerInternals {
  createGrant(data: { access_token: string }): Promise<{ access_token?: { content: AccessTokenClaims } }>;
  rotation: { realmUrl: string };
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const NETWORK_FAILURE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|Error fetching JWK Keys/;

/**
 * Offline bearer validation with keycloak-connect: RS256 signature against the realm's JWKS
 * (`/protocol/openid-connect/certs`, cached and refreshed on a new key id), issuer, expiry, `typ: Bearer`
 * and audience.
 */
export class TokenVerifier {
  private readonly grantManager: GrantManagerInternals;
  /**
   * Tokens already verified, until they expire. A UI sends the same token with every request; verifying
   * it again would give the same answer (validation is offline) at the price of an RSA verification.
   */
  private readonly verified = new Map<string, { principal: Principal; expiresAt: number }>();
  private static readonly CACHE_SIZE = 10_000;

  constructor(readonly config: TokenVerifierConfig) {
    const keycloak = new KeycloakConnect(
      {},
      {
        realm: config.realm,
        'auth-server-url': config.ssoUrl,
        resource: config.audience,
        'bearer-only': true,
        'ssl-required': 'none',
        'confidential-port': 0,
        'verify-token-audience': true,
      } as KeycloakConnect.KeycloakConfig,
    );
    this.grantManager = keycloak.grantManager as unknown as GrantManagerInternals;
    if (config.internalSsoUrl) this.grantManager.rotation.realmUrl = `${config.internalSsoUrl.replace(/\/+$/, '')}/realms/${config.realm}`;
  }

  get realmUrl(): string {
    return `${this.config.ssoUrl.replace(/\/+$/, '')}/realms/${this.config.realm}`;
  }

  async verify(accessToken: string): Promise<Principal> {
    const hit = this.verified.get(accessToken);
    if (hit) {
      if (hit.expiresAt > Date.now()) return hit.principal;
      this.verified.delete(accessToken);
    }
    if (!JWT_SHAPE.test(accessToken)) throw new TokenRejectedError({ kind: 'invalid', reason: 'not a JWT' });
    let grant: Awaited<ReturnType<GrantManagerInternals['createGrant']>>;
    try {
      grant = await this.grantManager.createGrant({ access_token: accessToken });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new TokenRejectedError({ kind: NETWORK_FAILURE.test(reason) ? 'sso-unavailable' : 'invalid', reason });
    }
    const claims = grant.access_token?.content;
    if (!claims) throw new TokenRejectedError({ kind: 'invalid', reason: 'no access token in grant' });
    const principal = principalFromClaims(claims);
    this.remember(accessToken, principal, Number(claims.exp) * 1000);
    return principal;
  }

  private remember(token: string, principal: Principal, expiresAt: number): void {
    if (!Number.isFinite(expiresAt)) return;
    if (this.verified.size >= TokenVerifier.CACHE_SIZE) {
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { principal, expiresAt });
  }
}
