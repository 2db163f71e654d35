export * from './lib/audit-trail';
