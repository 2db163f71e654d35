// JWT access tokens are stateless in oidc-provider; Keycloak's userinfo, introspection and revocation still
// need to know whether one is live. This registry remembers what was issued and checks it like Keycloak does.
import { verify as verifySignature } from 'node:crypto';
import type { SigningKey } from './keys';

export interface IssuedAccessToken {
  jti: string;
  exp: number;
  clientId: string;
  accountId?: string;
  grantId?: string;
  requestedScopes: string[];
}

export interface LiveAccessToken {
  payload: Record<string, unknown>;
  issued: IssuedAccessToken;
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function looksLikeJwt(token: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);
}

export class AccessTokenRegistry {
  private readonly issued = new Map<string, IssuedAccessToken>();
  private readonly revoked = new Set<string>();

  constructor(
    private readonly issuer: string,
    private readonly key: SigningKey,
    private readonly grantExists: (grantId: string) => Promise<boolean>,
  ) {}

  remember(token: IssuedAccessToken): void {
    if (this.issued.size > 5000) this.prune();
    this.issued.set(token.jti, token);
  }

  revoke(jti: string): void {
    this.revoked.add(jti);
  }

  /** The signed, unexpired payload of a JWT from this realm, or undefined. Says nothing about liveness. */
  verifySigned(token: string): Record<string, unknown> | undefined {
    if (!looksLikeJwt(token)) return undefined;
    const [head = '', body = '', signature = ''] = token.split('.');
    const header = decodeSegment(head);
    const payload = decodeSegment(body);
    if (!header || !payload || header.alg !== 'RS256' || header.kid !== this.key.kid) return undefined;
    const ok = verifySignature('RSA-SHA256', Buffer.from(`${head}.${body}`), this.key.publicKey, Buffer.from(signature, 'base64url'));
    if (!ok || payload.iss !== this.issuer) return undefined;
    if (typeof payload.exp !== 'number' || payload.exp * 1000 <= Date.now()) return undefined;
    return payload;
  }

  /** A Bearer access token that this process issued, is unexpired, unrevoked, and whose grant still exists. */
  async verifyLive(token: string): Promise<LiveAccessToken | undefined> {
    const payload = this.verifySigned(token);
    if (!payload || payload.typ !== 'Bearer' || typeof payload.jti !== 'string') return undefined;
    const issued = this.issued.get(payload.jti);
    if (!issued || this.revoked.has(payload.jti)) return undefined;
    if (issued.grantId && !(await this.grantExists(issued.grantId))) return undefined;
    return { payload, issued };
  }

  private prune(): void {
    const now = Date.now() / 1000;
    for (const [jti, token] of this.issued) {
      if (token.exp < now) {
        this.issued.delete(jti);
        this.revoked.delete(jti);
      }
    }
  }
}
