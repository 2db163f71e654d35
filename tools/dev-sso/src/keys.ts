// The realm's RS256 signing key: generated per start, or kept in a JWKS file so tokens survive restarts.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export interface SigningKey {
  kid: string;
  privateJwk: Record<string, unknown>;
  publicKey: KeyObject;
  /** Base64 DER SubjectPublicKeyInfo, the `public_key` of Keycloak's realm info. */
  publicKeyBase64: string;
}

function fromPrivateJwk(jwk: Record<string, unknown>): SigningKey {
  const privateKey = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' });
  const publicKey = createPublicKey(privateKey);
  const kid = typeof jwk.kid === 'string' ? jwk.kid : thumbprint(publicKey);
  return {
    kid,
    privateJwk: { ...jwk, kid, alg: 'RS256', use: 'sig' },
    publicKey,
    publicKeyBase64: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/** RFC 7638 thumbprint, the usual choice for a key id. */
function thumbprint(publicKey: KeyObject): string {
  const { e, kty, n } = publicKey.export({ format: 'jwk' });
  return createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
}

function generate(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return fromPrivateJwk(privateKey.export({ format: 'jwk' }) as Record<string, unknown>);
}

/** Loads the key from `keysFile` (a private JWKS), creating the file on first use; or makes a fresh key. */
export function loadSigningKey(keysFile?: string): SigningKey {
  if (!keysFile) return generate();
  if (existsSync(keysFile)) {
    const jwks = JSON.parse(readFileSync(keysFile, 'utf8')) as { keys?: Record<string, unknown>[] };
    const first = jwks.keys?.find((key) => key.kty === 'RSA' && typeof key.d === 'string');
    if (!first) throw new Error(`${keysFile}: no private RSA key in this JWKS`);
    return fromPrivateJwk(first);
  }
  const key = generate();
  mkdirSync(path.dirname(keysFile), { recursive: true });
  writeFileSync(keysFile, `${JSON.stringify({ keys: [key.privateJwk] }, null, 2)}\n`, { mode: 0o600 });
  return key;
}
