// Runs the built services (dist/apps/<name>/src/main.js) with plain node, as their containers do: every
// log line goes whole to .bayu/dev/logs/<name>.log and, one line each, to the console.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ServiceName } from './config';
import { formatLogLine, isConsoleNoise } from './log-format';

export interface ServiceSpec {
  readonly name: ServiceName;
  readonly port: number;
  readonly host: string;
  readonly env: Readonly<Record<string, string>>;
}

export interface RunningService {
  readonly name: ServiceName;
  readonly url: string;
  readonly pid: number;
  readonly logFile: string;
  /** Settles when the process exits, with its exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

export interface ServiceRuntime {
  readonly root: string;
  readonly logDir: string;
  readonly print: (line: string) => void;
  readonly colour: boolean;
  /** Also show Nest's start-up listings on the console (they are always in the log file). */
  readonly verbose?: boolean;
  readonly readyTimeoutMs?: number;
}

const TAIL_LINES = 30;
const ROTATE_BYTES = 20 * 1024 * 1024;

/** Appends to <logDir>/<name>.log, moving a file over 20 MB to <name>.log.1 first. */
export function openLogFile(logDir: string, name: string): { path: string; stream: WriteStream } {
  mkdirSync(logDir, { recursive: true });
  const path = join(logDir, `${name}.log`);
  if (existsSync(path) && statSync(path).size > ROTATE_BYTES) renameSync(path, `${path}.1`);
  return { path, stream: createWriteStream(path, { flags: 'a' }) };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function startService(spec: ServiceSpec, runtime: ServiceRuntime): Promise<RunningService> {
  const entry = join(runtime.root, 'dist/apps', spec.name, 'src/main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (npx nx run-many -t build -p gateway registry campaign)`);
  const log = openLogFile(runtime.logDir, spec.name);
  const tail: string[] = [];
  // kafkajs 2.2.4 arms a timer for `throttledUntil - Date.now()` with throttledUntil = -1 (no throttle), which
  // Node 24 reports as a TimeoutNegativeWarning on every start; the timer fires at once either way.
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', '--disable-warning=TimeoutNegativeWarning', entry], {
    cwd: runtime.root,
    env: { ...spec.env, PORT: String(spec.port), HOST: spec.host },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onLine = (line: string, plainLevel: string): void => {
    log.stream.write(`${line}\n`);
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    if (runtime.verbose || !isConsoleNoise(line)) runtime.print(formatLogLine(line, spec.name, { colour: runtime.colour, plainLevel }));
  };
  const streamsDone = [child.stdout, child.stderr].map((stream, i) => {
    if (!stream) return Promise.resolve();
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    lines.on('line', (line) => onLine(line, i === 0 ? 'info' : 'warn'));
    return new Promise<void>((resolve) => lines.once('close', () => resolve()));
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      void Promise.all(streamsDone).then(() => {
        log.stream.end();
        resolve(code);
      });
    });
    child.once('error', () => resolve(null));
  });
  let dead = false;
  void exited.then(() => (dead = true));

  const host = spec.host === '0.0.0.0' ? '127.0.0.1' : spec.host;
  const url = `http://${host}:${spec.port}`;
  const deadline = Date.now() + (runtime.readyTimeoutMs ?? 90_000);
  for (;;) {
    if (dead) throw new Error(`${spec.name} exited during start-up (see ${log.path}); its last lines:\n${tail.join('\n')}`);
    const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
    if (response?.ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`${spec.name} was not ready at ${url}/health/ready within ${runtime.readyTimeoutMs ?? 90_000} ms (see ${log.path})`);
    }
    await sleep(250);
  }

  return {
    name: spec.name,
    url,
    pid: child.pid ?? -1,
    logFile: log.path,
    exited,
    stop: async (graceMs = 15_000) => {
      if (!dead) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
