import type { MicroserviceOptions } from '@nestjs/microservices';
import { SUBSCRIPTIONS, type ServiceName } from '@bayu/contracts';
import { kafkaConsumerOptions } from '@bayu/platform/messaging';

/** One Kafka consumer (Nest microservice) per consumer group the catalogue gives this service. */
export function kafkaConsumersOf(service: ServiceName, brokers: readonly string[]): MicroserviceOptions[] {
  const groups = [...new Set(SUBSCRIPTIONS.filter((s) => s.service === service).map((s) => s.group))];
  return groups.map((groupId) => kafkaConsumerOptions({ brokers, clientId: service, groupId }));
}
