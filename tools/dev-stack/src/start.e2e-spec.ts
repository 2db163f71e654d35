// `npm start -- --smoke`, for real: the orchestrator as a child process against the local PostgreSQL (scratch
// database names, a scratch state directory and free ports, so a developer's own stack is never touched),
// and once more on embedded PGlite.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseUrlFor, dropDatabase, withPgClient } from '@bayu/platform/db';
import { freePort, userToken } from '@bayu/platform/testing';
import { AWARDEES_2022, CRAFTSMEN_2022, nationalIdOf } from '@bayu/dev/demo-data';
import { TS_REGISTER, WORKSPACE_ROOT } from './paths';

const ADMIN_URL = process.env.DATABASE_ADMIN_URL ?? 'postgresql://root@127.0.0.1:5432/postgres';
const CLI = join(__dirname, 'cli.ts');

interface Run {
  readonly code: number | null;
  readonly output: string;
  readonly stackId: string;
}

/**
 * Runs cli.ts to completion with a clean BAYU_* environment plus `env`. With `whileUp`, the stack runs
 * without --smoke: once the banner is out, `whileUp` runs and then the stack gets SIGINT, as from Ctrl-C.
 */
function runCli(env: Record<string, string>, options: { args?: string[]; timeoutMs?: number; whileUp?: () => Promise<void> } = {}): Promise<Run & { whileUpError?: unknown }> {
  const stackId = `e2e${randomBytes(5).toString('hex')}`;
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('BAYU_') && key !== 'OTEL_EXPORTER_OTLP_ENDPOINT'));
  const args = options.args ?? (options.whileUp ? [] : ['--smoke']);
  const child = spawn(process.execPath, ['-r', TS_REGISTER, CLI, ...args], {
    cwd: WORKSPACE_ROOT,
    env: { ...inherited, NO_COLOR: '1', BAYU_STACK_ID: stackId, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let interacted = false;
  let whileUpError: unknown;
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    if (options.whileUp && !interacted && output.includes('Press Ctrl-C to stop')) {
      interacted = true;
      options
        .whileUp()
        .catch((error: unknown) => (whileUpError = error))
        .finally(() => child.kill('SIGINT'));
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGINT'), options.timeoutMs ?? 200_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, stackId, whileUpError });
    });
  });
}

/** Processes still carrying this run's BAYU_STACK_ID (the orchestrator passes it to everything it starts). */
function leftovers(stackId: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`).includes(`BAYU_STACK_ID=${stackId}\0`)) {
        found.push(`${pid}: ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')}`);
      }
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

async function ports(): Promise<Record<string, string>> {
  return {
    BAYU_GATEWAY_PORT: String(await freePort()),
    BAYU_REGISTRY_PORT: String(await freePort()),
    BAYU_CAMPAIGN_PORT: String(await freePort()),
    BAYU_SSO_PORT: String(await freePort()),
    // Four consecutive ports for the web apps, away from 4200 (a developer's own `npm start`).
    BAYU_WEB_PORT_BASE: String(20_000 + 4 * Math.floor(Math.random() * 5_000)),
  };
}

const explain = (run: Run): string => `exit ${run.code}; output:\n${run.output.slice(-6_000)}`;

