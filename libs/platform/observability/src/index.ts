export * from './lib/telemetry';
export * from './lib/trace-context';
export * from './lib/logger';
export * from './lib/pii-scrub';
export * from './lib/readiness';
