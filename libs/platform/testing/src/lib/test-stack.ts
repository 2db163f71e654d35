import { listKafkaTopics } from '@bayu/contracts';
import { startDevBroker, type DevBroker } from '@bayu/dev/broker';
import { startDevSso, type DevSso } from '@bayu/dev/sso';

/**
 * Real parts for a test file: its own Kafka-protocol broker (so consumer groups and offsets of one file
 * never leak into another) and the dev SSO, shared when the test command already runs one
 * (BAYU_TEST_SSO_URL) because it is stateless for tests.
 */
export interface TestStack {
  readonly broker: DevBroker;
  readonly kafkaBrokers: string[];
  readonly ssoUrl: string;
  readonly realmUrl: string;
  stop(): Promise<void>;
}

export async function startTestStack(options: { brokers?: number } = {}): Promise<TestStack> {
  const broker = await startDevBroker({
    brokers: options.brokers ?? 3,
    topics: listKafkaTopics().map((t) => ({ name: t.name, partitions: t.partitions })),
  });
  let sso: DevSso | undefined;
  let ssoUrl = process.env.BAYU_TEST_SSO_URL;
  if (!ssoUrl) {
    sso = await startDevSso();
    ssoUrl = sso.authServerUrl;
  }
  return {
    broker,
    kafkaBrokers: broker.bootstrapServers,
    ssoUrl,
    realmUrl: `${ssoUrl}/realms/bayu`,
    stop: async () => {
      await Promise.allSettled([broker.stop(), sso?.stop()]);
    },
  };
}
