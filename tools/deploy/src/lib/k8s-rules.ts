/**
 * The platform's rules for a rendered overlay. Each check returns its violations as sentences; an
 * empty list means the overlay keeps the rule.
 */
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IService } from 'kubernetes-models/v1/Service';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPeer';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { KafkaTopicSpec } from '@bayu/contracts';
import type { SecretSpec } from './app-env';
import { APPS, DRAIN_MS, WEB_APPS, at, objectRef, type K8sObject } from './workspace';

export const NAMESPACE = 'bayu';
const NAME = 'app.kubernetes.io/name';
export const COMPONENT = 'app.kubernetes.io/component';
/** Our images: <any registry>/bayu/<app>[-migrator]:<tag>, the services' and the web apps'. */
const OUR_IMAGE = new RegExp(`^(?:[a-z0-9.-]+(?::\\d+)?/)*bayu/(${[...APPS, ...WEB_APPS].join('|')})(-migrator)?:([A-Za-z0-9_][A-Za-z0-9_.-]*)$`);
/** Anything else: a digest, or an exact version tag. */
const PINNED_IMAGE = /(@sha256:[a-f0-9]{64}$)|(:v?\d+\.\d+(\.\d+)?([-.][A-Za-z0-9.]+)?$)/;

export function ofKind<T>(objects: readonly K8sObject[], kind: string): Array<T & K8sObject> {
  return objects.filter((o) => o.kind === kind) as unknown as Array<T & K8sObject>;
}

export function matches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return true;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

interface Workload {
  readonly object: K8sObject;
  readonly pod: IPodSpec;
  readonly labels: Record<string, string>;
}

export function workloads(objects: readonly K8sObject[]): Workload[] {
  const found: Workload[] = [];
  for (const d of [...ofKind<IDeployment>(objects, 'Deployment'), ...ofKind<IJob>(objects, 'Job')]) {
    const template = d.spec?.template;
    if (template?.spec) found.push({ object: d, pod: template.spec, labels: template.metadata?.labels ?? {} });
  }
  return found;
}

function containersOf(pod: IPodSpec): IContainer[] {
  return [...(pod.initContainers ?? []), ...pod.containers];
}

export function checkNamespaces(objects: readonly K8sObject[]): string[] {
  return objects
    .filter((o) => o.kind !== 'Namespace' && o.metadata.namespace !== NAMESPACE)
    .map((o) => `${objectRef(o)}: namespace is ${o.metadata.namespace ?? '(none)'}, not ${NAMESPACE}`);
}

/** Non-root, read-only root filesystem, no capabilities, no privilege escalation, requests and limits. */
export function checkPodSecurity(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const { object, pod } of workloads(objects)) {
    const where = objectRef(object);
    if (pod.automountServiceAccountToken !== false) problems.push(`${where}: automountServiceAccountToken must be false`);
    if (pod.securityContext?.seccompProfile?.type !== 'RuntimeDefault') problems.push(`${where}: pod seccompProfile must be RuntimeDefault`);
    for (const c of containersOf(pod)) {
      const at_ = `${where} container ${c.name}`;
      const sc = c.securityContext;
      if ((sc?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot) !== true) problems.push(`${at_}: runAsNonRoot must be true`);
      if ((sc?.runAsUser ?? pod.securityContext?.runAsUser) === 0) problems.push(`${at_}: runs as uid 0`);
      if (sc?.readOnlyRootFilesystem !== true) problems.push(`${at_}: readOnlyRootFilesystem must be true`);
      if (sc?.allowPrivilegeEscalation !== false) problems.push(`${at_}: allowPrivilegeEscalation must be false`);
      if (!sc?.capabilities?.drop?.includes('ALL')) problems.push(`${at_}: capabilities must drop ALL`);
      if (sc?.capabilities?.add?.length) problems.push(`${at_}: adds capabilities`);
      if (sc?.privileged) problems.push(`${at_}: is privileged`);
      for (const kind of ['requests', 'limits'] as const) {
        for (const resource of ['cpu', 'memory']) {
          if (c.resources?.[kind]?.[resource] === undefined) problems.push(`${at_}: resources.${kind}.${resource} is missing`);
        }
      }
      const tmp = c.volumeMounts?.find((m) => m.mountPath === '/tmp');
      const volume = pod.volumes?.find((v) => v.name === tmp?.name);
      if (!tmp || !volume?.emptyDir) problems.push(`${at_}: needs an emptyDir at /tmp (the root filesystem is read-only)`);
    }
  }
  return problems;
}

