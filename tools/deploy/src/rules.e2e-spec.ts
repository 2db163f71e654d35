/**
 * The checks of manifests.e2e-spec.ts must be able to fail: each case here breaks a copy of the
 * rendered production overlay (or of the compose file, the Dockerfile) the way a careless change
 * would, and expects the matching rule to say so.
 */
import { checkAppEnv } from './lib/app-env';
import { checkComposeWiring, composeEnvOf, composeSpecValidator, loadCompose, unmarkedSecrets } from './lib/compose-rules';
import { checkDockerfile, checkDockerignore } from './lib/dockerfile';
import { envProblems, PLATFORM_RULES } from './lib/platform-rules';
import { validateObject } from './lib/k8s-schema';
import { at, asArray, asRecord, readText, renderKustomization, type K8sObject } from './lib/workspace';

let pristine: K8sObject[] = [];
beforeAll(() => {
  pristine = renderKustomization('deploy/k8s/overlays/production');
});

function rule(name: string): (objects: readonly K8sObject[]) => string[] {
  const found = PLATFORM_RULES.find(([n]) => n.startsWith(name));
  if (!found) throw new Error(`no rule ${name}`);
  return found[1];
}

/** A deep copy of the overlay with one object changed. */
function broken(kind: string, name: string, change: (object: Record<string, unknown>) => void): K8sObject[] {
  const copy = structuredClone(pristine);
  const target = copy.find((o) => o.kind === kind && (o.metadata.name === name || o.metadata.name.startsWith(`${name}-`)));
  if (!target) throw new Error(`${kind}/${name} not rendered`);
  change(target);
  return copy;
}

function container(object: Record<string, unknown>): Record<string, unknown> {
  return asRecord(asArray(at(object, 'spec', 'template', 'spec', 'containers'))[0]);
}

