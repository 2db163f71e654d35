// The orchestrator process (started by cli.ts in its own process group): starts the stack, seeds the demo
// data, prints the banner, then runs until SIGINT/SIGTERM (or, with --smoke, verifies and stops).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { demoLogins, renderBanner } from './banner';
import { loadStackConfig, type StackConfig } from './config';
import { stackLogger } from './log-format';
import { seedAwardees, seedCampaign2022, seedCity, smokeCheck, type SeedResult } from './seed';
import { seedOpenCampaign, smokeCheckWebApps } from './seed-open-campaign';
import { startStack, type RunningStack, type StackLog } from './stack';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One stack per state directory: two would share PGlite data and seed state. */
function acquireLock(devDir: string): () => void {
  const file = join(devDir, 'stack.pid');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    let alive = false;
    try {
      // Alive and still an orchestrator (a recycled pid is not).
      alive = pid > 0 && pid !== process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('dev-stack/src/engine');
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`another dev stack (pid ${pid}) is running with state directory ${devDir}; stop it first, or set BAYU_DEV_DIR`);
  }
  writeFileSync(file, `${process.pid}\n`);
  return () => rmSync(file, { force: true });
}

async function seedAndShow(config: StackConfig, stack: RunningStack, log: StackLog, print: (line: string) => void): Promise<SeedResult | undefined> {
  let seed: SeedResult | undefined;
  if (config.seed && stack.sealedWithLostKeys === 0) {
    try {
      seed = await seedAwardees(stack.gatewayUrl, stack.sso, join(config.devDir, 'seeded-workers.json'), stack.databases.registry.identity);
      log('info', `demo data: ${seed.created.length} 2022 craftsmen registered, ${seed.existing.length} already registered (409 worker.duplicate)`);
      const history = await seedCampaign2022(stack.databases.campaign.url, stack.secrets);
      const forms = Object.values(history.byStatus).reduce((a, b) => a + b, 0);
      log('info', `demo data: the 2022 最美巴渝工匠 campaign, ${forms} forms, ${history.byStatus.awarded ?? 0} awards (${history.created ? 'loaded' : 'already loaded'})`);
      const open = await seedOpenCampaign(stack.gatewayUrl, stack.sso);
      log('info', `demo data: the ${open.year} campaign is open for recommendations until ${open.formDeadline} (${open.created ? 'created' : 'already there'})`);
      if (config.cityWorkers > 0) {
        const city = await seedCity(stack.gatewayUrl, stack.sso, config.cityWorkers);
        log('info', `demo data: imported a generated city, ${city.registered} registered, ${city.alreadyRegistered} already registered, ${city.rejected} rows in the error report (import ${city.importId})`);
      }
    } catch (error) {
      if (config.smoke) throw error;
      log('error', `demo data could not be seeded: ${message(error)}`);
    }
  }
  const exampleKey = seed && Object.keys(seed.ids)[0];
  const rel = (path: string): string => (path.startsWith(config.root) ? relative(config.root, path) : path);
  print(
    renderBanner({
      gatewayUrl: stack.gatewayUrl,
      services: (['gateway', 'registry', 'campaign'] as const).map((name) => ({ name, url: stack.services[name].url })),
      realmUrl: stack.sso.realmUrl,
      webApps: Object.entries(stack.web.urls).map(([name, url]) => ({ name, url })),
      databases: [stack.databases.registry.description, stack.databases.campaign.description],
      ...(stack.databases.reason ? { databaseNote: `嵌入式 PGlite · embedded PGlite: ${stack.databases.reason}` } : {}),
      kafka: { bootstrap: stack.broker.broker.bootstrapServers, topics: stack.broker.topics },
      tracing: process.env.OTEL_EXPORTER_OTLP_ENDPOINT ?? process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
      logDir: rel(config.logDir),
      ...(seed ? { seed: { created: seed.created.length, existing: seed.existing.length, ...(exampleKey ? { exampleId: seed.ids[exampleKey] } : {}) } } : {}),
      logins: demoLogins(stack.sso.realmFile),
      readyAfterMs: Date.now() - config.startedAt,
      smoke: config.smoke,
    }),
  );
  return seed;
}

async function main(): Promise<void> {
  const config = loadStackConfig();
  process.env.BAYU_STACK_ID = config.stackId; // inherited by the broker, SSO and PGlite processes
  mkdirSync(config.logDir, { recursive: true });
  const print = (line: string): void => void process.stdout.write(`${line}\n`);
  const log = stackLogger(print, config.colour);
  const releaseLock = acquireLock(config.devDir);

  const run: { starting?: Promise<RunningStack> } = {};
  let stopping = false;
  const shutdown = async (why: string, code: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      log(code === 0 ? 'info' : 'error', `stopping (${why}): services, then broker, SSO and databases`);
      const started = Date.now();
      const stack = await run.starting?.catch(() => undefined);
      await stack?.stop();
      releaseLock();
      log('info', `stopped in ${Date.now() - started} ms`);
      process.exit(code);
    }
    return new Promise<never>(() => undefined);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal, 0));
  // cli.ts is the parent; if it disappears without telling us (SIGKILL), stop rather than linger.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void shutdown('parent process went away', 1), 1_000).unref();

  log('info', `starting the Bayu platform (state in ${config.devDir})`);
  run.starting = startStack(config, log, print);
  let stack: RunningStack;
  try {
    stack = await run.starting;
  } catch (error) {
    log('error', message(error));
    return shutdown('start-up failed', 1);
  }
  if (stopping) return new Promise<never>(() => undefined);
  void stack.serviceExited.then(({ name, code }) => !stopping && shutdown(`${name} exited with code ${code}; see ${join(config.logDir, `${name}.log`)}`, 1));

  let seed: SeedResult | undefined;
  try {
    seed = await seedAndShow(config, stack, log, print);
  } catch (error) {
    log('error', message(error));
    return shutdown('seeding failed', 1);
  }
  if (!config.smoke) return;
  try {
    if (!seed) throw new Error('smoke mode needs the demo data, which was skipped (BAYU_SEED=0, or the keys that sealed the existing data are lost)');
    const report = await smokeCheck(stack.gatewayUrl, stack.sso, seed);
    log('info', `smoke: read worker ${report.name} (${report.workerId}, ${report.nationalIdMasked}) through the gateway as hrss.clerk`);
    for (const line of await smokeCheckWebApps(stack.web.urls, stack.gatewayUrl)) log('info', `smoke: ${line}`);
    log('info', `smoke: the campaign projection of ${report.workerId} was readable as skills.office after ${report.projectedAfterMs} ms`);
    log('info', 'smoke: OK');
    await shutdown('smoke test passed', 0);
  } catch (error) {
    log('error', `smoke: FAILED: ${message(error)}`);
    await shutdown('smoke test failed', 1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`dev stack: ${message(error)}\n`);
  process.exit(1);
});