type ProbeName = 'startupProbe' | 'livenessProbe' | 'readinessProbe';
/** The health endpoints by component: the services' (libs/platform) and the web apps' nginx (deploy/web). */
const PROBE_PATHS: Readonly<Record<string, Readonly<Record<ProbeName, string>>>> = {
  api: { startupProbe: '/health/live', livenessProbe: '/health/live', readinessProbe: '/health/ready' },
  web: { startupProbe: '/healthz', livenessProbe: '/healthz', readinessProbe: '/healthz' },
};

/** Startup, liveness and readiness probes on the component's health endpoints, on a port the container declares. */
export function checkProbes(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const d of ofKind<IDeployment>(objects, 'Deployment')) {
    const component = d.spec?.template.metadata?.labels?.[COMPONENT] ?? '';
    const paths = PROBE_PATHS[component];
    if (!paths) {
      problems.push(`${objectRef(d)}: its pods' ${COMPONENT} label is ${component || '(none)'}, not one of ${Object.keys(PROBE_PATHS).join(', ')}`);
      continue;
    }
    for (const c of d.spec?.template.spec?.containers ?? []) {
      const where = `${objectRef(d)} container ${c.name}`;
      const ports = new Set<string | number>((c.ports ?? []).flatMap((p) => [p.containerPort, ...(p.name ? [p.name] : [])]));
      for (const [probe, path] of Object.entries(paths) as Array<[ProbeName, string]>) {
        const get = c[probe]?.httpGet;
        if (!get) problems.push(`${where}: ${probe} (httpGet ${path}) is missing`);
        else {
          if (get.path !== path) problems.push(`${where}: ${probe} must GET ${path}, not ${String(get.path)}`);
          if (!ports.has(get.port)) problems.push(`${where}: ${probe} port ${String(get.port)} is not a container port`);
        }
      }
    }
  }
  return problems;
}

/** The literal environment a container gets from ConfigMaps and `value`s, and the names set from Secrets. */
export function containerEnv(objects: readonly K8sObject[], container: IContainer): { values: Record<string, string>; opaque: Set<string>; problems: string[] } {
  const configMaps = new Map(ofKind<IConfigMap>(objects, 'ConfigMap').map((c) => [c.metadata.name, c.data ?? {}]));
  const values: Record<string, string> = {};
  const opaque = new Set<string>();
  const problems: string[] = [];
  for (const source of container.envFrom ?? []) {
    const name = source.configMapRef?.name;
    if (name) {
      const data = configMaps.get(name);
      if (!data) problems.push(`container ${container.name}: envFrom ConfigMap ${name} is not in the overlay`);
      Object.assign(values, data ?? {});
    }
    if (source.secretRef) problems.push(`container ${container.name}: use secretKeyRef per variable, not envFrom a Secret (${source.secretRef.name})`);
  }
  for (const e of container.env ?? []) {
    if (e.value !== undefined) values[e.name] = e.value;
    else if (e.valueFrom?.secretKeyRef) opaque.add(e.name);
    else if (e.valueFrom?.configMapKeyRef) {
      const v = configMaps.get(e.valueFrom.configMapKeyRef.name ?? '')?.[e.valueFrom.configMapKeyRef.key];
      if (v === undefined) problems.push(`container ${container.name}: ${e.name} refers to a missing ConfigMap key`);
      else values[e.name] = v;
    }
  }
  return { values, opaque, problems };
}

