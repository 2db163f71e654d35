export * from './lib/services';
export * from './lib/catalogue-types';
export * from './lib/topics';
export * from './lib/catalogue';
export * from './lib/envelope';
export * from './lib/events/talent';
export * from './lib/events/award';
export { buildAsyncApiDocument } from './lib/asyncapi';
export * from './lib/files/worker-import';
