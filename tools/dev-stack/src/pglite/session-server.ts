// Serves one PGlite database to many PostgreSQL client connections over TCP.
//
// PGlite is a single backend session. @electric-sql/pglite-socket 0.2.17 multiplexes connections onto it
// message by message, holding a connection's turn only while a transaction block is open. That is not
// enough for our clients (README, "PGlite fallback"): an extended-protocol batch (Parse/Bind/Execute/
// Sync) is not a transaction block, so two pooled connections can interleave and clobber each other's
// unnamed statement (electric-sql/pglite#1046); NOTIFY output goes to whichever connection committed, so a
// LISTENing connection never hears it; and one internal error leaves its queue stuck for good.
//
// This server hands the session to one connection at a time and keeps it there until PGlite reports
// ReadyForQuery with status I (idle, outside a transaction), so batches and transactions are atomic;
// routes NotificationResponses to the connections that LISTENed on the channel; and resets the session
// (Sync, ROLLBACK) when a connection goes away while holding it.
import { createServer, type Server, type Socket } from 'node:net';
import {
  CANCEL_REQUEST,
  fatalError,
  GSSENC_REQUEST,
  listenStatements,
  notificationChannel,
  PROTOCOL_3_0,
  queryMessage,
  readyStatus,
  splitBackendMessages,
  splitFrontendMessages,
  sqlTextOf,
  SSL_REQUEST,
  syncMessage,
  type FrontendMessage,
} from './wire';

/** The part of PGlite this server uses. */
export interface PgliteBackend {
  execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<void>;
  runExclusive<T>(fn: () => Promise<T>): Promise<T>;
}

interface Connection {
  readonly id: number;
  readonly socket: Socket;
  buffer: Buffer;
  startupDone: boolean;
  applicationName: string;
  pending: FrontendMessage[];
  readonly channels: Set<string>;
  closed: boolean;
}

/** Queued when a connection goes away: resets the session if that connection held it. */
const RESET: FrontendMessage = { type: 'reset', bytes: new Uint8Array(0) };
const STALL_WARNING_MS = 10_000;

export interface SessionServerStats {
  readonly openConnections: number;
  readonly totalConnections: number;
  readonly messages: number;
  readonly notificationsRouted: number;
}

export class PgliteSessionServer {
  private server?: Server;
  private readonly connections = new Set<Connection>();
  private readonly waiting: Connection[] = [];
  private owner?: Connection;
  private running = false;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => undefined;
  private stallTimer?: NodeJS.Timeout;
  private nextId = 1;
  private counters = { messages: 0, notificationsRouted: 0 };

  constructor(
    private readonly db: PgliteBackend,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  get stats(): SessionServerStats {
    return { openConnections: this.connections.size, totalConnections: this.nextId - 1, ...this.counters };
  }

  /** Listens on host:port (0 picks a free port) and resolves with the port. */
  listen(port: number, host = '127.0.0.1'): Promise<number> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  /** Stops accepting, drops every connection (rolling back an open transaction) and waits for the session. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    for (const conn of [...this.connections]) this.drop(conn);
    await this.idle;
    await closed;
    clearTimeout(this.stallTimer);
  }

  private accept(socket: Socket): void {
    socket.setNoDelay(true);
    const conn: Connection = { id: this.nextId++, socket, buffer: Buffer.alloc(0), startupDone: false, applicationName: '', pending: [], channels: new Set(), closed: false };
    this.connections.add(conn);
    socket.on('data', (chunk: Buffer) => this.receive(conn, chunk));
    socket.on('error', () => this.drop(conn));
    socket.on('close', () => this.drop(conn));
  }

  private receive(conn: Connection, chunk: Buffer): void {
    if (conn.closed) return;
    let split: ReturnType<typeof splitFrontendMessages>;
    try {
      split = splitFrontendMessages(conn.buffer.length ? Buffer.concat([conn.buffer, chunk]) : chunk, conn.startupDone);
    } catch (error) {
      conn.socket.end(fatalError('08P01', `protocol violation: ${error instanceof Error ? error.message : String(error)}`));
      this.drop(conn);
      return;
    }
    conn.buffer = split.rest;
    conn.startupDone = split.startupDone;
    for (const message of split.messages) {
      if (message.type !== '') conn.pending.push(message);
      else if (message.code === SSL_REQUEST || message.code === GSSENC_REQUEST) conn.socket.write('N');
      else if (message.code === PROTOCOL_3_0) {
        conn.applicationName = startupParameter(message.bytes, 'application_name') ?? '';
        conn.pending.push(message);
      } else {
        // CancelRequest (PGlite has no backend process to signal) or an unknown protocol version.
        if (message.code !== CANCEL_REQUEST) conn.socket.write(fatalError('0A000', `unsupported protocol ${message.code}`));
        conn.socket.end();
        return;
      }
    }
    this.schedule(conn);
  }

  private drop(conn: Connection): void {
    if (conn.closed) return;
    conn.closed = true;
    conn.pending = [RESET];
    conn.socket.destroy();
    this.schedule(conn);
  }

  private schedule(conn: Connection): void {
    if (conn !== this.owner && conn.pending.length > 0 && !this.waiting.includes(conn)) this.waiting.push(conn);
    void this.pump();
  }

  /** Runs queued messages one at a time: the session owner's first, otherwise connections in arrival order. */
  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.idle = new Promise((resolve) => (this.markIdle = resolve));
    try {
      for (;;) {
        let conn: Connection | undefined = this.owner;
        if (conn && conn.pending.length === 0) {
          this.watchStall();
          break;
        }
        conn ??= this.waiting.shift();
        if (!conn) break;
        const message = conn.pending.shift();
        if (!message) continue;
        await this.execute(conn, message);
        if (conn !== this.owner && conn.pending.length > 0 && !this.waiting.includes(conn)) this.waiting.push(conn);
      }
    } finally {
      this.running = false;
      this.markIdle();
    }
  }

