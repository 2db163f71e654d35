import { ClientKafka, Transport, type KafkaOptions, type MicroserviceOptions } from '@nestjs/microservices';
import { Partitioners, type Admin, type Kafka, type Producer, type KafkaConfig } from 'kafkajs';

export interface KafkaSettings {
  readonly brokers: readonly string[];
  readonly clientId: string;
}

function clientConfig(settings: KafkaSettings): KafkaConfig {
  return {
    clientId: settings.clientId,
    brokers: [...settings.brokers],
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 200, retries: 5 },
  };
}

/**
 * The service's producer, through @nestjs/microservices' Kafka client in producer-only mode. Not
 * idempotent and not transactional: correctness comes from the outbox and idempotent consumers.
 */
export class KafkaConnection {
  private readonly client: ClientKafka;
  private admin?: Promise<Admin>;

  constructor(readonly settings: KafkaSettings) {
    this.client = new ClientKafka({
      client: clientConfig(settings),
      producer: { allowAutoTopicCreation: false, idempotent: false, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner },
      producerOnlyMode: true,
      postfixId: '',
    });
  }

  /** Connects on first use and after a failed attempt. */
  producer(): Promise<Producer> {
    return this.client.connect();
  }

  /** Ready when a broker answers a metadata request. */
  async checkReady(timeoutMs = 2_000): Promise<void> {
    await this.client.connect();
    this.admin ??= (async () => {
      const admin = (this.client.unwrap() as Kafka).admin();
      await admin.connect();
      return admin;
    })().catch((error: unknown) => {
      this.admin = undefined;
      throw error;
    });
    const admin = await this.admin;
    const cluster = await Promise.race([
      admin.describeCluster(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no broker answered within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    if (cluster.brokers.length === 0) throw new Error('the cluster reports no brokers');
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.then((a) => a.disconnect()).catch(() => undefined);
    await this.client.close();
  }
}

/**
 * Options for `app.connectMicroservice()`: the Kafka server of @nestjs/microservices consuming as one
 * consumer group. Group and client ids are kept exactly as given (no "-server" suffix) so they match the
 * catalogue's SUBSCRIPTIONS; values stay raw bytes for the idempotent consumer to decode.
 */
export function kafkaConsumerOptions(settings: KafkaSettings & { readonly groupId: string }): MicroserviceOptions {
  const options: KafkaOptions = {
    transport: Transport.KAFKA,
    options: {
      client: clientConfig(settings),
      consumer: { groupId: settings.groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000, maxWaitTimeInMs: 500, allowAutoTopicCreation: false, retry: { retries: 8 } },
      producer: { allowAutoTopicCreation: false, idempotent: false, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner },
      subscribe: { fromBeginning: true },
      run: { autoCommit: true, partitionsConsumedConcurrently: 4 },
      parser: { keepBinary: true },
      postfixId: '',
    },
  };
  return options;
}
