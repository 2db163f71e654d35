import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { eventually } from './eventually';

const workspaceRoot = resolve(__dirname, '../../../../..');

export interface ServiceProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** Structured log lines written so far (parsed JSON; non-JSON lines kept as { raw }). */
  readonly logs: Array<Record<string, unknown>>;
  /** SIGTERM, then wait for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs a built service (dist/apps/<name>/src/main.js, from `nx build`) as its own process, the way it
 * runs in a container, and waits until /health/live answers.
 */
export async function startServiceProcess(name: string, env: Record<string, string>, options: { readyTimeoutMs?: number } = {}): Promise<ServiceProcess> {
  const entry = join(workspaceRoot, 'dist/apps', name, 'src/main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build the app first (npx nx run ${name}:build)`);
  const port = env.PORT;
  if (!port) throw new Error('PORT is required');
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', entry], {
    cwd: workspaceRoot,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', NODE_ENV: 'test', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const collect = (line: string) => {
    try {
      logs.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      logs.push({ raw: line });
    }
  };
  if (child.stdout) createInterface({ input: child.stdout }).on('line', collect);
  if (child.stderr) createInterface({ input: child.stderr }).on('line', collect);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  let dead = false;
  void exited.then(() => (dead = true));
  await eventually(
    async () => {
      if (dead) throw new Error(`${name} exited during start-up:\n${logs.map((l) => JSON.stringify(l)).slice(-20).join('\n')}`);
      const response = await fetch(`${url}/health/live`).catch(() => undefined);
      return response?.ok ? true : undefined;
    },
    { timeoutMs: options.readyTimeoutMs ?? 30_000, intervalMs: 100, what: `${name} to listen` },
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    name,
    url,
    pid: child.pid ?? -1,
    logs,
    stop: async (signal = 'SIGTERM') => {
      if (!dead) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}
