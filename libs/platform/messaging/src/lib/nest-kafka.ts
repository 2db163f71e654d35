import type { KafkaContext } from '@nestjs/microservices';
import type { IncomingMessage } from './idempotent-consumer';

/** Adapts Nest's KafkaContext to what the idempotent consumer reads. */
export function incomingFromKafkaContext(context: KafkaContext): IncomingMessage {
  const message = context.getMessage();
  const heartbeat = context.getHeartbeat();
  return {
    topic: context.getTopic(),
    partition: context.getPartition(),
    offset: message.offset,
    key: message.key,
    value: message.value,
    headers: (message.headers ?? {}) as Record<string, unknown>,
    heartbeat: () => heartbeat(),
  };
}
