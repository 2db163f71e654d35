import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { startDevSso, type DevSso } from '@bayu/dev/sso';
import { userToken, serviceAccountToken } from '@bayu/platform/testing';
import { ProblemDetailsFilter } from '@bayu/platform/http';
import { Authenticated, CurrentPrincipal, Public, Roles } from './access.decorators';
import { AuthModule } from './auth.module';
import type { Principal } from './principal';
import { assertEveryRouteDeclaresAccess, listRouteAccess } from './route-audit';
import { ServiceTokenClient } from './service-token.client';
import { TokenRejectedError, TokenVerifier } from './token-verifier';

@Controller('t')
class ProbeController {
  @Get('public')
  @Public('test')
  open(): string {
    return 'open';
  }

  @Get('any')
  @Authenticated()
  any(@CurrentPrincipal() principal: Principal): { username: string; district?: string } {
    return { username: principal.username, ...(principal.districtCode ? { district: principal.districtCode } : {}) };
  }

  @Get('hrss')
  @Roles('hrss')
  hrss(): string {
    return 'hrss';
  }

  @Get('forgotten')
  forgotten(): string {
    return 'should never answer';
  }
}

describe('access guard with keycloak-connect against the dev SSO', () => {
  jest.setTimeout(60_000);
  let sso: DevSso;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    sso = await startDevSso();
    @Module({ imports: [AuthModule.forRoot({ ssoUrl: sso.authServerUrl, realm: 'bayu', audience: 'bayu-api' })], controllers: [ProbeController] })
    class ProbeModule {}
    app = await NestFactory.create(ProbeModule, { logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await app?.close();
    await sso?.stop();
  });

  const get = async (path: string, token?: string) => {
    const response = await fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, challenge: response.headers.get('www-authenticate'), body: (await response.text()) as string };
  };

  it('lets anyone reach a public endpoint', async () => {
    expect(await get('/t/public')).toMatchObject({ status: 200, body: 'open' });
  });

  it('answers 401 with a Bearer challenge when the token is missing or malformed', async () => {
    expect(await get('/t/any')).toMatchObject({ status: 401, challenge: 'Bearer realm="bayu"' });
    expect(await get('/t/any', 'not.a.jwt')).toMatchObject({ status: 401, challenge: 'Bearer realm="bayu", error="invalid_token"' });
  });

  it('accepts a real token and reads the district claim from it', async () => {
    const response = await get('/t/any', await userToken(sso.realmUrl, 'district.chengkou', 'web-recommend'));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ username: 'district.chengkou', district: '500229' });
  });

  it('answers 403 to a valid token without the required role, and 200 with it', async () => {
    expect((await get('/t/hrss', await userToken(sso.realmUrl, 'union.staff', 'web-union'))).status).toBe(403);
    expect((await get('/t/hrss', await userToken(sso.realmUrl, 'hrss.clerk'))).status).toBe(200);
  });

  it('denies an endpoint that declares no access policy, even to a valid token', async () => {
    const response = await get('/t/forgotten', await userToken(sso.realmUrl, 'hrss.admin'));
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'auth.undeclared-access' });
  });

  it('lists the undeclared endpoint so that start-up refuses the application', () => {
    expect(listRouteAccess(app).find((r) => r.handler === 'forgotten')?.policy).toBeUndefined();
    expect(() => assertEveryRouteDeclaresAccess(app)).toThrow(/GET \/t\/forgotten \(ProbeController\.forgotten\)/);
  });

  it('rejects a token issued by another realm server even when it is otherwise valid', async () => {
    const other = await startDevSso();
    try {
      const foreign = await userToken(other.realmUrl, 'hrss.clerk');
      expect((await get('/t/any', foreign)).status).toBe(401);
    } finally {
      await other.stop();
    }
  });

  it('gets a service account token by client credentials, caches it, and the guard accepts it', async () => {
    const client = new ServiceTokenClient({ tokenUrl: `${sso.realmUrl}/protocol/openid-connect/token`, clientId: 'bayu-seeder', clientSecret: 'bayu-seeder-dev-secret' });
    const [a, b] = await Promise.all([client.accessToken(), client.accessToken()]);
    expect(a).toBe(b);
    expect(await client.accessToken()).toBe(a);
    expect(JSON.parse((await get('/t/any', a)).body)).toEqual({ username: 'service-account-bayu-seeder' });
    expect((await get('/t/hrss', await serviceAccountToken(sso.realmUrl, 'bayu-seeder'))).status).toBe(200);
    await expect(new ServiceTokenClient({ tokenUrl: `${sso.realmUrl}/protocol/openid-connect/token`, clientId: 'bayu-seeder', clientSecret: 'wrong-secret' }).accessToken()).rejects.toThrow(/refused: 401/);
  });

  it('remembers a verified token only until it expires', async () => {
    const token = await userToken(sso.realmUrl, 'hrss.clerk');
    const verifier = new TokenVerifier({ ssoUrl: sso.authServerUrl, realm: 'bayu', audience: 'bayu-api' });
    expect((await verifier.verify(token)).username).toBe('hrss.clerk');
    const exp = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { exp: number }).exp;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(exp * 1000 + 1_000);
    try {
      await expect(verifier.verify(token)).rejects.toMatchObject({ rejection: { kind: 'invalid', reason: expect.stringContaining('expired') } });
    } finally {
      clock.mockRestore();
    }
  });

  it('reports an unreachable SSO as unavailable rather than as a bad token', async () => {
    const token = await userToken(sso.realmUrl, 'hrss.clerk');
    const verifier = new TokenVerifier({ ssoUrl: sso.authServerUrl, realm: 'bayu', audience: 'bayu-api', internalSsoUrl: 'http://127.0.0.1:9' });
    await expect(verifier.verify(token)).rejects.toMatchObject({ rejection: { kind: 'sso-unavailable' } });
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(TokenRejectedError);
  });
});
