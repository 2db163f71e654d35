/**
 * The agency web apps. deploy/web/entrypoint.sh turns a deployment's environment into config.json and the
 * nginx configuration; these checks run that very script (sh and envsubst, no Docker engine) and hold its
 * output against the rest of the deployment: the gateway's address and CORS origins, the SSO realm and
 * its clients' redirect URIs, the other apps' addresses, and the dev server's headers
 * (tools/web/src/static-site.ts), which production must send too.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { loadRealm, type RealmExport } from '@bayu/dev/sso';
import { securityHeaders, type WebAppConfig } from '@bayu/dev/web';
import { COMPONENT, containerEnv, matches, ofKind } from './k8s-rules';
import { ROOT, WEB_APPS, envName, isObject, objectRef, readText, type K8sObject } from './workspace';

export const WEB_TEMPLATE = 'deploy/web/nginx.conf.template';
export const WEB_ENTRYPOINT = 'deploy/web/entrypoint.sh';
const REALM_FILE = join(ROOT, 'deploy/keycloak/realm-bayu.json');
/** What the entrypoint reads (its header lists them); anything else in a web app's environment is a typo. */
const WEB_VARIABLES = [/^API_BASE_URL$/, /^SSO_REALM_URL$/, /^SSO_CLIENT_ID$/, /^LINK_[A-Z0-9_]+$/];

/** The port nginx listens on: the template's `listen`. */
export function webPort(): number {
  const port = /^\s*listen\s+(\d+)\s*;/m.exec(readText(WEB_TEMPLATE))?.[1];
  if (!port) throw new Error(`${WEB_TEMPLATE} has no \`listen <port>;\``);
  return Number(port);
}

/** The Keycloak environment variable that the web-* client's redirect URI placeholder reads. */
export function realmOriginVariable(app: string): string {
  return `BAYU_${envName(app)}_ORIGIN`;
}

export interface RenderedWebApp {
  readonly config?: WebAppConfig;
  readonly nginxConf?: string;
  /** What the entrypoint said when it refused to start. */
  readonly error?: string;
}

const rendered = new Map<string, RenderedWebApp>();

/**
 * Runs deploy/web/entrypoint.sh as the image does for `app`, with exactly `env`, in a scratch directory.
 * Remembered per app and environment: the rules see the same environments many times in one test run.
 */
export function renderWebApp(app: string, env: Readonly<Record<string, string>>): RenderedWebApp {
  const key = JSON.stringify([app, Object.entries(env).sort(([a], [b]) => a.localeCompare(b))]);
  const known = rendered.get(key);
  if (known) return known;
  const result = runEntrypoint(app, env);
  rendered.set(key, result);
  return result;
}

