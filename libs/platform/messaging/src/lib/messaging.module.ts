import { Inject, Injectable, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import type { ServiceName } from '@bayu/contracts';
import { createLogger, Readiness } from '@bayu/platform/observability';
import { KafkaConnection } from './kafka-connection';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';

export interface MessagingModuleOptions {
  readonly service: ServiceName;
  readonly brokers: readonly string[];
  readonly clientId?: string;
  /** The service database, where its outbox table lives. */
  readonly databaseUrl: string;
  readonly logLevel?: string;
  /** Run the outbox relay in this process (default true). */
  readonly relay?: boolean;
}

const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly relay?: OutboxRelay;

  constructor(
    @Inject(MESSAGING_OPTIONS) options: MessagingModuleOptions,
    private readonly kafka: KafkaConnection,
    readiness: Readiness,
  ) {
    readiness.register('kafka', () => kafka.checkReady());
    if (options.relay !== false) {
      this.relay = new OutboxRelay({
        databaseUrl: options.databaseUrl,
        producer: () => kafka.producer(),
        logger: createLogger({ service: options.service, ...(options.logLevel ? { level: options.logLevel } : {}) }).child({ component: 'outbox-relay' }),
      });
    }
  }

  onApplicationBootstrap(): void {
    this.relay?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.kafka.close();
  }
}

/** Outbox, relay and the Kafka producer for one service. */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: KafkaConnection, useValue: new KafkaConnection({ brokers: options.brokers, clientId: options.clientId ?? options.service }) },
        { provide: Outbox, useValue: new Outbox(options.service) },
        MessagingLifecycle,
      ],
      exports: [KafkaConnection, Outbox],
    };
  }
}
