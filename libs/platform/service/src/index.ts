export * from './lib/health.controller';
export * from './lib/service-kit.module';
export * from './lib/bootstrap';
export * from './lib/service-platform.module';
export * from './lib/consumers';
