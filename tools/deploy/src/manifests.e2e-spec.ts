/**
 * Static checks of everything under deploy/ and docker-compose.yml (no cluster and no Docker engine
 * needed, kubectl only for `kubectl kustomize`):
 *   (a) the generated topic files are what the generator renders from the catalogue now;
 *   (b) every overlay renders, every object passes the Kubernetes schemas, the platform rules hold;
 *   (c) docker-compose.yml passes the Compose schema and wires the real parts together.
 * The web image itself (Dockerfile, entrypoint, nginx template) is web.e2e-spec.ts's.
 */
import { execFileSync } from 'node:child_process';
import { loadStackConfig } from '@bayu/dev/stack';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from './generate-topics';
import { checkAppEnv } from './lib/app-env';
import { checkComposeWiring, composeEnvOf, composeSpecValidator, loadCompose, unmarkedSecrets } from './lib/compose-rules';
import { checkDockerfile, checkDockerignore } from './lib/dockerfile';
import { envProblems, PLATFORM_RULES } from './lib/platform-rules';
import { validateObject } from './lib/k8s-schema';
import { webPort } from './lib/web-rules';
import { APPS, ROOT, at, WEB_APPS, readText, renderKustomization, type K8sObject } from './lib/workspace';

const OVERLAYS = readdirSync(join(ROOT, 'deploy/k8s/overlays'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('(a) generated topic files', () => {
  it.each(Object.entries(generatedFiles()))('%s is what the generator renders from the catalogue', (path, expected) => {
    // On failure: npx nx run deploy:generate, then commit the result.
    expect(readText(path)).toBe(expected);
  });

  it('kafka-topics.sh is valid POSIX sh', () => {
    expect(() => execFileSync('sh', ['-n', join(ROOT, 'deploy/compose/kafka-topics.sh')])).not.toThrow();
  });
});

describe.each(OVERLAYS)('(b) overlay %s', (overlay) => {
  let objects: K8sObject[] = [];
  beforeAll(() => {
    objects = renderKustomization(`deploy/k8s/overlays/${overlay}`);
  });

  it('renders apps, jobs, topics and the realm import', () => {
    const kinds = new Set(objects.map((o) => o.kind));
    for (const kind of ['Namespace', 'Deployment', 'Service', 'PodDisruptionBudget', 'Job', 'NetworkPolicy', 'Ingress', 'ConfigMap', 'KafkaTopic']) {
      expect(kinds).toContain(kind);
    }
  });

  it('every object passes the Kubernetes OpenAPI schemas (CRDs: a structural check)', () => {
    expect(objects.flatMap(validateObject)).toEqual([]);
  });

  it.each(PLATFORM_RULES)('%s', (_name, rule) => {
    expect(rule(objects)).toEqual([]);
  });

  it("gives every app the environment its config.ts requires, with valid values", async () => {
    expect(await envProblems(objects)).toEqual([]);
  });
});

describe('(b) production overlay', () => {
  let objects: K8sObject[] = [];
  beforeAll(() => {
    objects = renderKustomization('deploy/k8s/overlays/production');
  });

  it('runs released images from a registry, all of one release', () => {
    const images = objects.flatMap((o) => JSON.stringify(o).match(/"image":"[^"]+"/g) ?? []).map((m) => m.slice(9, -1));
    const tags = new Set(images.map((i) => i.split(':').pop()));
    expect(images.filter((i) => !i.includes('/bayu/') || /:(dev|latest)$/.test(i) || i.startsWith('bayu/'))).toEqual([]);
    expect(tags.size).toBe(1);
  });

  it('autoscales the gateway and serves it over TLS', () => {
    expect(objects.some((o) => o.kind === 'HorizontalPodAutoscaler' && JSON.stringify(o).includes('"name":"gateway"'))).toBe(true);
    const ingress = objects.find((o) => o.kind === 'Ingress' && o.metadata.name === 'gateway');
    expect(JSON.stringify(ingress)).toContain('"secretName":"bayu-api-tls"');
  });

  it('serves every web app over TLS on its own *.bayu.example host', () => {
    const ingresses = objects.filter((o) => o.kind === 'Ingress' && WEB_APPS.includes(o.metadata.name));
    expect(ingresses.map((i) => i.metadata.name).sort()).toEqual([...WEB_APPS]);
    for (const ingress of ingresses) {
      const host = String(at(ingress, 'spec', 'rules', 0, 'host'));
      expect(host).toMatch(/^[a-z]+\.bayu\.example$/);
      expect(at(ingress, 'spec', 'tls')).toEqual([{ hosts: [host], secretName: `bayu-${ingress.metadata.name}-tls` }]);
    }
  });
});

describe('(c) docker-compose.yml', () => {
  const { doc, services } = loadCompose();

  it('passes the Compose Specification schema', () => {
    expect(composeSpecValidator()(doc)).toEqual([]);
  });

  it('wires apps, migrators, PostgreSQL, Kafka, Keycloak, the collector and Jaeger with healthchecks', () => {
    expect(checkComposeWiring(services)).toEqual([]);
  });

  it.each(APPS)("gives %s the environment its config.ts requires, with valid values", async (app) => {
    expect(await checkAppEnv(app, `compose ${app}`, { values: composeEnvOf(services, app) })).toEqual([]);
  });

  it("publishes the web apps on npm start's ports", () => {
    const { webPorts } = loadStackConfig([], {});
    for (const app of WEB_APPS) expect(services[app]?.['ports']).toEqual([`${webPorts[app as keyof typeof webPorts]}:${webPort()}`]);
  });

  it('marks every password, secret and key as dev-only', () => {
    expect(unmarkedSecrets()).toEqual([]);
  });
});

describe('(c) image build', () => {
  it('deploy/docker/Dockerfile builds every app, runs as non-root, has a healthcheck and a migrator target', () => {
    expect(checkDockerfile(readText('deploy/docker/Dockerfile'))).toEqual([]);
  });

  it('.dockerignore keeps installed and built files out of the context, and nothing the build needs', () => {
    expect(checkDockerignore(readText('.dockerignore'))).toEqual([]);
  });
});
