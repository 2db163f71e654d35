export * from './lib/zip';
export * from './lib/pdf-pages';
export * from './lib/images';
export * from './lib/documents';
