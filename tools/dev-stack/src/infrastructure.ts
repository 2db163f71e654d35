// The two pieces every service needs besides its database: the Kafka-protocol dev broker with the
// catalogue's topics, and the Keycloak-shaped dev SSO whose signing key survives restarts.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { listKafkaTopics } from '@bayu/contracts';
import { startDevBroker, type DevBroker } from '@bayu/dev/broker';
import { startDevSso, type DevSso } from '@bayu/dev/sso';
import type { StackConfig } from './config';

export interface Broker {
  readonly broker: DevBroker;
  readonly topics: number;
  stop(): Promise<void>;
}

/** `config.kafkaBrokers` mock brokers (ids 1..N) with every catalogue topic at its partition count. */
export async function startBroker(config: StackConfig): Promise<Broker> {
  const topics = listKafkaTopics().map((t) => ({ name: t.name, partitions: t.partitions }));
  const log = createWriteStream(join(config.logDir, 'kafka-broker.log'), { flags: 'a' });
  const broker = await startDevBroker({
    brokers: config.kafkaBrokers,
    topics,
    log: (line) => log.write(`${new Date().toISOString()} ${line}\n`),
  });
  return {
    broker,
    topics: topics.length,
    stop: async () => {
      await broker.stop();
      log.end();
    },
  };
}

/** The dev SSO on config.ports.sso, keys in <devDir>/sso-keys.json so tokens stay valid across restarts. */
export function startSso(config: StackConfig): Promise<DevSso> {
  return startDevSso({ port: config.ports.sso, host: '127.0.0.1', keysFile: join(config.devDir, 'sso-keys.json') });
}