/** Kubernetes' grace period must outlast the app's own shutdown: drain + SHUTDOWN_GRACE_MS. */
export function checkGracePeriod(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const d of ofKind<IDeployment>(objects, 'Deployment')) {
    const pod = d.spec?.template.spec;
    const container = pod?.containers[0];
    if (!pod || !container) continue;
    const grace = Number(containerEnv(objects, container).values['SHUTDOWN_GRACE_MS'] ?? 10_000);
    const seconds = pod.terminationGracePeriodSeconds ?? 30;
    if (seconds * 1000 <= DRAIN_MS + grace) problems.push(`${objectRef(d)}: terminationGracePeriodSeconds ${seconds} must exceed the ${DRAIN_MS} ms drain + ${grace} ms SHUTDOWN_GRACE_MS`);
  }
  return problems;
}

export function imageProblems(image: string | undefined): string | undefined {
  if (!image) return 'has no image';
  const ours = OUR_IMAGE.exec(image);
  if (ours) return ours[3] === 'latest' ? `${image} uses the moving tag latest` : undefined;
  return PINNED_IMAGE.test(image) ? undefined : `${image} is neither ours (…/bayu/<app>:<tag>) nor pinned to a version or digest`;
}

export function checkImages(objects: readonly K8sObject[]): string[] {
  return workloads(objects).flatMap(({ object, pod }) =>
    containersOf(pod).flatMap((c) => {
      const problem = imageProblems(c.image);
      return problem ? [`${objectRef(object)} container ${c.name}: ${problem}`] : [];
    }),
  );
}

/** Every Secret a manifest refers to is one deploy/README.md tells operators to create; none is committed. */
export function checkSecretRefs(objects: readonly K8sObject[], documented: ReadonlyMap<string, SecretSpec>): string[] {
  const problems = objects.filter((o) => o.kind === 'Secret').map((o) => `${objectRef(o)}: Secrets are created by operators, never committed`);
  const refer = (where: string, name: string | undefined, key?: string): void => {
    const secret = documented.get(name ?? '');
    if (!secret) problems.push(`${where}: Secret ${String(name)} is not in the Secrets table of deploy/README.md`);
    else if (key !== undefined && !secret.keys.has(key)) problems.push(`${where}: key ${key} of Secret ${String(name)} is not in deploy/README.md`);
  };
  for (const { object, pod } of workloads(objects)) {
    for (const c of containersOf(pod)) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (ref) refer(`${objectRef(object)} ${c.name} ${e.name}`, ref.name, ref.key);
      }
      for (const source of c.envFrom ?? []) if (source.secretRef) refer(`${objectRef(object)} ${c.name} envFrom`, source.secretRef.name);
    }
    for (const v of pod.volumes ?? []) if (v.secret) refer(`${objectRef(object)} volume ${v.name}`, v.secret.secretName);
  }
  for (const ingress of ofKind<IIngress>(objects, 'Ingress')) {
    for (const tls of ingress.spec?.tls ?? []) refer(`${objectRef(ingress)} tls`, tls.secretName, 'tls.crt');
  }
  return problems;
}

function tagOf(image: string | undefined): string | undefined {
  return image ? OUR_IMAGE.exec(image)?.[3] : undefined;
}

