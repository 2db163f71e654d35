/**
 * The web image, checked without a Docker engine: deploy/web/Dockerfile statically, the entrypoint by
 * running it (sh + envsubst) on sample environments, the nginx template by its directives. Each check is
 * also shown failing on a broken copy.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { securityHeaders } from '@bayu/dev/web';
import { checkWebDockerfile } from './lib/dockerfile';
import { checkNginxHeaders, checkNginxTemplate, nginxHeaders, renderWebApp, WEB_ENTRYPOINT, WEB_TEMPLATE } from './lib/web-rules';
import { ROOT, WEB_APPS, readText } from './lib/workspace';

const SERVICES_DOCKERFILE = readText('deploy/docker/Dockerfile');
const WEB_DOCKERFILE = readText('deploy/web/Dockerfile');

const ENV = {
  API_BASE_URL: 'https://api.bayu.example',
  SSO_REALM_URL: 'https://sso.bayu.example/realms/bayu',
  LINK_WEB_PUBLIC: 'https://www.bayu.example/',
  LINK_WEB_SKILLS_OFFICE: 'https://skills.bayu.example/',
};

describe('deploy/web/Dockerfile', () => {
  it('builds every apps/web-* app with the services\' dependency stages and serves it with nginx as non-root', () => {
    // The rules follow the apps/web-* folders; an empty list would make them pass vacuously.
    expect(WEB_APPS).toEqual(expect.arrayContaining(['web-hrss', 'web-public', 'web-recommend', 'web-skills-office']));
    expect(checkWebDockerfile(WEB_DOCKERFILE, SERVICES_DOCKERFILE)).toEqual([]);
  });

  it.each([
    ['an app missing from the APP list', (t: string) => t.replace('|web-recommend|', '|'), /APP must be one of the apps\/web-\* apps/],
    ['a deps stage of its own', (t: string) => t.replace('npm install --package-lock-only --ignore-scripts --no-audit --no-fund \\\n && ', ''), /stage deps must be deploy\/docker\/Dockerfile's/],
    ['nginx as root', (t: string) => t.replace('USER 101:101\n', ''), /USER must be a numeric non-root uid/],
    ['a moving nginx tag', (t: string) => t.replace(/nginx-unprivileged:[^\n]+/, 'nginx-unprivileged:alpine'), /NGINX_IMAGE .* must be nginxinc\/nginx-unprivileged pinned/],
    ['SIGTERM, which drops requests', (t: string) => t.replace('STOPSIGNAL SIGQUIT', 'STOPSIGNAL SIGTERM'), /STOPSIGNAL SIGQUIT is missing/],
    ['the built config.json shipped', (t: string) => t.replace(/ \\\n && rm -f "dist\/apps\/\$\{APP\}\/config\.json"/, ''), /drop the developers' config\.json/],
    ['a healthcheck elsewhere', (t: string) => t.replace('8080/healthz', '8080/'), /HEALTHCHECK must GET/],
    ['nginx started on a configuration nobody writes', (t: string) => t.replace('/tmp/bayu-web/nginx.conf', '/etc/nginx/nginx.conf'), /CMD must run nginx -c \/tmp\/bayu-web\/nginx\.conf/],
    ['the app copied where the entrypoint does not look', (t: string) => t.replace(' /srv/web', ' /usr/share/nginx/html'), /must copy dist\/apps\/\$\{APP\} from the build stage to \/srv\/web/],
  ])('catches %s', (_what, breakIt, message) => {
    expect(checkWebDockerfile(breakIt(WEB_DOCKERFILE), SERVICES_DOCKERFILE).join('\n')).toMatch(message);
  });
});

describe('deploy/web/entrypoint.sh', () => {
  it('is POSIX sh', () => {
    expect(() => execFileSync('sh', ['-n', join(ROOT, WEB_ENTRYPOINT)])).not.toThrow();
  });

  it("writes config.json from the environment and the dev server's headers into nginx's configuration", () => {
    const { config, nginxConf, error } = renderWebApp('web-hrss', ENV);
    expect(error).toBeUndefined();
    expect(config).toEqual({
      apiBaseUrl: 'https://api.bayu.example',
      realmUrl: 'https://sso.bayu.example/realms/bayu',
      clientId: 'web-hrss',
      links: { 'web-public': 'https://www.bayu.example/', 'web-skills-office': 'https://skills.bayu.example/' },
    });
    expect(nginxHeaders(String(nginxConf))).toEqual(securityHeaders(config!));
    expect(nginxConf).not.toMatch(/\$\{/);
  });

  it.each([
    ['the app on its own origin with the gateway', { API_BASE_URL: '' }],
    ['gateway and SSO on one origin', { API_BASE_URL: 'https://bayu.example', SSO_REALM_URL: 'https://bayu.example/auth/realms/bayu' }],
    ['default ports and an explicit client', { API_BASE_URL: 'https://api.bayu.example:443', SSO_REALM_URL: 'http://sso.bayu.example:80/realms/bayu', SSO_CLIENT_ID: 'web-public' }],
    ['ports of a developer machine', { API_BASE_URL: 'http://localhost:3000', SSO_REALM_URL: 'http://localhost:8080/realms/bayu' }],
  ])('derives the CSP as the dev server does: %s', (_what, overrides) => {
    const { config, nginxConf, error } = renderWebApp('web-public', { ...ENV, ...overrides });
    expect(error).toBeUndefined();
    expect(checkNginxHeaders(String(nginxConf), config!)).toEqual([]);
  });

  it.each([
    ['no SSO_REALM_URL', { SSO_REALM_URL: '' }, /SSO_REALM_URL is not set/],
    ['a realm URL without /realms/', { SSO_REALM_URL: 'https://sso.bayu.example/' }, /SSO_REALM_URL=.* is not a realm URL/],
    ['a gateway URL with a path', { API_BASE_URL: 'https://api.bayu.example/' }, /API_BASE_URL=.* is not an origin/],
    ['a quote that would break the JSON and the header', { API_BASE_URL: 'https://api.bayu.example"' }, /API_BASE_URL=.* is not an origin/],
    ['an upper-case host', { API_BASE_URL: 'https://API.bayu.example' }, /API_BASE_URL=.* is not an origin/],
    ['a link that is no URL', { LINK_WEB_HRSS: 'hrss' }, /LINK_WEB_HRSS=hrss is not an http\(s\) URL/],
    ['a second line', { SSO_REALM_URL: 'https://sso.bayu.example/realms/bayu\nhttps://evil.example/realms/x' }, /SSO_REALM_URL=.* is not a realm URL/s],
  ])('refuses %s, naming the variable', (_what, overrides, message) => {
    expect(renderWebApp('web-public', { ...ENV, ...overrides }).error).toMatch(message);
  });

  it('refuses an unset API_BASE_URL (empty is a choice, missing is a mistake)', () => {
    const { API_BASE_URL: _dropped, ...rest } = ENV;
    expect(renderWebApp('web-public', rest).error).toMatch(/API_BASE_URL is not set/);
  });
});

describe('deploy/web/nginx.conf.template', () => {
  const template = readText(WEB_TEMPLATE);

  it('caches, falls back and answers health as the dev server does, writing only under the runtime directory', () => {
    expect(checkNginxTemplate(template)).toEqual([]);
  });

  it.each([
    ['index.html cached like an asset', (t: string) => t.replace('default "no-cache";', 'default "public, max-age=31536000";'), /default "no-cache";` is missing/],
    ['missing assets answered with index.html', (t: string) => t.replace('try_files $uri =404;', 'try_files $uri /index.html;'), /try_files \$uri =404;` is missing/],
    ['a location with its own add_header', (t: string) => t.replace('try_files $uri =404;', 'try_files $uri =404;\n      add_header X-Asset "1";'), /add_header in http\/server\/location \/assets\/: a block with its own add_header drops/],
    ['a temp path on the read-only root', (t: string) => t.replace('${BAYU_WEB_RUNTIME_DIR}/client_temp', '/var/cache/nginx/client_temp'), /client_body_temp_path .* is outside the runtime directory/],
    ['a placeholder the entrypoint does not fill', (t: string) => t.replace('server_name _;', 'server_name ${BAYU_HOST};'), /both must be BAYU_CSP, BAYU_WEB_ROOT, BAYU_WEB_RUNTIME_DIR/],
  ])('catches %s', (_what, breakIt, message) => {
    expect(checkNginxTemplate(breakIt(template)).join('\n')).toMatch(message);
  });
});
