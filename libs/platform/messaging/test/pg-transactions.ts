import { Pool, type PoolClient } from 'pg';
import type { RawSql, TransactionRunner } from '../src/lib/sql';

/** RawSql over a plain pg connection, standing in for a Prisma transaction client in these tests. */
function rawSqlOf(client: PoolClient): RawSql {
  return {
    $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0,
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await client.query(query, values)).rows as T,
  };
}

export function pgTransactions(url: string): { run: TransactionRunner<RawSql>; pool: Pool } {
  const pool = new Pool({ connectionString: url, max: 4 });
  // pool.end() resolves before every backend has closed, and the scratch database is then dropped WITH
  // (FORCE): a connection still closing is terminated by the server, which must not fail the next test.
  pool.on('error', () => undefined);
  const run: TransactionRunner<RawSql> = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(rawSqlOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  return { run, pool };
}
