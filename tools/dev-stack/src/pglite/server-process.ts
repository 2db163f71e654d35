// Child-process entry of startEmbeddedPostgres(): opens (or creates) a PGlite data directory and serves it
// on a TCP port with PgliteSessionServer. Reports {type: 'ready', port} over IPC; stops on the parent's
// 'stop' message, on SIGTERM, or when the parent goes away (IPC disconnect). Ignores SIGINT: the parent
// decides when the database may close, after the services that use it have stopped.
import { PGlite } from '@electric-sql/pglite';
import { PgliteSessionServer } from './session-server';

export interface PgliteServerOptions {
  readonly name: string;
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
}

const log = (line: string): void => {
  process.stderr.write(`${new Date().toISOString()} ${line}\n`);
};

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as PgliteServerOptions;
  const started = performance.now();
  const db = await PGlite.create(options.dataDir);
  const server = new PgliteSessionServer(db, log);
  const port = await server.listen(options.port, options.host);
  log(`PGlite ${options.name} (${options.dataDir}) serving on ${options.host}:${port} after ${Math.round(performance.now() - started)} ms`);

  let stopping = false;
  const stop = (why: string): void => {
    if (stopping) return;
    stopping = true;
    log(`stopping (${why}); ${JSON.stringify(server.stats)}`);
    const hardStop = setTimeout(() => process.exit(1), 10_000);
    hardStop.unref();
    void server
      .close()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log(`close failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => log('SIGINT ignored: the dev stack stops PGlite after the services'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('disconnect', () => stop('parent went away'));
  process.on('message', (message: unknown) => {
    if (message === 'stop') stop('stop requested');
  });
  process.send?.({ type: 'ready', port });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`failed to start: ${message}`);
  if (process.send) process.send({ type: 'failed', message }, () => process.exit(1));
  else process.exit(1);
});