/** Each database app has a migration Job of the same release, on the same database Secret. */
export function checkMigrationJobs(objects: readonly K8sObject[], dbApps: readonly string[]): string[] {
  const problems: string[] = [];
  const jobs = ofKind<IJob>(objects, 'Job');
  for (const app of dbApps) {
    const deployment = ofKind<IDeployment>(objects, 'Deployment').find((d) => d.metadata.name === app);
    const appContainer = deployment?.spec?.template.spec?.containers[0];
    const mine = jobs.filter((j) => j.metadata.labels?.[NAME] === app && j.metadata.labels['app.kubernetes.io/component'] === 'migration');
    if (!appContainer) problems.push(`Deployment/${app} is missing`);
    if (mine.length !== 1) {
      problems.push(`${app}: expected one migration Job, found ${mine.length}`);
      continue;
    }
    const job = mine[0] as IJob & K8sObject;
    const where = objectRef(job);
    const container = job.spec?.template.spec?.containers[0];
    const tag = tagOf(appContainer?.image);
    if (!container?.image?.includes(`/${app}-migrator:`) && !container?.image?.startsWith(`bayu/${app}-migrator:`)) problems.push(`${where}: image must be the ${app}-migrator image`);
    if (tagOf(container?.image) !== tag) problems.push(`${where}: migrator tag ${String(tagOf(container?.image))} differs from the app's ${String(tag)}`);
    if (!tag || !job.metadata.name.endsWith(`-${tag}`)) problems.push(`${where}: the name must end with the release tag (-${String(tag)}); Job specs are immutable`);
    if (!(job.spec?.ttlSecondsAfterFinished && job.spec.ttlSecondsAfterFinished > 0)) problems.push(`${where}: ttlSecondsAfterFinished is required`);
    if (!['Never', 'OnFailure'].includes(job.spec?.template.spec?.restartPolicy ?? '')) problems.push(`${where}: restartPolicy must be Never or OnFailure`);
    // deploy/README.md applies everything but `component: api` first, then waits for the Jobs.
    const account = objects.find((o) => o.kind === 'ServiceAccount' && o.metadata.name === (job.spec?.template.spec?.serviceAccountName ?? 'default'));
    if (job.spec?.template.spec?.serviceAccountName && (!account || account.metadata.labels?.['app.kubernetes.io/component'] === 'api')) {
      problems.push(`${where}: its ServiceAccount must be in the overlay and applied before the apps (no component: api label)`);
    }
    if (container?.command || container?.args) problems.push(`${where}: must run the migrator image's own command (prisma migrate deploy)`);
    const jobDb = container?.env?.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef;
    const appDb = appContainer?.env?.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef;
    if (!jobDb || !appDb || jobDb.name !== appDb.name || jobDb.key !== appDb.key) problems.push(`${where}: DATABASE_URL must come from the same Secret key as Deployment/${app}`);
  }
  return problems;
}

/** KafkaTopic resources are exactly the catalogue's topics, partitions and retention. */
export function checkTopics(objects: readonly K8sObject[], catalogue: readonly KafkaTopicSpec[]): string[] {
  const problems: string[] = [];
  const topics = new Map(objects.filter((o) => o.kind === 'KafkaTopic').map((o) => [String(at(o, 'spec', 'topicName') ?? o.metadata.name), o]));
  for (const t of catalogue) {
    const resource = topics.get(t.name);
    if (!resource) {
      problems.push(`topic ${t.name} of the catalogue has no KafkaTopic`);
      continue;
    }
    if (at(resource, 'spec', 'partitions') !== t.partitions) problems.push(`KafkaTopic ${t.name}: partitions ${String(at(resource, 'spec', 'partitions'))}, catalogue says ${t.partitions}`);
    if (Number(at(resource, 'spec', 'config', 'retention.ms')) !== t.retentionMs) problems.push(`KafkaTopic ${t.name}: retention.ms differs from the catalogue's ${t.retentionMs}`);
    const replicas = Number(at(resource, 'spec', 'replicas'));
    const minIsr = Number(at(resource, 'spec', 'config', 'min.insync.replicas') ?? 1);
    if (minIsr > replicas) problems.push(`KafkaTopic ${t.name}: min.insync.replicas ${minIsr} > replicas ${replicas} makes it unwritable`);
  }
  const names = new Set(catalogue.map((t) => t.name));
  for (const name of topics.keys()) if (!names.has(name)) problems.push(`KafkaTopic ${name} is not in the contracts catalogue`);
  return problems;
}

