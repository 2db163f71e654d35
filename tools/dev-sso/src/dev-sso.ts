// startDevSso(): runs the Keycloak-shaped dev SSO in a child Node process and resolves once it listens.
// A child process because oidc-provider is ESM-only and jest's CommonJS module registry cannot load it;
// it also keeps the server's state out of the caller's process and makes stop() a clean kill.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_REALM_FILE } from './realm';
import type { FailedMessage, ReadyMessage } from './process-messages';

export interface DevSsoOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind and the host name used in the issuer; default 127.0.0.1. */
  host?: string;
  /** Keycloak realm export to serve; default deploy/keycloak/realm-bayu.json in this repository. */
  realmFile?: string;
  /** Private JWKS file that keeps the signing key across restarts; created when missing. */
  keysFile?: string;
  /** How long to wait for the server to listen, in milliseconds; default 30 000. */
  startTimeoutMs?: number;
}

export interface DevSso {
  /** e.g. http://127.0.0.1:8180, what keycloak-connect calls `auth-server-url`. */
  authServerUrl: string;
  /** `<authServerUrl>/realms/<realm>`. */
  realmUrl: string;
  /** The `iss` of every token; equal to realmUrl, exactly as Keycloak. */
  issuer: string;
  /** Process id of the server. */
  pid: number;
  /** The realm export being served (absolute path). */
  realmFile: string;
  stop(): Promise<void>;
}

function isMessage(value: unknown): value is ReadyMessage | FailedMessage {
  return value !== null && typeof value === 'object' && 'type' in value;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function startDevSso(options: DevSsoOptions = {}): Promise<DevSso> {
  const serverOptions = {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    realmFile: path.resolve(options.realmFile ?? DEFAULT_REALM_FILE),
    ...(options.keysFile ? { keysFile: path.resolve(options.keysFile) } : {}),
  };
  // From source (jest, tsx) the entry is TypeScript and needs tsx's loader; from compiled output it is plain JS.
  const tsEntry = path.join(__dirname, 'server-process.ts');
  const fromSource = existsSync(tsEntry);
  const child = fork(fromSource ? tsEntry : path.join(__dirname, 'server-process.js'), [JSON.stringify(serverOptions)], {
    execArgv: fromSource ? ['--import', pathToFileURL(require.resolve('tsx')).href] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: process.env,
  });
  const timeoutMs = options.startTimeoutMs ?? 30_000;

  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dev SSO did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    const settle = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: unknown): void => {
      if (!isMessage(message)) return;
      settle();
      if (message.type === 'ready') resolve(message);
      else reject(new Error(`dev SSO failed to start: ${message.message}`));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      settle();
      reject(new Error(`dev SSO exited before it was ready (code ${code}, signal ${signal})`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });

  let stopped: Promise<void> | undefined;
  return {
    authServerUrl: ready.authServerUrl,
    realmUrl: ready.realmUrl,
    issuer: ready.issuer,
    pid: child.pid ?? -1,
    realmFile: serverOptions.realmFile,
    stop: () => {
      stopped ??= (async () => {
        if (child.connected) child.send('stop');
        else child.kill('SIGTERM');
        await waitForExit(child, 5_000);
      })();
      return stopped;
    },
  };
}
