const DEMO_PASSWORD = process.env.BAYU_DEMO_PASSWORD ?? 'bayu-demo-2026';

const cache = new Map<string, { token: string; until: number }>();

async function tokenRequest(realmUrl: string, body: Record<string, string>, basic?: string): Promise<string> {
  const response = await fetch(`${realmUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(basic ? { authorization: `Basic ${basic}` } : {}) },
    body: new URLSearchParams(body),
  });
  const json = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !json.access_token) throw new Error(`token request failed: ${response.status} ${json.error ?? ''} ${json.error_description ?? ''}`);
  return json.access_token;
}

/** A demo user's access token from the realm (password grant of a public agency UI client). */
export async function userToken(realmUrl: string, username: string, clientId = 'web-hrss'): Promise<string> {
  const key = `${realmUrl}|${username}|${clientId}`;
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.token;
  const token = await tokenRequest(realmUrl, { grant_type: 'password', client_id: clientId, username, password: DEMO_PASSWORD, scope: 'openid' });
  cache.set(key, { token, until: Date.now() + 240_000 });
  return token;
}

/** A service account's token (client credentials), with the dev secret from the realm file. */
export function serviceAccountToken(realmUrl: string, clientId: string, secret = `${clientId}-dev-secret`): Promise<string> {
  return tokenRequest(realmUrl, { grant_type: 'client_credentials' }, Buffer.from(`${clientId}:${secret}`).toString('base64'));
}
