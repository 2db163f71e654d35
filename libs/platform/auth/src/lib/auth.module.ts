import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { TokenVerifier, type TokenVerifierConfig } from './token-verifier';

@Module({})
export class AuthModule {
  /** Installs bearer validation and the deny-by-default AccessGuard for the whole application. */
  static forRoot(config: TokenVerifierConfig): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      // The route audit (every endpoint declares its access policy) walks controllers through discovery.
      imports: [DiscoveryModule],
      providers: [{ provide: TokenVerifier, useValue: new TokenVerifier(config) }, { provide: APP_GUARD, useClass: AccessGuard }],
      exports: [TokenVerifier],
    };
  }
}
