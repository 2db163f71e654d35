import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

/**
 * National ID numbers must never reach a log. Structured fields are redacted by name; anything that
 * still looks like an 18-character resident ID (GB 11643) inside any string is masked as well.
 */
const RESIDENT_ID = /(?<![0-9A-Za-z])([1-9]\d{5})(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(\d{3}[\dXx])(?![0-9A-Za-z])/g;

export const SENSITIVE_KEYS = new Set([
  'nationalid',
  'national_id',
  'nationalidnumber',
  'national_id_number',
  'idnumber',
  'id_number',
  'password',
  'client_secret',
  'clientsecret',
  'authorization',
  'cookie',
  'set-cookie',
  'access_token',
  'refresh_token',
]);

export function maskResidentIds(text: string): string {
  return text.replace(RESIDENT_ID, '$1********$2');
}

const MAX_DEPTH = 6;

/** A copy of `value` with sensitive keys replaced and resident IDs masked in every string. */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskResidentIds(value);
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (value instanceof Error) {
    return { type: value.name, message: maskResidentIds(value.message), stack: value.stack ? maskResidentIds(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  // HTTP messages and sockets go to their serializers untouched (they pick a few safe fields): walking
  // pino-http's raw request and response graph on every log line cost 15 % of a service's CPU.
  if (value instanceof Date || Buffer.isBuffer(value) || value instanceof IncomingMessage || value instanceof ServerResponse || value instanceof Socket) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SENSITIVE_KEYS.has(key.toLowerCase()) ? '[REDACTED]' : scrub(v, depth + 1);
  }
  return out;
}
