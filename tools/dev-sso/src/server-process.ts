// Child-process entry of startDevSso(): runs the server in plain Node (oidc-provider is ESM-only, which the
// parent's jest module system cannot load) and reports its URLs over the IPC channel.
import type { FailedMessage, ReadyMessage } from './process-messages';
import { runDevSsoServer, type DevSsoServerOptions } from './server';

const options = JSON.parse(process.argv[2] ?? '{}') as DevSsoServerOptions;

runDevSsoServer(options).then(
  (server) => {
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      void server.close().finally(() => process.exit(0));
    };
    process.on('disconnect', stop);
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    process.on('message', (message: unknown) => {
      if (message === 'stop') stop();
    });
    const ready: ReadyMessage = { type: 'ready', authServerUrl: server.authServerUrl, realmUrl: server.realmUrl, issuer: server.issuer };
    process.send?.(ready);
  },
  (error: unknown) => {
    const failed: FailedMessage = { type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    if (process.send) process.send(failed, () => process.exit(1));
    else {
      console.error(failed.message);
      process.exit(1);
    }
  },
);
