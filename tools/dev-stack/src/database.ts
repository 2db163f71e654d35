// The two service databases: on the local PostgreSQL when it answers, otherwise on embedded PGlite
// (one data directory per database under .bayu/dev/pglite); migrations applied either way.
import { connect } from 'node:net';
import { join } from 'node:path';
import { applyMigrations, databaseUrlFor, ensureDatabase, withPgClient } from '@bayu/platform/db';
import type { StackConfig } from './config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './pglite/embedded-postgres';

export type DatabaseOwner = 'registry' | 'campaign';
export const DATABASE_OWNERS: readonly DatabaseOwner[] = ['registry', 'campaign'];

export interface ServiceDatabase {
  readonly owner: DatabaseOwner;
  readonly url: string;
  /** Shown in the banner: `bayu_registry on 127.0.0.1:5432` or `PGlite .bayu/dev/pglite/registry`. */
  readonly description: string;
  /** Identifies the data (for remembering seeded ids): server + database, or the PGlite data directory. */
  readonly identity: string;
  readonly applied: readonly string[];
  readonly alreadyApplied: readonly string[];
}

export interface Databases {
  readonly kind: 'postgresql' | 'pglite';
  readonly registry: ServiceDatabase;
  readonly campaign: ServiceDatabase;
  /** Why PGlite was chosen, when it was. */
  readonly reason?: string;
  stop(): Promise<void>;
}

function tcpReachable(url: string, timeoutMs = 1_500): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 5432) });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function onPostgres(config: StackConfig, migrationsDir: (owner: DatabaseOwner) => string): Promise<Databases> {
  const { host } = new URL(config.adminUrl);
  const prepare = async (owner: DatabaseOwner): Promise<ServiceDatabase> => {
    const name = `${config.dbPrefix}${owner}`;
    await ensureDatabase(config.adminUrl, name);
    const url = databaseUrlFor(config.adminUrl, name);
    const report = await applyMigrations(url, migrationsDir(owner));
    return { owner, url, description: `${name} on ${host}`, identity: `postgresql://${host}/${name}`, applied: report.applied, alreadyApplied: report.alreadyApplied };
  };
  const [registry, campaign] = [await prepare('registry'), await prepare('campaign')];
  return { kind: 'postgresql', registry, campaign, stop: async () => undefined };
}

async function onPglite(config: StackConfig, migrationsDir: (owner: DatabaseOwner) => string, reason: string): Promise<Databases> {
  const servers: EmbeddedPostgres[] = [];
  const stop = async (): Promise<void> => {
    await Promise.allSettled(servers.map((s) => s.stop()));
  };
  try {
    const started = await Promise.allSettled(
      DATABASE_OWNERS.map((owner) =>
        startEmbeddedPostgres({
          name: owner,
          dataDir: join(config.devDir, 'pglite', owner),
          logFile: join(config.logDir, `pglite-${owner}.log`),
          env: { ...process.env, BAYU_STACK_ID: config.stackId },
        }),
      ),
    );
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const prepare = async (server: EmbeddedPostgres): Promise<ServiceDatabase> => {
      const owner = server.name as DatabaseOwner;
      const report = await applyMigrations(server.url, migrationsDir(owner));
      const relative = server.dataDir.startsWith(`${config.root}/`) ? server.dataDir.slice(config.root.length + 1) : server.dataDir;
      return { owner, url: server.url, description: `PGlite ${relative} on 127.0.0.1:${server.port}`, identity: `pglite:${server.dataDir}`, applied: report.applied, alreadyApplied: report.alreadyApplied };
    };
    const [registry, campaign] = await Promise.all(servers.map(prepare));
    if (!registry || !campaign) throw new Error('PGlite did not start both databases');
    return { kind: 'pglite', registry, campaign, reason, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Rows in the registry's worker table (0 when it cannot be read). */
export async function countWorkers(registryUrl: string): Promise<number> {
  try {
    return await withPgClient(registryUrl, async (client) => (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM worker')).rows[0]?.n ?? 0);
  } catch {
    return 0;
  }
}

/**
 * PostgreSQL when the admin URL answers (and BAYU_FORCE_PGLITE is not set), else PGlite. A server that
 * accepts connections but refuses ours is an error, not a reason to fall back silently.
 */
export async function prepareDatabases(config: StackConfig, log: (msg: string) => void): Promise<Databases> {
  const migrationsDir = (owner: DatabaseOwner): string => join(config.root, 'apps', owner, 'prisma/migrations');
  if (config.forcePglite) return onPglite(config, migrationsDir, 'BAYU_FORCE_PGLITE is set');
  if (!(await tcpReachable(config.adminUrl))) {
    log(`PostgreSQL is not reachable at ${redact(config.adminUrl)}: using embedded PGlite (data in ${join(config.devDir, 'pglite')})`);
    return onPglite(config, migrationsDir, `PostgreSQL not reachable at ${new URL(config.adminUrl).host}`);
  }
  try {
    await withPgClient(config.adminUrl, (client) => client.query('SELECT 1'));
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${redact(config.adminUrl)} accepts connections but not ours (${error instanceof Error ? error.message : String(error)}). ` +
        'Fix DATABASE_ADMIN_URL, or run on embedded PGlite with BAYU_FORCE_PGLITE=1.',
    );
  }
  return onPostgres(config, migrationsDir);
}
