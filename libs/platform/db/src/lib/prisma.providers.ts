import type { Provider } from '@nestjs/common';
import { Readiness } from '@bayu/platform/observability';
import { createPrismaClient, type PrismaClientConstructor, type PrismaClientOptions } from './prisma-client';

interface PrismaLike {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $disconnect(): Promise<void>;
}

/**
 * Nest providers for a service's generated PrismaClient: injectable by its own class, checked by
 * /health/ready, disconnected after everything else has shut down.
 */
export function providePrismaClient<Client extends PrismaLike>(ClientClass: PrismaClientConstructor<Client>, options: PrismaClientOptions): Provider[] {
  return [
    {
      provide: ClientClass,
      inject: [Readiness],
      useFactory: (readiness: Readiness) => {
        const client = createPrismaClient(ClientClass, options);
        readiness.register('database', async () => {
          await client.$queryRawUnsafe('SELECT 1');
        });
        return client;
      },
    },
    {
      provide: `${ClientClass.name}:lifecycle`,
      inject: [ClientClass],
      useFactory: (client: Client) => ({ onApplicationShutdown: () => client.$disconnect() }),
    },
  ];
}
