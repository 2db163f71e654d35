import { Client } from 'pg';
import { userToken } from './tokens';

export interface ApiAnswer {
  readonly status: number;
  readonly type: string;
  readonly headers: Headers;
  readonly body: Record<string, unknown> & Array<Record<string, unknown>>;
}

export interface ApiClient {
  /** JSON in, JSON out, as `user` (a realm user name) or with no token. */
  call(method: string, path: string, user?: string, body?: unknown, headers?: Record<string, string>): Promise<ApiAnswer>;
  /** POSTs raw bytes, e.g. an uploaded file. */
  upload(path: string, user: string, body: Buffer, contentType?: string): Promise<ApiAnswer>;
  /** Raw bytes with any method and headers, as `user` or with no token. */
  send(method: string, path: string, user: string | undefined, body: Buffer, headers: Record<string, string>): Promise<ApiAnswer>;
}

/** JSON answers are parsed; anything else (a photo, a CSV) is read and left out of `body`. */
async function answer(response: Response): Promise<ApiAnswer> {
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return { status: response.status, type, headers: response.headers, body: text && /json/.test(type) ? JSON.parse(text) : {} };
}

/** Calls a running service (or the gateway) over HTTP with real tokens from the dev SSO. */
export function apiClient(baseUrl: string, realmUrl: string): ApiClient {
  const send: ApiClient['send'] = async (method, path, user, body, headers) => {
    const token = user ? await userToken(realmUrl, user) : undefined;
    return answer(await fetch(`${baseUrl}${path}`, { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body: new Uint8Array(body) }));
  };
  return {
    async call(method, path, user, body, headers = {}) {
      const token = user ? await userToken(realmUrl, user) : undefined;
      return answer(
        await fetch(`${baseUrl}${path}`, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
          ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
        }),
      );
    },
    upload: (path, user, body, contentType = 'application/octet-stream') => send('POST', path, user, body, { 'content-type': contentType }),
    send,
  };
}

/** One query on its own connection: what a test reads or arranges behind the service's back. */
export async function querySql<T = Record<string, unknown>>(databaseUrl: string, query: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(query, values)).rows as T[];
  } finally {
    await client.end();
  }
}
