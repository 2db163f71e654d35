import { PrismaPg } from '@prisma/adapter-pg';

export interface PrismaClientOptions {
  readonly url: string;
  readonly poolMax?: number;
  readonly applicationName: string;
}

/** What every service's generated PrismaClient class looks like from here. */
export type PrismaClientConstructor<Client> = new (options: { adapter: PrismaPg }) => Client;

/**
 * One Prisma client per service, each on its own database, running on the pg driver adapter
 * (Prisma 7's query compiler; no native engine).
 */
export function createPrismaClient<Client>(ClientClass: PrismaClientConstructor<Client>, options: PrismaClientOptions): Client {
  const adapter = new PrismaPg({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    application_name: options.applicationName,
  });
  return new ClientClass({ adapter });
}

/** True for Prisma's unique-constraint violation (P2002), however the driver adapter reports it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** What a repository receives inside `$transaction(fn)`: the client minus connection and transaction control. */
export type TransactionClient<Client> = Omit<Client, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
