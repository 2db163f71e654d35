/** The slice of a Prisma (transaction) client that shared tables are written through with plain SQL. */
export interface RawSql {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Runs `fn` in one database transaction, e.g. `(fn) => prisma.$transaction(fn)`. */
export type TransactionRunner<Tx extends RawSql> = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;
