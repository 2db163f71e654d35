import type { DynamicModule } from '@nestjs/common';
import type { ServiceName } from '@bayu/contracts';
import { bootstrapService, type RunningService } from './bootstrap';
import { kafkaConsumersOf } from './consumers';

/**
 * A service's Nest application in the test process, on a free port, with its real database and broker
 * behind it; `consumers` also starts its Kafka consumers (the groups the catalogue gives it).
 */
export function startServiceInProcess(service: ServiceName, module: DynamicModule, options: { kafkaBrokers: readonly string[]; consumers?: boolean }): Promise<RunningService> {
  return bootstrapService(module, {
    service,
    title: service,
    description: `${service} under test`,
    port: 0,
    host: '127.0.0.1',
    drainMs: 0,
    ...(options.consumers ? { consumers: kafkaConsumersOf(service, options.kafkaBrokers) } : {}),
  });
}
