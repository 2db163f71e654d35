// The embedded PostgreSQL of the dev stack: one PGlite database per service database, each in its own
// child process (PGlite executes queries synchronously on its thread; a process each keeps the two
// services and the orchestrator from waiting on one another) and persisted in its own data directory.
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TS_REGISTER } from '../paths';
import type { PgliteServerOptions } from './server-process';

export interface EmbeddedPostgres {
  readonly name: string;
  readonly dataDir: string;
  readonly port: number;
  /** postgresql:// URL; PGlite has exactly one database (`postgres`), whatever name a client asks for. */
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  readonly name: string;
  readonly dataDir: string;
  /** Server output (start-up, stalls, failures) is appended here. */
  readonly logFile: string;
  readonly port?: number;
  readonly host?: string;
  /** Creating a data directory runs initdb: about 5 s; opening an existing one about 1.5 s. */
  readonly startTimeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
}

type ChildMessage = { type: 'ready'; port: number } | { type: 'failed'; message: string };

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  mkdirSync(dirname(options.dataDir), { recursive: true });
  mkdirSync(dirname(options.logFile), { recursive: true });
  const host = options.host ?? '127.0.0.1';
  const serverOptions: PgliteServerOptions = { name: options.name, dataDir: options.dataDir, port: options.port ?? 0, host };
  const logFd = openSync(options.logFile, 'a');
  const child = fork(join(__dirname, 'server-process.ts'), [JSON.stringify(serverOptions)], {
    execArgv: ['-r', TS_REGISTER],
    stdio: ['ignore', logFd, logFd, 'ipc'],
    env: options.env ?? process.env,
  });
  closeSync(logFd);
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`PGlite ${options.name} did not start within ${timeoutMs} ms (see ${options.logFile})`)), timeoutMs);
      child.on('message', (message: ChildMessage) => {
        clearTimeout(timer);
        if (message.type === 'ready') resolve(message.port);
        else reject(new Error(`PGlite ${options.name} failed to start: ${message.message.split('\n')[0]} (see ${options.logFile})`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`PGlite ${options.name} exited during start-up (code ${code}, signal ${signal}; see ${options.logFile})`));
      });
    });
  } catch (error) {
    child.kill('SIGKILL');
    await exited(child);
    throw error;
  }
  child.removeAllListeners('exit');

  let stopping: Promise<void> | undefined;
  return {
    name: options.name,
    dataDir: options.dataDir,
    port,
    url: `postgresql://postgres@${host}:${port}/postgres`,
    pid: child.pid ?? -1,
    stop: () => {
      stopping ??= (async () => {
        if (child.connected) child.send('stop');
        else child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited(child);
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
