export * from './lib/client';
export * from './lib/problem';
export * from './lib/raw';
export * from './lib/types';
export * from './lib/openapi-document';
export type { paths } from './generated/schema';
