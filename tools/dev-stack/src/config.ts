// Every knob of `npm start`, read from the environment once (README.md lists them).
import { randomBytes } from 'node:crypto';
import { isAbsolute, join, resolve } from 'node:path';
import { WORKSPACE_ROOT } from './paths';

export type ServiceName = 'gateway' | 'registry' | 'campaign';

/** The agency web apps `npm start` serves, each on its own port (BAYU_WEB_PORT_BASE + offset). */
export const WEB_APPS = ['web-public', 'web-hrss', 'web-recommend', 'web-skills-office'] as const;
export type WebAppName = (typeof WEB_APPS)[number];

export interface StackConfig {
  readonly root: string;
  /** State, secrets, keys, logs and PGlite data; BAYU_DEV_DIR, default .bayu/dev. */
  readonly devDir: string;
  readonly logDir: string;
  /** Interface the gateway binds (BAYU_HOST, default 127.0.0.1); the other services stay on loopback. */
  readonly host: string;
  readonly ports: Readonly<Record<ServiceName | 'sso', number>>;
  /** Ports of the web apps: BAYU_WEB_PORT_BASE (default 4200) for the public site, then +1, +2, +3. */
  readonly webPorts: Readonly<Record<WebAppName, number>>;
  /** Database names are `${dbPrefix}registry` and `${dbPrefix}campaign` (BAYU_DB_PREFIX, default bayu_). */
  readonly dbPrefix: string;
  /** Admin connection to the local PostgreSQL (DATABASE_ADMIN_URL, or BAYU_PG_HOST/BAYU_PG_PORT). */
  readonly adminUrl: string;
  /** BAYU_FORCE_PGLITE=1 uses PGlite even when PostgreSQL is reachable. */
  readonly forcePglite: boolean;
  readonly kafkaBrokers: number;
  /** BAYU_SEED=0 skips the demo data. */
  readonly seed: boolean;
  /** BAYU_CITY_WORKERS: size of the generated city imported as demo data (default 1,000). */
  readonly cityWorkers: number;
  /** --smoke or BAYU_START_SMOKE=1: start, seed, verify through the gateway, stop, exit 0. */
  readonly smoke: boolean;
  /** LOG_LEVEL of the services (BAYU_LOG_LEVEL, default info). */
  readonly logLevel: string;
  readonly corsOrigins: string;
  /** Marks every process of this stack (environment BAYU_STACK_ID), so tests can find leftovers. */
  readonly stackId: string;
  readonly colour: boolean;
  /** When `npm start` began (BAYU_START_EPOCH_MS, set by start.sh), for the start-up time in the banner. */
  readonly startedAt: number;
}

const DEFAULT_PORTS = { gateway: 3000, registry: 3101, campaign: 3102, sso: 8180 } as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function flag(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function portFrom(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`${variable}=${raw} is not a TCP port (1-65535)`);
  return port;
}

export function loadStackConfig(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): StackConfig {
  const unknown = argv.filter((arg) => arg !== '--smoke');
  if (unknown.length > 0) throw new Error(`unknown argument(s) ${unknown.join(' ')}; usage: npm start [-- --smoke]`);
  const root = WORKSPACE_ROOT;
  const devDirRaw = env.BAYU_DEV_DIR || join(root, '.bayu/dev');
  const devDir = isAbsolute(devDirRaw) ? devDirRaw : resolve(root, devDirRaw);
  const ports = {
    gateway: portFrom(env, 'BAYU_GATEWAY_PORT', DEFAULT_PORTS.gateway),
    registry: portFrom(env, 'BAYU_REGISTRY_PORT', DEFAULT_PORTS.registry),
    campaign: portFrom(env, 'BAYU_CAMPAIGN_PORT', DEFAULT_PORTS.campaign),
    sso: portFrom(env, 'BAYU_SSO_PORT', DEFAULT_PORTS.sso),
  };
  const webBase = portFrom(env, 'BAYU_WEB_PORT_BASE', 4200);
  if (webBase > 65_532) throw new Error(`BAYU_WEB_PORT_BASE=${webBase} leaves no room for the four web apps`);
  const webPorts = Object.fromEntries(WEB_APPS.map((app, i) => [app, webBase + i])) as Record<WebAppName, number>;
  const all = Object.entries({ ...ports, ...webPorts });
  const clash = all.find(([name, port]) => all.some(([other, p]) => other !== name && p === port));
  if (clash) throw new Error(`two services are configured on port ${clash[1]}; give each its own BAYU_*_PORT`);
  const dbPrefix = env.BAYU_DB_PREFIX ?? 'bayu_';
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(dbPrefix)) throw new Error(`BAYU_DB_PREFIX=${dbPrefix} must be lower-case letters, digits and underscores`);
  const logLevel = env.BAYU_LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`BAYU_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const brokers = Number(env.BAYU_KAFKA_BROKERS ?? '3');
  if (!Number.isInteger(brokers) || brokers < 1 || brokers > 9) throw new Error('BAYU_KAFKA_BROKERS must be 1-9');
  const startedAt = Number(env.BAYU_START_EPOCH_MS);
  return {
    root,
    devDir,
    logDir: join(devDir, 'logs'),
    host: env.BAYU_HOST || '127.0.0.1',
    ports,
    webPorts,
    dbPrefix,
    adminUrl: env.DATABASE_ADMIN_URL || `postgresql://root@${env.BAYU_PG_HOST || '127.0.0.1'}:${env.BAYU_PG_PORT || '5432'}/postgres`,
    forcePglite: flag(env.BAYU_FORCE_PGLITE),
    kafkaBrokers: brokers,
    seed: env.BAYU_SEED === undefined || flag(env.BAYU_SEED),
    cityWorkers: Math.max(0, Math.min(1_000_000, Number(env.BAYU_CITY_WORKERS ?? 1_000) || 0)),
    smoke: argv.includes('--smoke') || flag(env.BAYU_START_SMOKE),
    logLevel,
    corsOrigins: env.BAYU_CORS_ORIGINS || Object.values(webPorts).flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]).join(','),
    stackId: env.BAYU_STACK_ID || randomBytes(6).toString('hex'),
    colour: env.NO_COLOR === undefined && (flag(env.FORCE_COLOR) || Boolean(process.stdout.isTTY)),
    startedAt: Number.isFinite(startedAt) && startedAt > 0 ? startedAt : Date.now(),
  };
}