/** Each Deployment has a Service and a PodDisruptionBudget that select its pods (and no others). */
export function checkServicesAndBudgets(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  const services = ofKind<IService>(objects, 'Service');
  const budgets = ofKind<IPodDisruptionBudget>(objects, 'PodDisruptionBudget');
  const pods = workloads(objects);
  for (const d of ofKind<IDeployment>(objects, 'Deployment')) {
    const labels = d.spec?.template.metadata?.labels;
    if (!matches(d.spec?.selector.matchLabels, labels)) problems.push(`${objectRef(d)}: selector does not match its pod labels`);
    const portNames = new Set((d.spec?.template.spec?.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.name)));
    const service = services.find((s) => s.spec?.selector && matches(s.spec.selector, labels));
    if (!service) problems.push(`${objectRef(d)}: no Service selects its pods`);
    else {
      for (const p of service.spec?.ports ?? []) if (!portNames.has(String(p.targetPort))) problems.push(`${objectRef(service)}: targetPort ${String(p.targetPort)} is not a named container port`);
      const others = pods.filter((w) => w.object !== d && matches(service.spec?.selector, w.labels));
      if (others.length) problems.push(`${objectRef(service)}: also selects ${others.map((w) => objectRef(w.object)).join(', ')}`);
    }
    if (!budgets.some((b) => matches(b.spec?.selector?.matchLabels, labels))) problems.push(`${objectRef(d)}: no PodDisruptionBudget covers it`);
  }
  return problems;
}

type Peer = 'the ingress controller' | 'Prometheus' | 'the gateway';

/** Who may open connections to a Deployment's pods: the edge to the gateway and the web apps, the gateway to the rest. */
function admittedPeers(d: IDeployment & K8sObject): readonly Peer[] {
  if (d.metadata.name === 'gateway') return ['the ingress controller', 'Prometheus'];
  if (d.spec?.template.metadata?.labels?.[COMPONENT] === 'web') return ['the ingress controller'];
  return ['the gateway', 'Prometheus'];
}

function peerOf(peer: INetworkPolicyPeer, gatewayLabels: Record<string, string> | undefined): Peer | undefined {
  const ns = peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
  if (peer.ipBlock) return undefined;
  if (peer.namespaceSelector) {
    if (ns === 'ingress-nginx' && !peer.namespaceSelector.matchExpressions) return 'the ingress controller';
    return ns === 'monitoring' && peer.podSelector?.matchLabels?.[NAME] === 'prometheus' ? 'Prometheus' : undefined;
  }
  return peer.podSelector?.matchLabels?.[NAME] === 'gateway' && matches(peer.podSelector.matchLabels, gatewayLabels) ? 'the gateway' : undefined;
}

/** Deny by default; the ingress controller reaches the gateway and the web apps, only the gateway reaches registry and campaign. */
export function checkNetworkPolicies(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  const policies = ofKind<INetworkPolicy>(objects, 'NetworkPolicy');
  const denyAll = policies.some((p) => Object.keys(p.spec?.podSelector?.matchLabels ?? {}).length === 0 && !p.spec?.podSelector?.matchExpressions && p.spec?.policyTypes?.includes('Ingress') && !p.spec.ingress?.length);
  if (!denyAll) problems.push('no default-deny ingress NetworkPolicy');
  const gatewayLabels = ofKind<IDeployment>(objects, 'Deployment').find((d) => d.metadata.name === 'gateway')?.spec?.template.metadata?.labels;
  for (const d of ofKind<IDeployment>(objects, 'Deployment')) {
    const labels = d.spec?.template.metadata?.labels;
    const mine = policies.filter((p) => Object.keys(p.spec?.podSelector?.matchLabels ?? {}).length > 0 && matches(p.spec?.podSelector?.matchLabels, labels));
    if (!mine.some((p) => p.spec?.ingress?.length)) problems.push(`${objectRef(d)}: no NetworkPolicy lets anything reach it`);
    const admitted = admittedPeers(d);
    for (const p of mine) {
      for (const rule of p.spec?.ingress ?? []) {
        if (!rule.from?.length) problems.push(`${objectRef(p)}: an ingress rule without \`from\` admits every pod to ${d.metadata.name}`);
        for (const peer of rule.from ?? []) {
          const who = peerOf(peer, gatewayLabels);
          if (!who || !admitted.includes(who)) problems.push(`${objectRef(p)}: lets ${who ?? JSON.stringify(peer)} reach ${d.metadata.name}; only ${admitted.join(' and ')} may`);
        }
      }
    }
  }
  return problems;
}

