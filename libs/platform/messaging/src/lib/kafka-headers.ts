import type { IHeaders } from 'kafkajs';

export function headerValue(headers: IHeaders | Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return headerValue({ [name]: value[0] }, name);
  return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

export function stringHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