const BREAKAGES: ReadonlyArray<[string, string, () => K8sObject[], RegExp]> = [
  ['pods are non-root', 'a writable root filesystem', () => broken('Deployment', 'registry', (d) => { asRecord(container(d)['securityContext'])['readOnlyRootFilesystem'] = false; }), /readOnlyRootFilesystem/],
  ['pods are non-root', 'a container without limits', () => broken('Deployment', 'campaign', (d) => { delete asRecord(container(d)['resources'])['limits']; }), /resources\.limits\.cpu/],
  ['Deployments have startup', 'a missing readiness probe', () => broken('Deployment', 'gateway', (d) => { delete container(d)['readinessProbe']; }), /readinessProbe/],
  ['Deployments have startup', 'liveness on the readiness path', () => broken('Deployment', 'gateway', (d) => { asRecord(at(container(d), 'livenessProbe', 'httpGet'))['path'] = '/health/ready'; }), /livenessProbe must GET \/health\/live/],
  ['the grace period', 'a grace period shorter than the drain', () => broken('Deployment', 'registry', (d) => { asRecord(at(d, 'spec', 'template', 'spec'))['terminationGracePeriodSeconds'] = 10; }), /terminationGracePeriodSeconds 10/],
  ['images are ours', 'an unpinned third-party image', () => broken('Deployment', 'gateway', (d) => { container(d)['image'] = 'nginx'; }), /nginx is neither ours/],
  ['images are ours', 'our image on latest', () => broken('Deployment', 'gateway', (d) => { container(d)['image'] = 'registry.bayu.example/bayu/gateway:latest'; }), /moving tag latest/],
  ['Secrets are referenced', 'an undocumented Secret', () => broken('Deployment', 'registry', (d) => { asRecord(at(asArray(container(d)['env']).find((e) => asRecord(e)['valueFrom'] !== undefined), 'valueFrom', 'secretKeyRef'))['name'] = 'registry-db'; }), /Secret registry-db is not in the Secrets table/],
  ['Secrets are referenced', 'a committed Secret', () => [...structuredClone(pristine), { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'oops', namespace: 'bayu' } }], /never committed/],
  ['each database app', 'a migrator of another release', () => broken('Job', 'registry-migrate', (j) => { container(j)['image'] = 'registry.bayu.example/bayu/registry-migrator:0.0.9'; }), /differs from the app's/],
  ['each database app', 'a Job without ttlSecondsAfterFinished', () => broken('Job', 'campaign-migrate', (j) => { delete asRecord(j['spec'])['ttlSecondsAfterFinished']; }), /ttlSecondsAfterFinished/],
  ['each database app', 'no migration Job', () => structuredClone(pristine).filter((o) => !(o.kind === 'Job' && o.metadata.name.startsWith('campaign-'))), /campaign: expected one migration Job, found 0/],
  ['KafkaTopics match', 'partitions changed by hand', () => broken('KafkaTopic', 'bayu.registry.talent.v1', (t) => { asRecord(t['spec'])['partitions'] = 6; }), /partitions 6, catalogue says 12/],
  ['Services and PodDisruptionBudgets', 'a Service on a port name the pods lack', () => broken('Service', 'campaign', (s) => { asRecord(asArray(at(s, 'spec', 'ports'))[0])['targetPort'] = 'web'; }), /targetPort web/],
  ['NetworkPolicies', 'registry open to every pod', () => broken('NetworkPolicy', 'registry-ingress', (p) => { asRecord(asArray(at(p, 'spec', 'ingress'))[0])['from'] = [{ podSelector: {} }]; }), /reach registry; only the gateway and Prometheus may/],
  ['NetworkPolicies', 'no default deny', () => structuredClone(pristine).filter((o) => o.metadata.name !== 'default-deny-ingress'), /no default-deny/],
  ['NetworkPolicies', 'the gateway let into the web apps', () => broken('NetworkPolicy', 'web-ingress', (p) => { asArray(at(p, 'spec', 'ingress', 0, 'from')).push({ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway', 'app.kubernetes.io/component': 'api' } } }); }), /lets the gateway reach web-hrss; only the ingress controller may/],
  ['web apps reach nothing', 'web pods allowed out on 443', () => broken('NetworkPolicy', 'web-egress', (p) => { asArray(at(p, 'spec', 'egress', 0, 'ports')).push({ protocol: 'TCP', port: 443 }); }), /lets web-public reach more than DNS/],
  ['web apps reach nothing', 'no egress policy', () => structuredClone(pristine).filter((o) => o.metadata.name !== 'web-egress'), /Deployment\/web-recommend: no Egress NetworkPolicy/],
  ['Ingresses expose', 'an Ingress to the registry', () => broken('Ingress', 'gateway', (i) => { asRecord(at(asArray(at(asArray(at(i, 'spec', 'rules'))[0], 'http', 'paths'))[0], 'backend', 'service'))['name'] = 'registry'; }), /only the gateway and the web apps are exposed/],
  ['Ingresses expose', 'two apps on one host', () => broken('Ingress', 'web-hrss', (i) => { asRecord(at(i, 'spec', 'rules', 0))['host'] = 'www.bayu.example'; }), /host www\.bayu\.example is also/],
  ['Deployments have startup', 'a web app probed on the services\' path', () => broken('Deployment', 'web-hrss', (d) => { asRecord(at(container(d), 'livenessProbe', 'httpGet'))['path'] = '/health/live'; }), /livenessProbe must GET \/healthz/],
  ['pods are non-root', 'nginx without a writable /tmp', () => broken('Deployment', 'web-public', (d) => { delete asRecord(at(d, 'spec', 'template', 'spec'))['volumes']; }), /web-public container web: needs an emptyDir at \/tmp/],
  ['every apps/web-*', 'a missing web Deployment', () => structuredClone(pristine).filter((o) => !(o.kind === 'Deployment' && o.metadata.name === 'web-recommend')), /Deployment\/web-recommend is missing/],
  ['every apps/web-*', 'a web origin missing from CORS', () => broken('ConfigMap', 'gateway-config', (c) => { asRecord(c['data'])['CORS_ORIGINS'] = 'https://www.bayu.example'; }), /CORS_ORIGINS lacks https:\/\/skills\.bayu\.example/],
  ['every apps/web-*', 'a link to a stale host', () => broken('ConfigMap', 'web-common', (c) => { asRecord(c['data'])['LINK_WEB_PUBLIC'] = 'https://public.bayu.example/'; }), /links\["web-public"\] .* is "https:\/\/public\.bayu\.example\/", expected "https:\/\/www\.bayu\.example\/"/],
  ['every apps/web-*', 'the realm without the production redirect', () => broken('ConfigMap', 'keycloak-realm-bayu-env', (c) => { asRecord(c['data'])['BAYU_WEB_HRSS_ORIGIN'] = 'https://hr.bayu.example'; }), /web-hrss does not accept redirects to https:\/\/hrss\.bayu\.example\//],
  ['every apps/web-*', 'a gateway URL the entrypoint refuses', () => broken('ConfigMap', 'web-common', (c) => { asRecord(c['data'])['API_BASE_URL'] = 'https://api.bayu.example/'; }), /entrypoint\.sh refuses the environment: .*API_BASE_URL/],
  ['every apps/web-*', 'another app\'s client', () => broken('ConfigMap', 'web-hrss-config', (c) => { asRecord(c['data'])['SSO_CLIENT_ID'] = 'web-public'; }), /clientId .* is "web-public", expected "web-hrss"/],
  ['every apps/web-*', 'a typo in a variable', () => broken('ConfigMap', 'web-common', (c) => { asRecord(c['data'])['API_URL'] = 'https://api.bayu.example'; }), /API_URL is not read by deploy\/web\/entrypoint\.sh/],
  ['every apps/web-*', 'the SSO of another realm', () => broken('ConfigMap', 'web-common', (c) => { asRecord(c['data'])['SSO_REALM_URL'] = 'https://sso.bayu.example/realms/other'; }), /realmUrl .* expected "https:\/\/sso\.bayu\.example\/realms\/bayu"/],
  ['autoscaled Deployments', 'replicas next to the autoscaler', () => broken('Deployment', 'gateway', (d) => { asRecord(d['spec'])['replicas'] = 2; }), /sets replicas although/],
  ['Keycloak imports', 'a stale realm', () => broken('ConfigMap', 'keycloak-realm-bayu', (c) => { asRecord(c['data'])['realm-bayu.json'] = '{}'; }), /differs from deploy\/keycloak\/realm-bayu\.json/],
  ['objects live in namespace', 'an object outside the namespace', () => broken('Service', 'gateway', (s) => { asRecord(s['metadata'])['namespace'] = 'default'; }), /namespace is default/],
];

describe('platform rules fail on broken manifests', () => {
  it('hold on the pristine overlay', () => {
    expect(PLATFORM_RULES.flatMap(([, check]) => check(pristine))).toEqual([]);
  });

  it.each(BREAKAGES)('%s: catches %s', (name, _what, make, message) => {
    expect(rule(name)(make()).join('\n')).toMatch(message);
  });

  it('the schemas catch a wrong type and a missing required field', () => {
    const wrongPort = broken('Deployment', 'gateway', (d) => { asRecord(asArray(container(d)['ports'])[0])['containerPort'] = 'http'; });
    expect(wrongPort.flatMap(validateObject).join('\n')).toMatch(/containerPort must be integer/);
    const noSelector = broken('Deployment', 'registry', (d) => { delete asRecord(d['spec'])['selector']; });
    expect(noSelector.flatMap(validateObject).join('\n')).toMatch(/must have required property selector/);
    const badTopic = broken('KafkaTopic', 'bayu.registry.talent.v1', (t) => { asRecord(t['spec'])['partitions'] = 0; asRecord(t['spec'])['partition'] = 3; });
    const topicProblems = badTopic.flatMap(validateObject).join('\n');
    expect(topicProblems).toMatch(/spec\.partitions must be a positive integer/);
    expect(topicProblems).toMatch(/unknown field spec\.partition\b/);
  });

  it('the environment check catches a missing and an invalid variable', async () => {
    const missing = broken('Deployment', 'registry', (d) => { container(d)['env'] = asArray(container(d)['env']).filter((e) => at(e, 'name') !== 'DATABASE_URL'); });
    expect((await envProblems(missing)).join('\n')).toMatch(/DATABASE_URL is required/);
    const invalid = structuredClone(pristine);
    const config = invalid.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('registry-config'));
    asRecord(config?.['data'])['KAFKA_BROKERS'] = 'kafka';
    asRecord(config?.['data'])['SSO_REALMS'] = 'bayu';
    const problems = (await envProblems(invalid)).join('\n');
    expect(problems).toMatch(/KAFKA_BROKERS.* is invalid/);
    expect(problems).toMatch(/SSO_REALMS is not read by registry/);
  });
});

describe('compose and image checks fail on broken files', () => {
  it('compose: schema, wiring, env and dev-only marks', async () => {
    const { doc, services } = loadCompose();
    const bad = structuredClone(services);
    delete bad['keycloak']?.['healthcheck'];
    asRecord(bad['gateway'])['environment'] = { ...composeEnvOf(services, 'gateway'), SSO_CLIENT_SECRET: 'something-else' };
    delete asRecord(bad['registry-migrate'])['depends_on'];
    delete bad['web-recommend'];
    asRecord(bad['web-hrss'])['ports'] = ['4299:8080'];
    asRecord(bad['web-public'])['read_only'] = false;
    const wiring = checkComposeWiring(bad).join('\n');
    expect(wiring).toMatch(/service web-recommend is missing/);
    expect(wiring).toMatch(/compose web-hrss: the gateway's CORS_ORIGINS lacks http:\/\/localhost:4299/);
    expect(wiring).toMatch(/compose web-public: config\.json links\["web-hrss"\] .* expected "http:\/\/localhost:4299\/"/);
    expect(wiring).toMatch(/web-public: must run with read_only: true/);
    expect(wiring).toMatch(/keycloak: needs a healthcheck/);
    expect(wiring).toMatch(/waits for keycloak to be healthy, but keycloak has no healthcheck/);
    expect(wiring).toMatch(/gateway: SSO_CLIENT_SECRET differs from Keycloak's secret of bayu-gateway/);
    expect(wiring).toMatch(/registry-migrate: must depend on postgres with service_healthy/);
    const invalid = structuredClone(doc);
    asRecord(at(invalid, 'services', 'kafka'))['depends_on'] = { postgres: { condition: 'service_ready' } };
    expect(composeSpecValidator()(invalid).join('\n')).toMatch(/allowed values/);
    const { NATIONAL_ID_HASH_KEY: _dropped, ...registryEnv } = composeEnvOf(services, 'registry');
    expect((await checkAppEnv('registry', 'compose registry', { values: registryEnv })).join('\n')).toMatch(/NATIONAL_ID_HASH_KEY is required/);
    expect(unmarkedSecrets('    environment:\n      POSTGRES_PASSWORD: hunter2\n')).toHaveLength(1);
  });

  it('Dockerfile and .dockerignore', () => {
    const dockerfile = readText('deploy/docker/Dockerfile');
    const problems = checkDockerfile(dockerfile.replace(/^USER 10001:10001$/gm, '').replace("+'/health/live'", "+'/'")).join('\n');
    expect(problems).toMatch(/stage runtime runs as root/);
    expect(problems).toMatch(/HEALTHCHECK must probe \/health\/live/);
    expect(checkDockerfile(dockerfile.replace('npm prune --omit=dev', 'true')).join('\n')).toMatch(/npm prune --omit=dev/);
    expect(checkDockerfile(dockerfile.replace('COPY apps/${APP}/prisma ./', 'COPY apps/${APP}/prisma-schema ./')).join('\n')).toMatch(/prisma-schema does not exist/);
    expect(checkDockerignore('node_modules\ndist\n').join('\n')).toMatch(/\.nx is not ignored/);
    expect(checkDockerignore(`${readText('.dockerignore')}\nlibs\n`).join('\n')).toMatch(/ignores libs/);
  });
});
