export * from './lib/national-id';
export * from './lib/national-id-vault';
export * from './lib/national-id-env';
