import type { Provider, Type } from '@nestjs/common';
import type { ServiceName } from '@bayu/contracts';
import { createLogger } from '@bayu/platform/observability';
import type { RawSql } from '@bayu/platform/db';
import { IdempotentConsumer } from './idempotent-consumer';
import { KafkaConnection } from './kafka-connection';

interface TransactionalClient {
  $transaction<T>(fn: (tx: RawSql) => Promise<T>): Promise<T>;
}

/**
 * The IdempotentConsumer of one consumer group, on the service's own database (its PrismaClient class is
 * the injection token) and Kafka producer (for dead letters). `configToken` provides `LOG_LEVEL`.
 */
export function provideIdempotentConsumer(options: { service: ServiceName; group: string; database: Type<unknown>; configToken: symbol }): Provider {
  return {
    provide: IdempotentConsumer,
    inject: [options.database, KafkaConnection, options.configToken],
    useFactory: (db: TransactionalClient, kafka: KafkaConnection, config: { LOG_LEVEL?: string }) =>
      new IdempotentConsumer({
        group: options.group,
        runInTransaction: (fn) => db.$transaction(fn),
        producer: () => kafka.producer(),
        logger: createLogger({ service: options.service, ...(config.LOG_LEVEL ? { level: config.LOG_LEVEL } : {}) }).child({ component: 'consumer', group: options.group }),
      }),
  };
}
