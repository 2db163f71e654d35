import { Controller, Get, Module, type OnModuleInit } from '@nestjs/common';
import { AuthModule, Public } from '@bayu/platform/auth';
import { Readiness, startTelemetry, type Telemetry } from '@bayu/platform/observability';
import { bootstrapService, type RunningService } from './bootstrap';
import { ServiceKitModule } from './service-kit.module';

let databaseUp = true;

@Controller('api/v1/things')
class ThingsController {
  @Get()
  @Public('test endpoint')
  list(): string[] {
    return ['a'];
  }

  @Get('boom')
  @Public('test endpoint')
  boom(): never {
    throw new TypeError('internal detail that must not leak');
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule implements OnModuleInit {
  constructor(private readonly readiness: Readiness) {}

  onModuleInit(): void {
    this.readiness.register('database', async () => {
      if (!databaseUp) throw new Error('connection refused');
    });
  }
}

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'kit-test', logLevel: 'silent' }), AuthModule.forRoot({ ssoUrl: 'http://127.0.0.1:9', realm: 'bayu', audience: 'bayu-api' }), ThingsModule],
})
class KitTestModule {}

describe('service kit: health, readiness, metrics, errors, graceful drain', () => {
  jest.setTimeout(30_000);
  let telemetry: Telemetry;
  let service: RunningService;

  beforeAll(async () => {
    telemetry = startTelemetry({ serviceName: 'kit-test' });
    service = await bootstrapService(KitTestModule, { service: 'kit-test', title: 't', description: 'd', port: 0, host: '127.0.0.1', drainMs: 400 });
  });

  afterAll(async () => {
    await service.shutdown();
    await telemetry.shutdown();
  });

  it('reports live, and ready only while every dependency check passes', async () => {
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${service.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'up' } } });
    databaseUp = false;
    const down = await fetch(`${service.url}/health/ready`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable', checks: { database: { status: 'down', error: 'connection refused' } } });
    databaseUp = true;
  });

  it('echoes a well-formed request id and makes one up otherwise', async () => {
    const given = await fetch(`${service.url}/api/v1/things`, { headers: { 'x-request-id': 'req-12345678' } });
    expect(given.headers.get('x-request-id')).toBe('req-12345678');
    const made = await fetch(`${service.url}/api/v1/things`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('turns an unexpected error into a 500 problem without internals, carrying the request id', async () => {
    const response = await fetch(`${service.url}/api/v1/things/boom`, { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code: 'request.internal', title: 'Internal server error', status: 500 });
    expect(typeof body.requestId).toBe('string');
    expect(JSON.stringify(body)).not.toContain('internal detail');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await fetch(`${service.url}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'request.not-found' });
  });

  it('serves Prometheus metrics with requests counted by route template', async () => {
    await fetch(`${service.url}/api/v1/things`);
    const text = await (await fetch(`${service.url}/metrics`)).text();
    expect(text).toMatch(/bayu_http_server_requests_total\{[^}]*route="\/api\/v1\/things"[^}]*status="200"[^}]*\} \d+/);
    expect(text).toContain('bayu_http_server_duration_seconds_bucket');
  });

  it('serves its OpenAPI document', async () => {
    const document = (await (await fetch(`${service.url}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toContain('/api/v1/things');
  });

  it('on shutdown first reports draining, then closes', async () => {
    const closing = service.shutdown('SIGTERM');
    const draining = await fetch(`${service.url}/health/ready`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toMatchObject({ status: 'draining' });
    await closing;
    await expect(fetch(`${service.url}/health/live`)).rejects.toThrow();
  });
});
