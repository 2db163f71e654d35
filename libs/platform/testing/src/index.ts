export * from './lib/test-stack';
export * from './lib/tokens';
export * from './lib/eventually';
export * from './lib/otlp-receiver';
export * from './lib/service-process';
export * from './lib/databases';
export type { ScratchDatabase } from '@bayu/platform/db';
export * from './lib/platform';
export * from './lib/api-client';
