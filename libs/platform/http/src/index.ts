export * from './lib/problem';
export * from './lib/language';
export * from './lib/to-problem';
export * from './lib/problem-details.filter';
export * from './lib/zod-validation';
export * from './lib/if-match';
export * from './lib/version-etag';
