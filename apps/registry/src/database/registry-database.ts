import type { TransactionClient } from '@bayu/platform/db';
import type { PrismaClient } from '../generated/prisma/client';

export { PrismaClient as RegistryDatabase } from '../generated/prisma/client';
export { Prisma } from '../generated/prisma/client';

/** A registry transaction: what repositories receive so they join the caller's unit of work. */
export type RegistryTx = TransactionClient<PrismaClient>;
