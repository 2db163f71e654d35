import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, dataOf, type ApiClientOptions } from './client';
import { ApiProblem } from './problem';
import { RawApi } from './raw';

// A small HTTP server on a real socket plays the gateway's part: the wrapping, not the API, is under test here
// (the apps' end-to-end tests run the real gateway).
let server: Server;
let baseUrl: string;
const seen: Array<{ url: string; authorization?: string; language?: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', authorization: req.headers.authorization, language: req.headers['accept-language'] });
    if (req.url?.startsWith('/api/v1/campaigns/bad')) {
      res.writeHead(400, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title: '请求内容有误', status: 400, code: 'request.validation-failed', errors: [{ field: 'year', detail: '必须是整数' }] }));
    } else if (req.url === '/api/v1/public/campaigns' && req.headers.authorization === 'Bearer stale') {
      res.writeHead(401, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title: '未登录', status: 401 }));
    } else if (req.url === '/api/v1/public/campaigns') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ id: 'c1', year: 2027 }]));
    } else if (req.url === '/api/v1/imports/j1/progress') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('event: progress\ndata: {"rowsRead":10}\n\n: keep-alive\n\nevent: progress\nda');
      setTimeout(() => res.end('ta: {"rowsRead":20,\ndata: "done":true}\n\n'), 20);
    } else if (req.url === '/api/v1/gone') {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>');
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const options = (token: { current: string }, extra: Partial<ApiClientOptions> = {}): ApiClientOptions => ({
  baseUrl,
  token: async () => token.current,
  locale: () => 'en',
  ...extra,
});

describe('the typed API client', () => {
  it('sends the token and the UI language, and returns typed data', async () => {
    const api = createApiClient(options({ current: 'good' }));
    const campaigns = dataOf(await api.GET('/api/v1/public/campaigns'));
    expect(campaigns).toEqual([{ id: 'c1', year: 2027 }]);
    expect(seen.at(-1)).toMatchObject({ authorization: 'Bearer good', language: 'en, zh-CN;q=0.5' });
  });

  it('throws a problem+json answer as ApiProblem with the fields it names', async () => {
    const api = createApiClient(options({ current: 'good' }));
    const error = await api.GET('/api/v1/campaigns/{id}', { params: { path: { id: 'bad' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).status).toBe(400);
    expect((error as ApiProblem).problem.errors).toEqual([{ field: 'year', detail: '必须是整数' }]);
  });

  it('on a 401 asks for a fresh token once and repeats the call with it', async () => {
    const token = { current: 'stale' };
    let refreshes = 0;
    const api = createApiClient(options(token, { onUnauthorized: async () => ((token.current = 'fresh'), ++refreshes, true) }));
    expect(dataOf(await api.GET('/api/v1/public/campaigns'))).toHaveLength(1);
    expect(refreshes).toBe(1);
    expect(seen.at(-1)?.authorization).toBe('Bearer fresh');
  });

  it('turns a non-JSON error page and an unreachable server into problems too', async () => {
    const raw = new RawApi(options({ current: 'good' }));
    const gone = await raw.request('GET', '/api/v1/gone').catch((e: unknown) => e);
    expect(gone).toMatchObject({ status: 502, problem: { detail: '<html>Bad gateway</html>' } });
    const offline = await new RawApi({ ...options({ current: 'x' }), baseUrl: 'http://127.0.0.1:1' }).request('GET', '/api/v1/x').catch((e: unknown) => e);
    expect(offline).toMatchObject({ status: 0, problem: { code: 'network.unreachable' } });
  });

  it('reads a Server-Sent Events stream split across chunks, with multi-line data and comments', async () => {
    const raw = new RawApi(options({ current: 'good' }));
    const events: unknown[] = [];
    await raw.events('/api/v1/imports/j1/progress', (e) => events.push(e));
    expect(events).toEqual([
      { event: 'progress', data: { rowsRead: 10 } },
      { event: 'progress', data: { rowsRead: 20, done: true } },
    ]);
    expect(seen.at(-1)?.authorization).toBe('Bearer good');
  });
});