  private async execute(conn: Connection, message: FrontendMessage): Promise<void> {
    if (message === RESET || message.type === 'X') {
      if (this.owner === conn) await this.resetSession(conn);
      this.connections.delete(conn);
      if (message.type === 'X') this.drop(conn);
      return;
    }
    for (const { listen, channel } of listenStatements(sqlTextOf(message) ?? '')) {
      if (listen) conn.channels.add(channel);
      else if (channel === '*') conn.channels.clear();
      else conn.channels.delete(channel);
    }
    this.counters.messages++;
    let status: 'I' | 'T' | 'E' | undefined;
    try {
      const out: Buffer[] = [];
      for (const backend of splitBackendMessages(await this.run(message.bytes))) {
        if (backend.type === 'Z') status = readyStatus(backend);
        if (backend.type === 'A' && !this.route(backend.bytes, notificationChannel(backend), conn)) continue;
        out.push(backend.bytes);
      }
      if (!conn.closed) conn.socket.write(Buffer.concat(out));
    } catch (error) {
      this.log(`connection #${conn.id}: PGlite failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!conn.closed) conn.socket.end(fatalError('XX000', `PGlite failed: ${error instanceof Error ? error.message : String(error)}`));
      this.owner = conn;
      this.drop(conn); // queues RESET, which the pump runs next since conn owns the session
      return;
    }
    if (status === 'I') this.release(conn);
    else this.owner = conn; // in a transaction block, or in the middle of an extended-protocol batch
  }

  /** Delivers a notification to every other connection listening on its channel; true if `from` listens too. */
  private route(bytes: Buffer, channel: string, from: Connection): boolean {
    for (const conn of this.connections) {
      if (conn === from || conn.closed || !conn.channels.has(channel)) continue;
      conn.socket.write(bytes);
      this.counters.notificationsRouted++;
    }
    return from.channels.has(channel);
  }

  /** Ends what a departed connection left open: an unsynced batch, then a transaction block. */
  private async resetSession(conn: Connection): Promise<void> {
    try {
      let status: string | undefined;
      for (const sql of [syncMessage(), undefined]) {
        if (!sql && status === 'I') break;
        for (const backend of splitBackendMessages(await this.run(sql ?? queryMessage('ROLLBACK')))) {
          if (backend.type === 'Z') status = readyStatus(backend);
          else if (backend.type === 'A') this.route(backend.bytes, notificationChannel(backend), conn);
        }
      }
    } catch (error) {
      this.log(`resetting the session after connection #${conn.id} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.release(conn);
  }

  private release(conn: Connection): void {
    if (this.owner !== conn) return;
    this.owner = undefined;
    clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
  }

  /** A connection idle inside a transaction blocks every other one (one session); say so once, after a while. */
  private watchStall(): void {
    if (this.stallTimer || this.waiting.length === 0) return;
    const owner = this.owner;
    this.stallTimer = setTimeout(() => {
      if (owner && this.owner === owner && this.waiting.length > 0) {
        this.log(`connection #${owner.id} (${owner.applicationName || 'no application_name'}) has held PGlite's only session idle in a transaction for ${STALL_WARNING_MS / 1000} s; ${this.waiting.length} connection(s) wait`);
      }
    }, STALL_WARNING_MS);
    this.stallTimer.unref();
  }

  private async run(message: Uint8Array): Promise<Buffer> {
    const chunks: Buffer[] = [];
    await this.db.runExclusive(() => this.db.execProtocolRawStream(message, { onRawData: (data) => chunks.push(Buffer.from(data)) }));
    return Buffer.concat(chunks);
  }
}

function startupParameter(bytes: Uint8Array, name: string): string | undefined {
  const parts = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(8).toString('utf8').split('\0');
  const index = parts.findIndex((part, i) => i % 2 === 0 && part === name);
  return index >= 0 ? parts[index + 1] : undefined;
}