describe('npm start on the local PostgreSQL (scratch databases)', () => {
  const prefix = `bayu_devstack_${randomBytes(3).toString('hex')}_`;
  const devDir = mkdtempSync(join(tmpdir(), 'bayu-dev-stack-'));
  let env: Record<string, string>;
  let first: Run;

  beforeAll(async () => {
    env = { ...(await ports()), BAYU_DEV_DIR: devDir, BAYU_DB_PREFIX: prefix, DATABASE_ADMIN_URL: ADMIN_URL, BAYU_CITY_WORKERS: '300' };
    first = await runCli(env);
  }, 240_000);

  afterAll(async () => {
    await Promise.allSettled([dropDatabase(ADMIN_URL, `${prefix}registry`), dropDatabase(ADMIN_URL, `${prefix}campaign`)]);
    rmSync(devDir, { recursive: true, force: true });
  });

  it('starts everything, passes the smoke check through the gateway and exits 0', () => {
    expect({ code: first.code, tail: first.code === 0 ? '' : explain(first) }).toEqual({ code: 0, tail: '' });
    expect(first.output).toContain('smoke: OK');
    expect(first.output).toMatch(/smoke: read worker \S+ \([0-9a-f-]{36}, 5\d{5}\*{8}\d{3}[\dX]\) through the gateway as hrss\.clerk/);
    expect(first.output).toMatch(/the campaign projection of [0-9a-f-]{36} was readable as skills\.office/);
  });

  it('prints the URLs and the demo logins, Chinese first', () => {
    const { output } = first;
    expect(output).toContain('巴渝技能人才平台已启动 · Bayu skills-talent platform is up');
    expect(output).toContain(`http://127.0.0.1:${env.BAYU_GATEWAY_PORT}/api/v1`);
    expect(output).toContain(`http://127.0.0.1:${env.BAYU_GATEWAY_PORT}/api/docs`);
    for (const port of [env.BAYU_GATEWAY_PORT, env.BAYU_REGISTRY_PORT, env.BAYU_CAMPAIGN_PORT]) expect(output).toContain(`http://127.0.0.1:${port}/health/ready`);
    expect(output).toContain(`http://127.0.0.1:${env.BAYU_SSO_PORT}/realms/bayu/.well-known/openid-configuration`);
    expect(output).toContain('set OTEL_EXPORTER_OTLP_ENDPOINT to export');
    expect(output).toContain(`${prefix}registry on ${new URL(ADMIN_URL).host}`);
    expect(output).toMatch(/演示账号 · Demo logins/);
    expect(output).toMatch(/hrss\.clerk\s+bayu-demo-2026\s+陈小玲\s+市人力资源和社会保障局 · Municipal Human Resources and Social Security Bureau/);
    expect(output).toMatch(/skills\.office\s+bayu-demo-2026/);
    expect(output).not.toContain('service-account-');
    const webBase = Number(env.BAYU_WEB_PORT_BASE);
    expect(output).toMatch(new RegExp(`网页应用\\s+Web apps\\s+http://127\\.0\\.0\\.1:${webBase}/\\s+公众网站 Public site`));
    expect(output).toContain(`http://127.0.0.1:${webBase + 3}/  评选管理 Selection office — skills.office`);
  });

  it('serves the four agency apps, each with a config.json naming this gateway, and opens next year\'s campaign', () => {
    const webBase = Number(env.BAYU_WEB_PORT_BASE);
    for (const [i, app] of ['web-public', 'web-hrss', 'web-recommend', 'web-skills-office'].entries()) {
      expect(first.output).toContain(`smoke: ${app} serves its page at http://127.0.0.1:${webBase + i}/ with config for http://127.0.0.1:${env.BAYU_GATEWAY_PORT}`);
    }
    expect(first.output).toMatch(new RegExp(`the ${new Date().getUTCFullYear() + 1} campaign is open for recommendations until \\S+ \\(created\\)`));
  });

  it('registered the 2022 craftsmen with their honours and imported a generated city, ID numbers stored only sealed', async () => {
    expect(first.output).toContain('demo data: 20 2022 craftsmen registered, 0 already registered');
    expect(first.output).toMatch(/demo data: imported a generated city, 29\d registered, 0 already registered, \d rows in the error report/);
    expect(first.output).toContain('demo data: the 2022 最美巴渝工匠 campaign, 1200 forms, 10 awards (loaded)');
    const rows = await withPgClient(databaseUrlFor(ADMIN_URL, `${prefix}registry`), async (client) => (await client.query<{ name: string; row: string }>('SELECT name, row_to_json(w)::text AS row FROM worker w')).rows);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(CRAFTSMEN_2022.map((a) => a.name)));
    const honours = await withPgClient(databaseUrlFor(ADMIN_URL, `${prefix}registry`), async (client) => (await client.query<{ kind: string; n: number }>('SELECT kind, count(*)::int AS n FROM honour GROUP BY kind ORDER BY kind')).rows);
    expect(honours).toEqual([
      { kind: 'most-beautiful-craftsman', n: 10 },
      { kind: 'most-beautiful-craftsman-nomination', n: 10 },
    ]);
    const stored = rows.map((r) => r.row).join('\n');
    for (const awardee of AWARDEES_2022) expect(stored).not.toContain(nationalIdOf(awardee));
    expect(existsSync(join(devDir, 'secrets.json'))).toBe(true);
  });

  it('leaves no process behind', () => {
    expect(leftovers(first.stackId)).toEqual([]);
  });

  it('a second start reuses keys and data (every awardee answers 409), serves them, and stops cleanly on Ctrl-C', async () => {
    const secrets = readFileSync(join(devDir, 'secrets.json'), 'utf8');
    const keys = readFileSync(join(devDir, 'sso-keys.json'), 'utf8');
    const ids = JSON.parse(readFileSync(join(devDir, 'seeded-workers.json'), 'utf8')) as Record<string, Record<string, string>>;
    const [wangId] = Object.values(ids).map((byKey) => byKey['wang-shisen']);
    let seen: unknown;
    const second = await runCli(env, {
      whileUp: async () => {
        const token = await userToken(`http://127.0.0.1:${env.BAYU_SSO_PORT}/realms/bayu`, 'hrss.clerk', 'web-hrss');
        const response = await fetch(`http://127.0.0.1:${env.BAYU_GATEWAY_PORT}/api/v1/workers/${wangId}`, { headers: { authorization: `Bearer ${token}` } });
        seen = { status: response.status, name: ((await response.json()) as { name?: string }).name };
      },
    });
    expect({ code: second.code, whileUpError: second.whileUpError, tail: second.code === 0 ? '' : explain(second) }).toEqual({ code: 0, whileUpError: undefined, tail: '' });
    expect(seen).toEqual({ status: 200, name: '王世森' });
    expect(second.output).toContain('demo data: 0 2022 craftsmen registered, 20 already registered (409 worker.duplicate)');
    expect(second.output).toMatch(/demo data: imported a generated city, 0 registered, 29\d already registered/);
    expect(second.output).toContain('demo data: the 2022 最美巴渝工匠 campaign, 1200 forms, 10 awards (already loaded)');
    expect(second.output).toMatch(/\d+ migration\(s\) already applied/);
    expect(second.output).toMatch(/stopping \(SIGINT\): services, then broker, SSO and databases[\s\S]*gateway +INFO +SIGTERM[\s\S]*stopped in \d+ ms/);
    expect(readFileSync(join(devDir, 'secrets.json'), 'utf8')).toBe(secrets);
    expect(readFileSync(join(devDir, 'sso-keys.json'), 'utf8')).toBe(keys);
    expect(leftovers(second.stackId)).toEqual([]);
  }, 240_000);
});

