import { createServer, type IncomingMessage, type Server } from 'node:http';
import { startTelemetry, type Telemetry } from '@bayu/platform/observability';
import { bootstrapService, type RunningService } from '@bayu/platform/service';
import { startDevSso, type DevSso } from '@bayu/dev/sso';
import { userToken } from '@bayu/platform/testing';
import { AppModule } from './app.module';
import { loadGatewayConfig } from './config';
import { gatewayBootstrapOptions } from './gateway-options';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A stand-in service behind the gateway: records what reached it and answers like a service would. */
async function upstream(name: string, paths: string[]): Promise<{ server: Server; url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      if (request.url === '/openapi.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ openapi: '3.0.0', info: { title: name, version: '1' }, paths: Object.fromEntries(paths.map((p) => [p, { get: { summary: `${name} ${p}` } }])), components: { schemas: { Thing: { type: 'object' } } } }));
        return;
      }
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString() });
      if (request.url?.startsWith('/api/v1/workers/slow')) return void setTimeout(() => response.end('late'), 3_000);
      response.writeHead(201, { 'content-type': 'application/json', 'x-upstream': name, connection: 'keep-alive' });
      response.end(JSON.stringify({ served: name }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, seen };
}

describe('gateway (real dev SSO, stand-in services over real sockets)', () => {
  jest.setTimeout(60_000);
  let sso: DevSso;
  let registry: Awaited<ReturnType<typeof upstream>>;
  let campaign: Awaited<ReturnType<typeof upstream>>;
  let gateway: RunningService;
  let token: string;
  let telemetry: Telemetry;

  beforeAll(async () => {
    telemetry = startTelemetry({ serviceName: 'gateway-test' });
    sso = await startDevSso();
    registry = await upstream('registry', ['/api/v1/workers', '/api/v1/workers/{id}', '/internal/not-routed']);
    campaign = await upstream('campaign', ['/api/v1/talent-profiles/{workerId}']);
    const config = loadGatewayConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      SSO_URL: sso.authServerUrl,
      UPSTREAM_REGISTRY_URL: registry.url,
      UPSTREAM_CAMPAIGN_URL: campaign.url,
      CORS_ORIGINS: 'http://localhost:4201',
      RATE_LIMIT_PER_MINUTE: '20',
      UPSTREAM_TIMEOUT_MS: '1000',
    });
    gateway = await bootstrapService(AppModule.forRoot(config), gatewayBootstrapOptions(config));
    token = await userToken(sso.realmUrl, 'hrss.clerk');
  });

  afterAll(async () => {
    await gateway?.shutdown();
    await Promise.all([registry, campaign].map((u) => new Promise((r) => u?.server.close(r))));
    await sso?.stop();
    await telemetry?.shutdown();
  });

  const call = (path: string, init: RequestInit = {}, bearer: string | null = token) =>
    fetch(`${gateway.url}${path}`, { ...init, headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(init.headers as Record<string, string>) } });

  it('forwards method, path, query and body to the owning service and streams the answer back', async () => {
    const response = await call('/api/v1/workers?district=500229', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"冉洪位"}' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-upstream')).toBe('registry');
    expect(await response.json()).toEqual({ served: 'registry' });
    const seen = registry.seen.at(-1);
    expect(seen).toMatchObject({ method: 'POST', url: '/api/v1/workers?district=500229', body: '{"name":"冉洪位"}' });
    expect(seen?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('routes by path prefix to the right service', async () => {
    await call('/api/v1/talent-profiles/0b9f3c52-5d2c-4f7e-9a51-3c1d6a0e8b11');
    expect(campaign.seen.at(-1)?.url).toBe('/api/v1/talent-profiles/0b9f3c52-5d2c-4f7e-9a51-3c1d6a0e8b11');
  });

  it('passes the request id and the trace context on, and drops hop-by-hop headers', async () => {
    const response = await call('/api/v1/workers/1', { headers: { 'x-request-id': 'req-abcdef12', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 'proxy-authorization': 'secret' } });
    expect(response.headers.get('x-request-id')).toBe('req-abcdef12');
    const seen = registry.seen.at(-1);
    expect(seen?.headers['x-request-id']).toBe('req-abcdef12');
    expect(seen?.headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(seen?.headers['proxy-authorization']).toBeUndefined();
  });

  it('stops a request without a valid token at the gateway: the service never sees it', async () => {
    const before = registry.seen.length;
    expect((await call('/api/v1/workers', {}, null)).status).toBe(401);
    expect((await call('/api/v1/workers', {}, 'eyJhbGciOiJub25lIn0.e30.')).status).toBe(401);
    expect(registry.seen.length).toBe(before);
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const response = await call('/api/v1/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('merges the services’ OpenAPI documents, keeping only the paths it routes', async () => {
    const document = (await (await fetch(`${gateway.url}/api/docs/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).sort()).toEqual(['/api/v1/talent-profiles/{workerId}', '/api/v1/workers', '/api/v1/workers/{id}']);
    const page = await fetch(`${gateway.url}/api/docs`);
    expect(await page.text()).toContain('swagger-ui');
  });

  it('answers 504 when the service is too slow and 502 when it is down', async () => {
    const slow = await call('/api/v1/workers/slow');
    expect(slow.status).toBe(504);
    expect(await slow.json()).toMatchObject({ code: 'request.gateway-timeout' });
    await new Promise((r) => campaign.server.close(r));
    campaign.server.closeAllConnections();
    const down = await call('/api/v1/talent-profiles/x');
    expect(down.status).toBe(502);
    expect(await down.json()).toMatchObject({ code: 'request.bad-gateway' });
  });

  it('lets an allowed agency UI origin through CORS and not any other', async () => {
    const allowed = await fetch(`${gateway.url}/api/v1/workers`, { method: 'OPTIONS', headers: { origin: 'http://localhost:4201', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization,content-type,if-match' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:4201');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    // Optimistic concurrency from a browser: If-Match goes out, ETag must be readable by the page.
    expect(allowed.headers.get('access-control-allow-headers')).toContain('if-match');
    const read = await fetch(`${gateway.url}/health/live`, { headers: { origin: 'http://localhost:4201' } });
    expect(read.headers.get('access-control-expose-headers')).toContain('etag');
    const other = await fetch(`${gateway.url}/api/v1/workers`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits each caller per minute and says when to retry', async () => {
    const caller = await userToken(sso.realmUrl, 'skills.office', 'web-skills-office');
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await call('/api/v1/workers/1', {}, caller)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = await call('/api/v1/workers/1', {}, caller);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ code: 'request.rate-limited' });
    expect((await call('/api/v1/workers/1')).status).toBe(201);
  });
});