function runEntrypoint(app: string, env: Readonly<Record<string, string>>): RenderedWebApp {
  const dir = mkdtempSync(join(tmpdir(), 'bayu-web-'));
  try {
    mkdirSync(join(dir, 'root'));
    writeFileSync(join(dir, 'root', 'index.html'), '<!doctype html>');
    execFileSync('sh', [join(ROOT, WEB_ENTRYPOINT), 'true'], {
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', WEB_APP: app, ...env, BAYU_WEB_RUNTIME_DIR: join(dir, 'run'), BAYU_WEB_ROOT: join(dir, 'root'), BAYU_WEB_TEMPLATE: join(ROOT, WEB_TEMPLATE) },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    const config = JSON.parse(readFileSync(join(dir, 'run', 'config.json'), 'utf8')) as WebAppConfig;
    return { config, nginxConf: readFileSync(join(dir, 'run', 'nginx.conf'), 'utf8') };
  } catch (error) {
    const stderr = isObject(error) && typeof error['stderr'] === 'string' ? error['stderr'].trim() : '';
    if (/\b(envsubst|sh)\b.*not found|ENOENT/.test(stderr || String(error))) {
      throw new Error(`running ${WEB_ENTRYPOINT} needs sh and envsubst (gettext-base) on PATH: ${stderr || String(error)}`);
    }
    return { error: stderr || String(error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The headers nginx adds to every answer (`add_header <name> "<value>" always;`), by lower-case name. */
export function nginxHeaders(conf: string): Record<string, string> {
  return Object.fromEntries([...conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always\s*;/gm)].map((m) => [String(m[1]).toLowerCase(), String(m[2])]));
}

/** Problems when nginx would not send the dev server's security headers for this config. */
export function checkNginxHeaders(conf: string, config: WebAppConfig): string[] {
  const sent = nginxHeaders(conf);
  return Object.entries(securityHeaders(config))
    .filter(([name, value]) => sent[name] !== value)
    .map(([name, value]) => `nginx sends ${name}: ${sent[name] ?? '(nothing)'}; the dev server sends ${value}`);
}

/** The template's directives, one per line, each with its enclosing blocks (`http/server/location /assets/`). */
export function nginxDirectives(text: string): Array<{ context: string; directive: string }> {
  const stack: string[] = [];
  const found: Array<{ context: string; directive: string }> = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s*#.*$/, '').trim();
    if (line === '}') {
      if (stack.pop() === undefined) throw new Error(`${WEB_TEMPLATE}: unbalanced }`);
    } else if (line.endsWith('{')) stack.push(line.slice(0, -1).trim());
    else if (line) found.push({ context: stack.join('/'), directive: line });
  }
  if (stack.length) throw new Error(`${WEB_TEMPLATE}: unclosed ${stack.join('/')}`);
  return found;
}

const PLACEHOLDERS = ['BAYU_CSP', 'BAYU_WEB_ROOT', 'BAYU_WEB_RUNTIME_DIR'];
const CACHE_MAP = 'http/map $uri $bayu_cache_control';
/** Directives the template must hold, by context: the dev server's caching and fallback, health, config.json. */
const REQUIRED_DIRECTIVES: ReadonlyArray<[string, string]> = [
  ['', 'daemon off;'],
  [CACHE_MAP, 'default "no-cache";'],
  [CACHE_MAP, '/config.json "no-store";'],
  [CACHE_MAP, '~^/assets/ "public, max-age=31536000, immutable";'],
  ['http/server', 'add_header Cache-Control $bayu_cache_control;'],
  ['http/server', 'root ${BAYU_WEB_ROOT};'],
  ['http/server/location = /healthz', 'return 200 "ok\\n";'],
  ['http/server/location = /config.json', 'alias ${BAYU_WEB_RUNTIME_DIR}/config.json;'],
  ['http/server/location /assets/', 'try_files $uri =404;'],
  ['http/server/location /', 'try_files $uri /index.html;'],
];

/** deploy/web/nginx.conf.template serves as the dev server does and writes only under the runtime directory. */
export function checkNginxTemplate(text: string, entrypoint = readText(WEB_ENTRYPOINT)): string[] {
  const problems: string[] = [];
  const directives = nginxDirectives(text);
  for (const [context, directive] of REQUIRED_DIRECTIVES) {
    if (!directives.some((d) => d.context === context && d.directive === directive)) problems.push(`${WEB_TEMPLATE}: \`${directive}\` is missing in ${context || 'the main context'}`);
  }
  for (const d of directives) {
    if (d.directive.startsWith('add_header') && d.context !== 'http/server') problems.push(`${WEB_TEMPLATE}: add_header in ${d.context}: a block with its own add_header drops the server's headers`);
    const path = /^(pid|\w+_temp_path)\s+(\S+);$/.exec(d.directive);
    if (path && !String(path[2]).startsWith('${BAYU_WEB_RUNTIME_DIR}/')) problems.push(`${WEB_TEMPLATE}: ${path[1]} ${path[2]} is outside the runtime directory (the root filesystem is read-only)`);
  }
  const used = [...new Set([...text.matchAll(/\$\{(\w+)\}/g)].map((m) => String(m[1])))].sort();
  const substituted = [...(/envsubst '([^']*)'/.exec(entrypoint)?.[1] ?? '').matchAll(/\$\{(\w+)\}/g)].map((m) => String(m[1])).sort();
  if (JSON.stringify(used) !== JSON.stringify(PLACEHOLDERS) || JSON.stringify(substituted) !== JSON.stringify(PLACEHOLDERS)) {
    problems.push(`${WEB_TEMPLATE} uses \${${used.join('}, ${')}} and ${WEB_ENTRYPOINT} substitutes \${${substituted.join('}, ${')}}; both must be ${PLACEHOLDERS.join(', ')}`);
  }
  return problems;
}

/** What a deployment offers a web app: where browsers reach each part, and whom the gateway and the realm admit. */
export interface WebDeployment {
  /** Each web app's origin (scheme://host[:port]), or undefined when nothing publishes it. */
  readonly origins: Readonly<Record<string, string | undefined>>;
  /** The gateway's origin as browsers reach it. */
  readonly apiBaseUrl: string | undefined;
  /** The realm whose tokens the gateway accepts: <SSO_URL>/realms/<SSO_REALM>. */
  readonly realmUrl: string | undefined;
  /** The gateway's CORS_ORIGINS. */
  readonly corsOrigins: readonly string[];
  /** Keycloak's environment, which the realm import's placeholders read. */
  readonly realmEnv: Readonly<Record<string, string>>;
}

const realms = new Map<string, RealmExport>();
function realmWith(env: Readonly<Record<string, string>>): RealmExport {
  const key = JSON.stringify(env);
  const realm = realms.get(key) ?? loadRealm(REALM_FILE, { ...env });
  realms.set(key, realm);
  return realm;
}

/** Keycloak's redirect-URI match: exact, or a prefix when the registered value ends with `*`. */
function redirectAllowed(patterns: readonly string[], uri: string): boolean {
  return patterns.some((p) => (p.endsWith('*') ? uri.startsWith(p.slice(0, -1)) : uri === p));
}

/** One web app's environment in one deployment, through the entrypoint: config.json, links, CORS, SSO, headers. */
export function checkWebConfig(app: string, where: string, env: Readonly<Record<string, string>>, deployment: WebDeployment): string[] {
  const problems = Object.keys(env)
    .filter((name) => !WEB_VARIABLES.some((p) => p.test(name)))
    .map((name) => `${where}: ${name} is not read by ${WEB_ENTRYPOINT} (typo?)`);
  const { config, nginxConf, error } = renderWebApp(app, env);
  if (!config || nginxConf === undefined) return [...problems, `${where}: ${WEB_ENTRYPOINT} refuses the environment: ${String(error)}`];
  const expect = (what: string, actual: unknown, expected: unknown) => {
    if (actual !== expected) problems.push(`${where}: config.json ${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };
  expect('clientId (the Keycloak client is the app)', config.clientId, app);
  expect('realmUrl (the realm the gateway trusts)', config.realmUrl, deployment.realmUrl);
  expect("apiBaseUrl (the gateway's origin)", config.apiBaseUrl, deployment.apiBaseUrl);
  for (const other of WEB_APPS) expect(`links["${other}"] (LINK_${envName(other)})`, config.links?.[other], deployment.origins[other] && `${deployment.origins[other]}/`);
  for (const extra of Object.keys(config.links ?? {}).filter((k) => !WEB_APPS.includes(k))) problems.push(`${where}: links["${extra}"] is not a web app`);
  problems.push(...checkNginxHeaders(nginxConf, config).map((p) => `${where}: ${p}`));
  const origin = deployment.origins[app];
  if (!origin) return [...problems, `${where}: nothing publishes ${app} to browsers`];
  if (!deployment.corsOrigins.includes(origin)) problems.push(`${where}: the gateway's CORS_ORIGINS lacks ${origin}, so browsers on ${app} cannot call the API`);
  const client = realmWith(deployment.realmEnv).clients.find((c) => c.clientId === config.clientId);
  if (!client) problems.push(`${where}: the realm has no client ${config.clientId}`);
  else if (!client.publicClient || !client.standardFlowEnabled) problems.push(`${where}: realm client ${client.clientId} must be public with the standard flow (a browser app keeps no secret)`);
  else if (!redirectAllowed(client.redirectUris ?? [], `${origin}/`)) {
    problems.push(`${where}: realm client ${client.clientId} does not accept redirects to ${origin}/ (its redirect URIs: ${(client.redirectUris ?? []).join(', ')}; Keycloak's ${realmOriginVariable(app)})`);
  }
  return problems;
}

/** The origin browsers use for a Service exposed by an Ingress: https when the Ingress has TLS for the host. */
function ingressOrigin(objects: readonly K8sObject[], service: string): string | undefined {
  for (const ingress of ofKind<IIngress>(objects, 'Ingress')) {
    for (const rule of ingress.spec?.rules ?? []) {
      if (!rule.host || !rule.http?.paths.some((p) => p.backend.service?.name === service && p.path === '/')) continue;
      const tls = ingress.spec?.tls?.some((t) => t.hosts?.includes(rule.host ?? ''));
      return `${tls ? 'https' : 'http'}://${rule.host}`;
    }
  }
  return undefined;
}

/** Every apps/web-* app has a Deployment of its image, exposed by an Ingress, with a config.json that fits the overlay. */
export function checkWebApps(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  const deployments = ofKind<IDeployment>(objects, 'Deployment');
  const gateway = deployments.find((d) => d.metadata.name === 'gateway')?.spec?.template.spec?.containers[0];
  const gatewayEnv = gateway ? containerEnv(objects, gateway).values : {};
  const realmEnv = ofKind<IConfigMap>(objects, 'ConfigMap').find((c) => c.metadata.name === 'keycloak-realm-bayu-env')?.data;
  if (!realmEnv) problems.push("ConfigMap keycloak-realm-bayu-env (Keycloak's environment for the realm import) is missing");
  const deployment: WebDeployment = {
    origins: Object.fromEntries(WEB_APPS.map((app) => [app, ingressOrigin(objects, app)])),
    apiBaseUrl: ingressOrigin(objects, 'gateway'),
    realmUrl: gatewayEnv['SSO_URL'] && `${gatewayEnv['SSO_URL']}/realms/${gatewayEnv['SSO_REALM'] ?? 'bayu'}`,
    corsOrigins: (gatewayEnv['CORS_ORIGINS'] ?? '').split(',').map((o) => o.trim()),
    realmEnv: realmEnv ?? {},
  };
  for (const d of deployments.filter((d) => d.spec?.template.metadata?.labels?.[COMPONENT] === 'web')) {
    if (!WEB_APPS.includes(d.metadata.name)) problems.push(`${objectRef(d)}: a web Deployment of no apps/web-* app`);
  }
  for (const app of WEB_APPS) {
    const d = deployments.find((x) => x.metadata.name === app);
    const container = d?.spec?.template.spec?.containers[0];
    if (!d || !container) {
      problems.push(`Deployment/${app} is missing (apps/${app} is a web app)`);
      continue;
    }
    const where = objectRef(d);
    if (d.spec?.template.metadata?.labels?.[COMPONENT] !== 'web') problems.push(`${where}: its pods need the label ${COMPONENT}: web (the web NetworkPolicies and probes select it)`);
    if (!new RegExp(`(^|/)bayu/${app}:`).test(container.image ?? '')) problems.push(`${where}: runs ${String(container.image)}, not the bayu/${app} image`);
    if (!container.ports?.some((p) => p.name === 'http' && p.containerPort === webPort())) problems.push(`${where}: needs container port http = ${webPort()} (nginx's listen)`);
    const env = containerEnv(objects, container);
    problems.push(...env.problems.map((p) => `${where} ${p}`), ...[...env.opaque].map((name) => `${where}: ${name} comes from a Secret, but config.json is public`));
    problems.push(...checkWebConfig(app, where, env.values, deployment));
  }
  return problems;
}

/** nginx serving files opens no connection: an Egress policy selects every web pod and allows DNS (port 53) only. */
export function checkWebEgress(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  const policies = ofKind<INetworkPolicy>(objects, 'NetworkPolicy');
  for (const d of ofKind<IDeployment>(objects, 'Deployment')) {
    const labels = d.spec?.template.metadata?.labels;
    if (labels?.[COMPONENT] !== 'web') continue;
    const mine = policies.filter((p) => {
      const selector = p.spec?.podSelector?.matchLabels ?? {};
      return p.spec?.policyTypes?.includes('Egress') && Object.keys(selector).length > 0 && matches(selector, labels);
    });
    if (mine.length === 0) problems.push(`${objectRef(d)}: no Egress NetworkPolicy limits it to DNS`);
    for (const p of mine) {
      for (const rule of p.spec?.egress ?? []) {
        if (!rule.to?.length) problems.push(`${objectRef(p)}: an egress rule without \`to\` lets ${d.metadata.name} reach any address`);
        if (!rule.ports?.length || rule.ports.some((port) => port.port !== 53)) problems.push(`${objectRef(p)}: lets ${d.metadata.name} reach more than DNS (port 53)`);
      }
    }
  }
  return problems;
}
