export * from './lib/object-store';
export * from './lib/local-disk-store';
