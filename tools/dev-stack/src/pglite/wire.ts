// Just enough of the PostgreSQL v3 wire protocol to multiplex many client connections onto PGlite's one
// backend session: message framing in both directions, and the few messages the multiplexer itself writes.
// https://www.postgresql.org/docs/current/protocol-message-formats.html

export const PROTOCOL_3_0 = 196_608;
export const SSL_REQUEST = 80_877_103;
export const GSSENC_REQUEST = 80_877_104;
export const CANCEL_REQUEST = 80_877_102;

/** A whole frontend message: `type` is '' for the untyped start-up phase messages. */
export interface FrontendMessage {
  readonly type: string;
  readonly bytes: Uint8Array;
  /** For untyped messages: the request code (protocol version, SSL, GSS or cancel request). */
  readonly code?: number;
}

/**
 * Splits `buffer` into complete frontend messages. Before the start-up message has been seen, messages
 * are untyped (length, code); afterwards they are typed (type byte, length). Returns the unconsumed rest.
 */
export function splitFrontendMessages(buffer: Buffer, startupDone: boolean): { messages: FrontendMessage[]; rest: Buffer; startupDone: boolean } {
  const messages: FrontendMessage[] = [];
  let offset = 0;
  let started = startupDone;
  for (;;) {
    if (!started) {
      if (buffer.length - offset < 8) break;
      const length = buffer.readInt32BE(offset);
      if (length < 8 || length > 10_000) throw new Error(`invalid start-up packet length ${length}`);
      if (buffer.length - offset < length) break;
      const code = buffer.readInt32BE(offset + 4);
      messages.push({ type: '', code, bytes: buffer.subarray(offset, offset + length) });
      offset += length;
      if (code === PROTOCOL_3_0) started = true;
    } else {
      if (buffer.length - offset < 5) break;
      const length = buffer.readInt32BE(offset + 1);
      if (length < 4) throw new Error(`invalid message length ${length}`);
      if (buffer.length - offset < 1 + length) break;
      messages.push({ type: String.fromCharCode(buffer[offset] ?? 0), bytes: buffer.subarray(offset, offset + 1 + length) });
      offset += 1 + length;
    }
  }
  return { messages, rest: Buffer.from(buffer.subarray(offset)), startupDone: started };
}

export interface BackendMessage {
  readonly type: string;
  readonly bytes: Buffer;
}

/** Splits a backend output buffer (complete messages, as PGlite produces them) into messages. */
export function splitBackendMessages(buffer: Buffer): BackendMessage[] {
  const messages: BackendMessage[] = [];
  let offset = 0;
  while (buffer.length - offset >= 5) {
    const length = buffer.readInt32BE(offset + 1);
    const end = offset + 1 + length;
    if (length < 4 || end > buffer.length) throw new Error('PGlite produced a truncated backend message');
    messages.push({ type: String.fromCharCode(buffer[offset] ?? 0), bytes: buffer.subarray(offset, end) });
    offset = end;
  }
  return messages;
}

/** ReadyForQuery's transaction status: I idle, T in a transaction block, E in a failed one. */
export function readyStatus(message: BackendMessage): 'I' | 'T' | 'E' {
  return String.fromCharCode(message.bytes[5] ?? 73) as 'I' | 'T' | 'E';
}

/** The channel of a NotificationResponse ('A': pid, channel, payload). */
export function notificationChannel(message: BackendMessage): string {
  const start = 9;
  const end = message.bytes.indexOf(0, start);
  return message.bytes.subarray(start, end < 0 ? undefined : end).toString('utf8');
}

function typed(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/** A simple-protocol Query message. */
export function queryMessage(sql: string): Buffer {
  return typed('Q', Buffer.from(`${sql}\0`, 'utf8'));
}

export function syncMessage(): Buffer {
  return typed('S', Buffer.alloc(0));
}

/** An ErrorResponse with severity FATAL, for failures of the multiplexer itself. */
export function fatalError(code: string, message: string): Buffer {
  const fields = [`SFATAL`, `VFATAL`, `C${code}`, `M${message}`].map((f) => Buffer.from(`${f}\0`, 'utf8'));
  return typed('E', Buffer.concat([...fields, Buffer.from([0])]));
}

/** The SQL text of a simple Query ('Q') or a Parse ('P': statement name, then query text). */
export function sqlTextOf(message: FrontendMessage): string | undefined {
  const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
  if (message.type === 'Q') return bytes.subarray(5, bytes.length - 1).toString('utf8');
  if (message.type === 'P') {
    const nameEnd = bytes.indexOf(0, 5);
    const queryEnd = bytes.indexOf(0, nameEnd + 1);
    return nameEnd < 0 || queryEnd < 0 ? undefined : bytes.subarray(nameEnd + 1, queryEnd).toString('utf8');
  }
  return undefined;
}

const LISTEN_STATEMENT = /(?:^|;)\s*(UNLISTEN|LISTEN)\s+("(?:[^"]|"")+"|\*|[A-Za-z_][\w$]*)/gi;

/** LISTEN/UNLISTEN statements in a SQL text, with channel names as PostgreSQL folds them ('*' for all). */
export function listenStatements(sql: string): Array<{ listen: boolean; channel: string }> {
  const found: Array<{ listen: boolean; channel: string }> = [];
  for (const match of sql.matchAll(LISTEN_STATEMENT)) {
    const [, verb = '', raw = ''] = match;
    const channel = raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw === '*' ? '*' : raw.toLowerCase();
    found.push({ listen: verb.toUpperCase() === 'LISTEN', channel });
  }
  return found;
}