/** Ingresses route only to the gateway and the web apps, each on a host of its own. */
export function checkIngress(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  const services = ofKind<IService>(objects, 'Service');
  const ingresses = ofKind<IIngress>(objects, 'Ingress');
  const exposed = ['gateway', ...WEB_APPS];
  const hosts = new Map<string, string>();
  if (!ingresses.some((i) => i.spec?.rules?.some((r) => r.http?.paths.some((p) => p.backend.service?.name === 'gateway')))) problems.push('no Ingress for the gateway');
  for (const ingress of ingresses) {
    for (const rule of ingress.spec?.rules ?? []) {
      if (!rule.host) problems.push(`${objectRef(ingress)}: every rule needs a host`);
      else if (hosts.has(rule.host) && hosts.get(rule.host) !== objectRef(ingress)) problems.push(`${objectRef(ingress)}: host ${rule.host} is also ${String(hosts.get(rule.host))}'s`);
      else hosts.set(rule.host, objectRef(ingress));
      for (const path of rule.http?.paths ?? []) {
        const backend = path.backend.service;
        const service = services.find((s) => s.metadata.name === backend?.name);
        if (!exposed.includes(backend?.name ?? '')) problems.push(`${objectRef(ingress)}: routes to ${String(backend?.name)}; only the gateway and the web apps are exposed`);
        if (!service?.spec?.ports?.some((p) => p.name === backend?.port?.name || p.port === backend?.port?.number)) problems.push(`${objectRef(ingress)}: backend port is not a port of Service/${String(backend?.name)}`);
      }
    }
  }
  return problems;
}

/** An autoscaled Deployment must not also set replicas (each apply would reset the autoscaler). */
export function checkAutoscaling(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const hpa of ofKind<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler')) {
    const target = ofKind<IDeployment>(objects, 'Deployment').find((d) => d.metadata.name === hpa.spec?.scaleTargetRef.name);
    if (!target || hpa.spec?.scaleTargetRef.kind !== 'Deployment') problems.push(`${objectRef(hpa)}: its target is not a Deployment of the overlay`);
    else if (target.spec?.replicas !== undefined) problems.push(`${objectRef(target)}: sets replicas although ${objectRef(hpa)} scales it`);
    if ((hpa.spec?.minReplicas ?? 1) < 2) problems.push(`${objectRef(hpa)}: minReplicas below 2 leaves no spare during a rollout`);
  }
  return problems;
}

/** Keycloak imports exactly deploy/keycloak/realm-bayu.json. */
export function checkRealmConfigMap(objects: readonly K8sObject[], realm: string): string[] {
  const map = ofKind<IConfigMap>(objects, 'ConfigMap').find((c) => c.metadata.name === 'keycloak-realm-bayu');
  if (!map) return ['ConfigMap keycloak-realm-bayu (the realm import) is missing'];
  return map.data?.['realm-bayu.json'] === realm ? [] : ['ConfigMap keycloak-realm-bayu differs from deploy/keycloak/realm-bayu.json'];
}
