import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceName } from '@bayu/contracts';
import { AuthModule } from '@bayu/platform/auth';
import type { DatabaseEnv, KafkaEnv, ServiceEnv, SsoEnv } from '@bayu/platform/config';
import { providePrismaClient, type PrismaClientConstructor } from '@bayu/platform/db';
import { MessagingModule } from '@bayu/platform/messaging';
import { ServiceKitModule } from './service-kit.module';

type PlatformConfig = ServiceEnv & DatabaseEnv & KafkaEnv & SsoEnv & { readonly SSO_INTERNAL_URL?: string | undefined };

export interface ServicePlatformOptions<Config extends PlatformConfig, Client> {
  readonly service: ServiceName;
  readonly config: Config;
  /** Injection token under which feature modules receive the validated config. */
  readonly configToken: symbol;
  /** The service's generated PrismaClient class. */
  readonly database: PrismaClientConstructor<Client>;
}

/**
 * Everything a service with a database and events stands on, in one import: logs, health, metrics,
 * problem+json, the deny-by-default access guard, its PrismaClient, the outbox and its relay.
 */
@Module({})
export class ServicePlatformModule {
  static forRoot<Config extends PlatformConfig, Client extends { $queryRawUnsafe<T = unknown>(q: string, ...v: unknown[]): Promise<T>; $disconnect(): Promise<void> }>(
    options: ServicePlatformOptions<Config, Client>,
  ): DynamicModule {
    const { service, config } = options;
    return {
      module: ServicePlatformModule,
      global: true,
      imports: [
        ServiceKitModule.forRoot({ service, logLevel: config.LOG_LEVEL }),
        AuthModule.forRoot({ ssoUrl: config.SSO_URL, realm: config.SSO_REALM, audience: config.SSO_AUDIENCE, ...(config.SSO_INTERNAL_URL ? { internalSsoUrl: config.SSO_INTERNAL_URL } : {}) }),
        MessagingModule.forRoot({ service, brokers: config.KAFKA_BROKERS, databaseUrl: config.DATABASE_URL, logLevel: config.LOG_LEVEL }),
      ],
      providers: [{ provide: options.configToken, useValue: config }, ...providePrismaClient(options.database, { url: config.DATABASE_URL, poolMax: config.DATABASE_POOL_MAX, applicationName: service })],
      exports: [options.configToken, options.database],
    };
  }
}
