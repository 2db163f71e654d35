// Starts the whole platform on this machine, in dependency order, and stops it in reverse:
//   databases (PostgreSQL or PGlite) + Kafka dev broker + dev SSO  →  registry, campaign, gateway.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DevSso } from '@bayu/dev/sso';
import type { ServiceName, StackConfig } from './config';
import { countWorkers, prepareDatabases, type Databases } from './database';
import { startBroker, startSso, type Broker } from './infrastructure';
import { assertPortsFree } from './ports';
import { loadOrCreateSecrets, type DevSecrets } from './secrets';
import { startService, type RunningService, type ServiceSpec } from './services';
import { startWebApps, type WebApps } from './web-apps';

export type StackLog = (level: 'info' | 'warn' | 'error', msg: string) => void;

export interface RunningStack {
  readonly databases: Databases;
  readonly broker: Broker;
  readonly sso: DevSso;
  readonly services: Readonly<Record<ServiceName, RunningService>>;
  readonly gatewayUrl: string;
  /** The agency web apps, and any not built (start.sh builds them). */
  readonly web: WebApps;
  /**
   * Workers already in the registry database although the national-ID keys were just generated: sealed
   * with keys that are gone (someone removed .bayu/dev but kept the databases). Seeding is skipped then.
   */
  readonly sealedWithLostKeys: number;
  /** The national-ID keys the services run with (dev only), for demo data written straight to a database. */
  readonly secrets: DevSecrets;
  /** Settles when a service exits on its own (not through stop()). */
  readonly serviceExited: Promise<{ name: ServiceName; code: number | null }>;
  /** Services first (gateway, then the others), then broker, SSO and databases. Idempotent. */
  stop(): Promise<void>;
}

/** Environment variables passed through to the services: tracing and the demo password. */
const PASS_THROUGH = /^(OTEL_|BAYU_DEMO_PASSWORD$)/;

function serviceSpecs(config: StackConfig, databases: Databases, broker: Broker, sso: DevSso, secrets: ReturnType<typeof loadOrCreateSecrets>['secrets']): ServiceSpec[] {
  const inherited = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => PASS_THROUGH.test(e[0]) && e[1] !== undefined));
  const base = {
    PATH: process.env.PATH ?? '',
    TZ: 'UTC',
    NODE_ENV: 'development',
    LOG_LEVEL: config.logLevel,
    BAYU_STACK_ID: config.stackId,
    SSO_URL: sso.authServerUrl,
    ...inherited,
  };
  const kafka = { KAFKA_BROKERS: broker.broker.bootstrapServers.join(',') };
  const loopback = '127.0.0.1';
  return [
    {
      name: 'registry',
      port: config.ports.registry,
      host: loopback,
      env: {
        ...base,
        ...kafka,
        DATABASE_URL: databases.registry.url,
        NATIONAL_ID_ENCRYPTION_KEYS: secrets.nationalIdEncryptionKeys,
        NATIONAL_ID_HASH_KEY: secrets.nationalIdHashKey,
      },
    },
    {
      name: 'campaign',
      port: config.ports.campaign,
      host: loopback,
      env: {
        ...base,
        ...kafka,
        DATABASE_URL: databases.campaign.url,
        NATIONAL_ID_ENCRYPTION_KEYS: secrets.campaignNationalIdEncryptionKeys,
        NATIONAL_ID_HASH_KEY: secrets.nationalIdHashKey,
      },
    },
    {
      name: 'gateway',
      port: config.ports.gateway,
      host: config.host,
      env: {
        ...base,
        UPSTREAM_REGISTRY_URL: `http://${loopback}:${config.ports.registry}`,
        UPSTREAM_CAMPAIGN_URL: `http://${loopback}:${config.ports.campaign}`,
        CORS_ORIGINS: config.corsOrigins,
      },
    },
  ];
}