describe('npm start on embedded PGlite (BAYU_FORCE_PGLITE=1)', () => {
  const devDir = mkdtempSync(join(tmpdir(), 'bayu-dev-stack-pglite-'));
  let run: Run;

  beforeAll(async () => {
    run = await runCli({ ...(await ports()), BAYU_DEV_DIR: devDir, BAYU_FORCE_PGLITE: '1', BAYU_CITY_WORKERS: '100' });
  }, 240_000);

  afterAll(() => rmSync(devDir, { recursive: true, force: true }));

  it('applies the migrations to PGlite, registers and reads back workers through the gateway, and exits 0', () => {
    expect({ code: run.code, tail: run.code === 0 ? '' : explain(run) }).toEqual({ code: 0, tail: '' });
    expect(run.output).toMatch(/registry database PGlite \S+pglite\/registry on 127\.0\.0\.1:\d+: applied \d+_created_worker_register/);
    expect(run.output).toMatch(/campaign database PGlite \S+pglite\/campaign on 127\.0\.0\.1:\d+: applied \d+_created_talent_projection/);
    expect(run.output).toContain('embedded PGlite: BAYU_FORCE_PGLITE is set');
    expect(run.output).toContain('demo data: 20 2022 craftsmen registered');
    expect(run.output).toMatch(/demo data: imported a generated city, 100 registered/);
    expect(run.output).toContain('smoke: OK');
    expect(existsSync(join(devDir, 'pglite/registry/PG_VERSION'))).toBe(true);
    expect(leftovers(run.stackId)).toEqual([]);
  });

  it('routed the outbox NOTIFYs to the relay LISTENing on another connection', () => {
    const stats = readFileSync(join(devDir, 'logs/pglite-registry.log'), 'utf8').match(/"notificationsRouted":(\d+)/);
    expect(Number(stats?.[1])).toBeGreaterThanOrEqual(10);
  });
});

describe('npm start with a port already taken', () => {
  let blocker: Server;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    blocker = createServer((socket) => socket.destroy()); // another program, not speaking HTTP
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('refuses to start, names the port and the variable that moves it, and leaves nothing running', async () => {
    const devDir = mkdtempSync(join(tmpdir(), 'bayu-dev-stack-ports-'));
    try {
      const run = await runCli({ ...(await ports()), BAYU_GATEWAY_PORT: String(port), BAYU_DEV_DIR: devDir }, { args: [], timeoutMs: 60_000 });
      expect(run.code).toBe(1);
      expect(run.output).toContain(`127.0.0.1:${port} (gateway) is taken by another program`);
      expect(run.output).toContain('BAYU_GATEWAY_PORT=<port>');
      expect(leftovers(run.stackId)).toEqual([]);
    } finally {
      rmSync(devDir, { recursive: true, force: true });
    }
  });
});
