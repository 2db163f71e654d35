import { Client } from 'pg';

export interface PgListenerOptions {
  readonly databaseUrl: string;
  readonly channel: string;
  readonly onNotify: () => void;
  readonly onError?: (error: unknown) => void;
  readonly applicationName?: string;
  /** Wait before reconnecting after the connection is lost. */
  readonly reconnectMs?: number;
}

const SAFE_CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * LISTENs on a channel on a dedicated connection and keeps doing so across lost connections, until
 * `stop()`. Callers should also poll: notifications sent while reconnecting are gone.
 */
export function listenForNotifications(options: PgListenerOptions): { stop(): Promise<void> } {
  if (!SAFE_CHANNEL.test(options.channel)) throw new Error(`unsafe channel name ${options.channel}`);
  let stopped = false;
  let client: Client | undefined;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      client = new Client({ connectionString: options.databaseUrl, application_name: options.applicationName ?? `listen-${options.channel}` });
      try {
        await client.connect();
        await client.query(`LISTEN ${options.channel}`);
        client.on('notification', () => options.onNotify());
        await new Promise<void>((resolve) => {
          wake = resolve;
          client?.once('error', () => resolve());
          client?.once('end', () => resolve());
        });
      } catch (error) {
        if (!stopped) options.onError?.(error);
      } finally {
        await client.end().catch(() => undefined);
      }
      if (!stopped) await new Promise((r) => setTimeout(r, options.reconnectMs ?? 1_000));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await client?.end().catch(() => undefined);
      await loop;
    },
  };
}
