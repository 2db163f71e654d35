export * from './lib/object-store';
export * from './lib/local-disk-store';
export * from './lib/s3-store';
export * from './lib/object-store-env';
