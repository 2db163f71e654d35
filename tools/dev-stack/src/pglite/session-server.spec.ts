// The multiplexer against a real (in-memory) PGlite, with the clients our services use: pg pools with
// parameterised (extended-protocol) queries, transactions, LISTEN/NOTIFY, and our migration runner.
import { PGlite } from '@electric-sql/pglite';
import { Client, Pool } from 'pg';
import { join } from 'node:path';
import { applyMigrations } from '@bayu/platform/db';
import { WORKSPACE_ROOT } from '../paths';
import { PgliteSessionServer } from './session-server';

describe('PgliteSessionServer', () => {
  let db: PGlite;
  let server: PgliteSessionServer;
  let url: string;
  const logs: string[] = [];

  beforeAll(async () => {
    db = await PGlite.create('memory://');
    server = new PgliteSessionServer(db, (line) => logs.push(line));
    url = `postgresql://root@127.0.0.1:${await server.listen(0)}/bayu_registry`;
    const client = new Client(url);
    await client.connect();
    await client.query('CREATE TABLE t (id int PRIMARY KEY, v text)');
    await client.query(`INSERT INTO t SELECT g, 'v' || g FROM generate_series(0, 99) g`);
    await client.end();
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('keeps concurrent extended-protocol batches and transactions of pooled connections apart', async () => {
    const pools = [new Pool({ connectionString: url, max: 5 }), new Pool({ connectionString: url, max: 5 })];
    const big = 'x'.repeat(200_000); // spans several TCP reads: the case that interleaves in pglite-socket 0.2.17
    const outcomes = await Promise.all(
      Array.from({ length: 240 }, async (_, k) => {
        const pool = pools[k % 2]!;
        const id = k % 100;
        if (k % 3 === 0) {
          const { rows } = await pool.query('SELECT v, length($2::text) AS n FROM t WHERE id = $1', [id, big]);
          return rows[0]?.v === `v${id}` && rows[0]?.n === big.length;
        }
        if (k % 3 === 1) return (await pool.query('SELECT v FROM t WHERE id = $1', [id])).rows[0]?.v === `v${id}`;
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('UPDATE t SET v = $2 WHERE id = $1', [id, `tx${k}`]);
          await new Promise((resolve) => setTimeout(resolve, 1));
          const seen = (await client.query('SELECT v FROM t WHERE id = $1', [id])).rows[0]?.v;
          await client.query('ROLLBACK');
          return seen === `tx${k}`;
        } finally {
          client.release();
        }
      }),
    );
    await Promise.all(pools.map((p) => p.end()));
    expect(outcomes.filter((ok) => !ok)).toHaveLength(0);
  });

  it('delivers NOTIFY to the connection that LISTENs, not to the one that committed', async () => {
    const listener = new Client(url);
    const notifier = new Client(url);
    await Promise.all([listener.connect(), notifier.connect()]);
    const heard: string[] = [];
    const echoed: string[] = [];
    listener.on('notification', (n) => heard.push(`${n.channel}:${n.payload ?? ''}`));
    notifier.on('notification', (n) => echoed.push(n.channel));
    await listener.query('LISTEN bayu_outbox');
    await notifier.query('BEGIN');
    await notifier.query(`NOTIFY bayu_outbox, 'one'`);
    await notifier.query('COMMIT');
    await notifier.query(`SELECT pg_notify('other_channel', 'x')`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual(['bayu_outbox:one']);
    expect(echoed).toEqual([]);
    await Promise.all([listener.end(), notifier.end()]);
  });

  it('rolls back what a connection left open when it goes away, and lets the others go on', async () => {
    const quitter = new Client(url);
    const other = new Client(url);
    await Promise.all([quitter.connect(), other.connect()]);
    quitter.on('error', () => undefined);
    await quitter.query('BEGIN');
    await quitter.query(`UPDATE t SET v = 'dirty' WHERE id = 1`);
    const waiting = other.query('SELECT v FROM t WHERE id = 1'); // queued behind the open transaction
    await new Promise((resolve) => setTimeout(resolve, 100));
    (quitter as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await waiting).rows).toEqual([{ v: 'v1' }]);
    await other.end();
  });

  it('runs our migration runner (advisory lock, multi-statement script, _prisma_migrations) twice', async () => {
    const dir = join(WORKSPACE_ROOT, 'apps/registry/prisma/migrations');
    const first = await applyMigrations(url, dir);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(await applyMigrations(url, dir)).toEqual({ applied: [], alreadyApplied: first.applied });
  });

  it('answers every connection as the one database `postgres`, whatever name it asked for', async () => {
    const client = new Client(url.replace(/\/bayu_registry$/, '/anything_else'));
    await client.connect();
    expect((await client.query('SELECT current_database() AS db')).rows).toEqual([{ db: 'postgres' }]);
    await client.end();
    expect(server.stats.openConnections).toBeLessThanOrEqual(1);
  });
});
