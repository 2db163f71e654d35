import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { listKafkaTopics } from '@bayu/contracts';
import { checkAppEnv, documentedSecrets } from './app-env';
import {
  checkAutoscaling,
  checkGracePeriod,
  checkImages,
  checkIngress,
  checkMigrationJobs,
  checkNamespaces,
  checkNetworkPolicies,
  checkPodSecurity,
  checkProbes,
  checkRealmConfigMap,
  checkSecretRefs,
  checkServicesAndBudgets,
  checkTopics,
  containerEnv,
} from './k8s-rules';
import { checkWebApps, checkWebEgress } from './web-rules';
import { APPS, DB_APPS, readText, type AppName, type K8sObject } from './workspace';

type Rule = (objects: readonly K8sObject[]) => string[];

/** Every rule of the platform, by name; rules.e2e-spec.ts shows each one failing on a broken overlay. */
export const PLATFORM_RULES: ReadonlyArray<[string, Rule]> = [
  ['objects live in namespace bayu', checkNamespaces],
  ['pods are non-root, read-only, capability-free, with requests and limits', checkPodSecurity],
  ['Deployments have startup, liveness and readiness probes on their component\'s health endpoints', checkProbes],
  ['the grace period outlasts the drain and SHUTDOWN_GRACE_MS', checkGracePeriod],
  ['images are ours or pinned', checkImages],
  ['Secrets are referenced as documented in deploy/README.md, never committed', (o) => checkSecretRefs(o, documentedSecrets())],
  ['each database app has a migration Job of its release', (o) => checkMigrationJobs(o, DB_APPS)],
  ['KafkaTopics match the contracts catalogue', (o) => checkTopics(o, listKafkaTopics())],
  ['Services and PodDisruptionBudgets cover every Deployment', checkServicesAndBudgets],
  ['NetworkPolicies: the ingress controller reaches the gateway and the web apps, only the gateway reaches registry and campaign', checkNetworkPolicies],
  ['web apps reach nothing but DNS', checkWebEgress],
  ['Ingresses expose the gateway and the web apps only, one host each', checkIngress],
  ['every apps/web-* app runs its image with a config.json that fits the overlay\'s hosts, CORS and realm', checkWebApps],
  ['autoscaled Deployments leave replicas to the autoscaler', checkAutoscaling],
  ['Keycloak imports exactly realm-bayu.json', (o) => checkRealmConfigMap(o, readText('deploy/keycloak/realm-bayu.json'))],
];

/** An overlay's Deployments against their apps' config schemas. */
export async function envProblems(objects: readonly K8sObject[]): Promise<string[]> {
  const problems: string[] = [];
  const deployments = objects.filter((o) => o.kind === 'Deployment') as unknown as Array<IDeployment & K8sObject>;
  for (const app of APPS) if (!deployments.some((d) => d.metadata.name === app)) problems.push(`Deployment/${app} is missing`);
  for (const d of deployments) {
    const app = d.metadata.name as AppName;
    if (!APPS.includes(app)) continue;
    for (const container of d.spec?.template.spec?.containers ?? []) {
      const env = containerEnv(objects, container);
      problems.push(...env.problems, ...(await checkAppEnv(app, `Deployment/${app}`, { values: env.values, opaque: env.opaque })));
    }
  }
  return problems;
}
