export * from './lib/agency-app';
export * from './lib/api-context';
export * from './lib/messages';
export * from './lib/start-web-app';
