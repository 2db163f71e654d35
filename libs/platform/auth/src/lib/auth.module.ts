import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { TokenVerifier, type TokenVerifierConfig } from './token-verifier';

@Module({})
export class AuthModule {
  /** Installs bearer validation and the deny-by-default AccessGuard for the whole application. */
  static forRoot(config: TokenVerifierConfig): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [{ provide: TokenVerifier, useValue: new TokenVerifier(config) }, { provide: APP_GUARD, useClass: AccessGuard }],
      exports: [TokenVerifier],
    };
  }
}
