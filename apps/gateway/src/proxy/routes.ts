import type { ServiceName } from '@bayu/contracts';

export type UpstreamName = Exclude<ServiceName, 'gateway'>;

/**
 * Which service answers which part of /api/v1. Services serve the same paths the gateway exposes, so
 * nothing is rewritten on the way through.
 */
export const ROUTES: ReadonlyArray<{ readonly prefix: string; readonly upstream: UpstreamName }> = [
  { prefix: '/api/v1/workers', upstream: 'registry' },
  { prefix: '/api/v1/certificates', upstream: 'registry' },
  { prefix: '/api/v1/statistics', upstream: 'registry' },
  { prefix: '/api/v1/imports', upstream: 'registry' },
  { prefix: '/api/v1/public/certificates', upstream: 'registry' },
  { prefix: '/api/v1/public/campaigns', upstream: 'campaign' },
  { prefix: '/api/v1/talent-profiles', upstream: 'campaign' },
  { prefix: '/api/v1/campaigns', upstream: 'campaign' },
  { prefix: '/api/v1/nominations', upstream: 'campaign' },
];

/** Paths under /api/v1/public need no token; the services behind them declare @Public themselves. */
export const PUBLIC_PREFIX = '/api/v1/public';

export function upstreamFor(path: string): UpstreamName | undefined {
  const match = ROUTES.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`) || path.startsWith(`${r.prefix}?`));
  return match?.upstream;
}
