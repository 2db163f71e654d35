import { Module, type DynamicModule } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from '@bayu/platform/auth';
import { Readiness } from '@bayu/platform/observability';
import { ServiceKitModule } from '@bayu/platform/service';
import { GATEWAY_CONFIG, type GatewayConfig } from './config';
import { DocsController } from './docs/docs.controller';
import { ProxyController } from './proxy/proxy.controller';
import { PUBLIC_PREFIX } from './proxy/routes';
import { UpstreamProxy } from './proxy/upstream-proxy';
import { RateLimitGuard } from './rate-limit.guard';

@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    const realmUrl = `${config.SSO_INTERNAL_URL ?? config.SSO_URL}/realms/${config.SSO_REALM}`;
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'gateway', logLevel: config.LOG_LEVEL }),
        AuthModule.forRoot({ ssoUrl: config.SSO_URL, realm: config.SSO_REALM, audience: config.SSO_AUDIENCE, ...(config.SSO_INTERNAL_URL ? { internalSsoUrl: config.SSO_INTERNAL_URL } : {}) }),
        ThrottlerModule.forRoot({
          throttlers: [
            {
              name: 'default',
              ttl: 60_000,
              limit: (context) => (context.switchToHttp().getRequest<{ path: string }>().path.startsWith(PUBLIC_PREFIX) ? config.PUBLIC_RATE_LIMIT_PER_MINUTE : config.RATE_LIMIT_PER_MINUTE),
            },
          ],
          skipIf: (context) => !context.switchToHttp().getRequest<{ path: string }>().path.startsWith('/api/'),
        }),
      ],
      controllers: [ProxyController, DocsController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        RateLimitGuard,
        UpstreamProxy,
        {
          provide: 'sso-readiness',
          inject: [Readiness],
          useFactory: (readiness: Readiness) =>
            readiness.register('sso', async () => {
              const response = await fetch(`${realmUrl}/protocol/openid-connect/certs`, { signal: AbortSignal.timeout(2_000) });
              if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
            }),
        },
      ],
    };
  }
}
