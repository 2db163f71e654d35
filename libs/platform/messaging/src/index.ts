export * from './lib/sql';
export * from './lib/backoff';
export * from './lib/outbox';
export * from './lib/outbox-relay';
export * from './lib/idempotent-consumer';
export * from './lib/kafka-connection';
export * from './lib/nest-kafka';
export * from './lib/messaging.module';
