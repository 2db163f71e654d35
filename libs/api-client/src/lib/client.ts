import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/schema';
import { ApiProblem, problemFrom } from './problem';

export type BayuApi = Client<paths>;

export interface ApiClientOptions {
  /** Gateway origin ('' for the app's own origin). */
  readonly baseUrl: string;
  /** The signed-in user's access token, or undefined for public calls. */
  readonly token: () => Promise<string | undefined>;
  /** The UI language, sent as Accept-Language so problem titles and details come back in it. */
  readonly locale: () => string;
  /** Called once on a 401; answer true when a fresh token is now available and the call may be retried. */
  readonly onUnauthorized?: () => Promise<boolean>;
}

/**
 * The typed client over the gateway's OpenAPI document (libs/api-client/src/generated, `nx run
 * api-client:generate`). Every non-2xx answer is thrown as an ApiProblem.
 */
export function createApiClient(options: ApiClientOptions): BayuApi {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: (request) => send(options, request) });
  const throwProblems: Middleware = {
    async onResponse({ response }) {
      if (!response.ok) throw await problemFrom(response);
      return undefined;
    },
  };
  client.use(throwProblems);
  return client;
}

async function send(options: ApiClientOptions, request: Request): Promise<Response> {
  const attempt = async (req: Request) => {
    const headers = new Headers(req.headers);
    const token = await options.token();
    if (token) headers.set('authorization', `Bearer ${token}`);
    headers.set('accept-language', options.locale() === 'en' ? 'en, zh-CN;q=0.5' : 'zh-CN, en;q=0.5');
    try {
      return await fetch(new Request(req, { headers }));
    } catch (error) {
      throw ApiProblem.offline(error);
    }
  };
  const retryable = request.clone();
  const response = await attempt(request);
  if (response.status === 401 && options.onUnauthorized && (await options.onUnauthorized())) return attempt(retryable);
  return response;
}

/** Data of a successful call (the middleware already threw for errors). */
export function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined && result.response.status !== 204) throw new ApiProblem(result.response.status, { status: result.response.status, detail: 'empty answer' });
  return result.data as T;
}
