import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The runtime config an agency app reads at start (libs/web-auth runtime-config.ts). */
export interface WebAppConfig {
  readonly apiBaseUrl: string;
  readonly realmUrl: string;
  readonly clientId: string;
  readonly links?: Readonly<Record<string, string>>;
}

export interface StaticSite {
  readonly url: string;
  stop(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The same headers the nginx image sends (deploy/web/nginx.conf.template): the app may talk only to its gateway and SSO. */
export function securityHeaders(config: WebAppConfig): Record<string, string> {
  const origins = [config.apiBaseUrl, config.realmUrl].filter(Boolean).map((url) => new URL(url).origin);
  const connect = ["'self'", ...new Set(origins)].join(' ');
  return {
    'content-security-policy': `default-src 'self'; connect-src ${connect}; img-src 'self' data: blob: ${connect}; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self' ${new URL(config.realmUrl).origin}`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/**
 * Serves one built app (dist/apps/web-*) the way production's nginx does: hashed assets cached for a year,
 * index.html never cached, unknown paths answered with index.html, and config.json written from `config`.
 */
export async function serveStaticSite(options: { root: string; config: WebAppConfig; port?: number; host?: string }): Promise<StaticSite> {
  const root = resolve(options.root);
  const index = join(root, 'index.html');
  await stat(index).catch(() => {
    throw new Error(`${index} is missing: build the app first`);
  });
  const headers = securityHeaders(options.config);
  const configBody = JSON.stringify(options.config);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/config.json') {
      res.writeHead(200, { ...headers, 'content-type': TYPES['.json']!, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : configBody);
      return;
    }
    const candidate = normalize(join(root, path));
    const inside = candidate === root || candidate.startsWith(root + sep);
    const file = inside ? await stat(candidate).then((s) => (s.isFile() ? candidate : undefined), () => undefined) : undefined;
    const served = file ?? index;
    const immutable = file !== undefined && file.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(served).pipe(res);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    stop: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
