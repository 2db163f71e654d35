import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { serveStaticSite, type StaticSite } from './static-site';

const config = { apiBaseUrl: 'http://127.0.0.1:3000', realmUrl: 'http://127.0.0.1:8180/realms/bayu', clientId: 'web-hrss' };

/** A raw GET that keeps the path exactly as written (fetch would normalise `..` away). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serving a built web app', () => {
  let root: string;
  let site: StaticSite;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'bayu-site-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<div id="root"></div>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(root, 'config.json'), '{"clientId":"baked-in"}');
    writeFileSync(join(tmpdir(), 'bayu-outside.txt'), 'secret');
    site = await serveStaticSite({ root, config });
  });

  afterAll(async () => {
    await site.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers config.json from the stack, never the file baked into the build, and never cached', async () => {
    const response = await fetch(`${site.url}/config.json`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual(config);
  });

  it('caches hashed assets for a year and revalidates index.html; unknown paths get the app', async () => {
    const asset = await fetch(`${site.url}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    const page = await fetch(`${site.url}/some/deep/link`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('id="root"');
  });

  it('lets the page talk only to its gateway and SSO, and cannot be framed', async () => {
    const csp = (await fetch(site.url)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:3000 http://127.0.0.1:8180");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
  });

  it('never serves a file outside its folder, and refuses writes', async () => {
    const escape = await rawGet(site.url, '/../bayu-outside.txt');
    expect(escape.body).not.toContain('secret');
    const encoded = await rawGet(site.url, '/%2e%2e/bayu-outside.txt');
    expect(encoded.body).not.toContain('secret');
    expect((await fetch(site.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('refuses to start without a built index.html', async () => {
    await expect(serveStaticSite({ root: join(root, 'assets'), config })).rejects.toThrow(/build the app first/);
  });
});