async function settleAll<T>(starts: Array<Promise<T>>, started: (value: T) => void): Promise<T[]> {
  const results = await Promise.allSettled(starts);
  for (const result of results) if (result.status === 'fulfilled') started(result.value);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

export async function startStack(config: StackConfig, log: StackLog, print: (line: string) => void): Promise<RunningStack> {
  mkdirSync(config.logDir, { recursive: true });
  await assertPortsFree([
    { name: 'gateway', port: config.ports.gateway, host: config.host, variable: 'BAYU_GATEWAY_PORT' },
    { name: 'registry', port: config.ports.registry, host: '127.0.0.1', variable: 'BAYU_REGISTRY_PORT' },
    { name: 'campaign', port: config.ports.campaign, host: '127.0.0.1', variable: 'BAYU_CAMPAIGN_PORT' },
    { name: 'dev SSO', port: config.ports.sso, host: '127.0.0.1', variable: 'BAYU_SSO_PORT' },
    ...Object.entries(config.webPorts).map(([name, port], i) => ({ name, port, host: config.host, variable: `BAYU_WEB_PORT_BASE (${name} is base + ${i})` })),
  ]);
  const { secrets, created } = loadOrCreateSecrets(join(config.devDir, 'secrets.json'));
  if (created) log('info', `generated national-ID keys into ${join(config.devDir, 'secrets.json')} (mode 600)`);

  // Everything started so far, stopped in reverse order when a later step fails or on shutdown.
  let databases: Databases | undefined;
  let broker: Broker | undefined;
  let sso: DevSso | undefined;
  const services: RunningService[] = [];
  let web: WebApps | undefined;
  let sealedWithLostKeys = 0;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await web?.stop();
      const gateway = services.filter((s) => s.name === 'gateway');
      await Promise.allSettled(gateway.map((s) => s.stop()));
      await Promise.allSettled(services.filter((s) => s.name !== 'gateway').map((s) => s.stop()));
      await Promise.allSettled([broker?.stop(), sso?.stop(), databases?.stop()]);
    })();
    return stopping;
  };

  try {
    const infraStarted = Date.now();
    await settleAll<unknown>(
      [
        prepareDatabases(config, (msg) => log('warn', msg)).then((d) => (databases = d)),
        startBroker(config).then((b) => (broker = b)),
        startSso(config).then((s) => (sso = s)),
      ],
      () => undefined,
    );
    if (!databases || !broker || !sso) throw new Error('infrastructure did not start');
    for (const db of [databases.registry, databases.campaign]) {
      const applied = db.applied.length ? `applied ${db.applied.join(', ')}` : `${db.alreadyApplied.length} migration(s) already applied`;
      log('info', `${db.owner} database ${db.description}: ${applied}`);
    }
    log('info', `Kafka dev broker ${broker.broker.bootstrapServers.join(',')} (${broker.topics} topics), dev SSO ${sso.realmUrl} — ${Date.now() - infraStarted} ms`);
    sealedWithLostKeys = created ? await countWorkers(databases.registry.url) : 0;
    if (sealedWithLostKeys > 0) {
      log(
        'warn',
        `new national-ID keys were generated, but ${databases.registry.description} already holds ${sealedWithLostKeys} worker(s) sealed with other keys: ` +
          'their ID numbers can no longer be opened or matched, and seeding again would register the awardees twice, so it is skipped. ' +
          'Restore the old secrets.json, or drop the data (tools/dev-stack/README.md, "Reset").',
      );
    }

    const runtime = { root: config.root, logDir: config.logDir, print, colour: config.colour, verbose: ['debug', 'trace'].includes(config.logLevel) };
    const specs = serviceSpecs(config, databases, broker, sso, secrets);
    const servicesStarted = Date.now();
    await settleAll(
      specs.map((spec) => startService(spec, runtime)),
      (service) => services.push(service),
    );
    log('info', `services ready in ${Date.now() - servicesStarted} ms`);
    const gatewayService = services.find((s) => s.name === 'gateway');
    web = await startWebApps(config, gatewayService?.url ?? `http://${config.host}:${config.ports.gateway}`, sso.realmUrl);
    if (web.missing.length > 0) log('warn', `web app(s) not built, not served: ${web.missing.join(', ')} (npx nx run-many -t build -p ${web.missing.join(' ')})`);
  } catch (error) {
    await stop();
    throw error;
  }

  const byName = Object.fromEntries(services.map((s) => [s.name, s])) as Record<ServiceName, RunningService>;
  const serviceExited = Promise.race(services.map((s) => s.exited.then((code) => ({ name: s.name, code }))));
  return {
    databases,
    broker,
    sso,
    services: byName,
    gatewayUrl: byName.gateway.url,
    web: web!,
    sealedWithLostKeys,
    secrets,
    serviceExited,
    stop,
  };
}
