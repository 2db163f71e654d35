import { Kafka, logLevel, type IHeaders } from 'kafkajs';

export interface ReadMessage {
  readonly key: string;
  readonly value: string;
  readonly headers: Record<string, string>;
  readonly partition: number;
  readonly offset: string;
}

function headersOf(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString() : String(v)]));
}

/** Reads everything on a topic from the beginning until `count` messages arrived (or the time is up). */
export async function readTopic(brokers: string[], topic: string, count: number, timeoutMs = 15_000): Promise<ReadMessage[]> {
  const kafka = new Kafka({ clientId: 'test-reader', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `reader-${topic}-${Math.random().toString(36).slice(2)}`, maxWaitTimeInMs: 200 });
  const messages: ReadMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    void consumer.run({
      eachMessage: async ({ message, partition }) => {
        messages.push({ key: message.key?.toString() ?? '', value: message.value?.toString() ?? '', headers: headersOf(message.headers), partition, offset: message.offset });
        if (messages.length >= count) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return messages;
}
