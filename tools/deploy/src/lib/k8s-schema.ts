/**
 * Validates rendered objects against the Kubernetes OpenAPI schemas (kubernetes-models: JSON schemas
 * compiled from the API's OpenAPI document, offline). The schemas check types, enums, formats and
 * required fields; like the API server's default, they do not reject unknown fields, so the platform
 * rules (k8s-rules.ts) look for the fields that matter by name. Custom resources get a structural check.
 */
import { ConfigMap, Namespace, PersistentVolumeClaim, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { at, isObject, objectRef, type K8sObject } from './workspace';

type ModelClass = new (data: never) => { validate(): void };

const MODELS: ReadonlyMap<string, ModelClass> = new Map<string, ModelClass>([
  ['v1/Namespace', Namespace],
  ['v1/ServiceAccount', ServiceAccount],
  ['v1/ConfigMap', ConfigMap],
  ['v1/Secret', Secret],
  ['v1/Service', Service],
  ['v1/PersistentVolumeClaim', PersistentVolumeClaim],
  ['apps/v1/Deployment', Deployment],
  ['batch/v1/Job', Job],
  ['policy/v1/PodDisruptionBudget', PodDisruptionBudget],
  ['networking.k8s.io/v1/NetworkPolicy', NetworkPolicy],
  ['networking.k8s.io/v1/Ingress', Ingress],
  ['autoscaling/v2/HorizontalPodAutoscaler', HorizontalPodAutoscaler],
]);

const CUSTOM_RESOURCES: ReadonlyMap<string, (object: K8sObject) => string[]> = new Map([['kafka.strimzi.io/v1beta2/KafkaTopic', checkKafkaTopic]]);

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Kinds whose names must be DNS labels (they become host names or label values). */
const LABEL_NAMED_KINDS = new Set(['Service', 'Namespace']);

/** Problems with one object; empty when it is valid. */
export function validateObject(object: K8sObject): string[] {
  const key = `${object.apiVersion}/${object.kind}`;
  const problems = checkName(object);
  const model = MODELS.get(key);
  if (model) {
    try {
      new model(structuredClone(object) as never).validate();
    } catch (error) {
      problems.push(`${objectRef(object)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return problems;
  }
  const custom = CUSTOM_RESOURCES.get(key);
  if (custom) return [...problems, ...custom(object)];
  return [...problems, `${objectRef(object)}: no schema for ${key}; add its model to tools/deploy/src/lib/k8s-schema.ts`];
}

function checkName(object: K8sObject): string[] {
  const { name } = object.metadata;
  const pattern = LABEL_NAMED_KINDS.has(object.kind) ? DNS_LABEL : DNS_SUBDOMAIN;
  const limit = LABEL_NAMED_KINDS.has(object.kind) ? 63 : 253;
  return pattern.test(name) && name.length <= limit ? [] : [`${objectRef(object)}: metadata.name is not a valid ${object.kind} name`];
}

const KAFKA_TOPIC_SPEC_FIELDS = new Set(['topicName', 'partitions', 'replicas', 'config']);

/** Strimzi KafkaTopic (kafka.strimzi.io/v1beta2): the fields its CRD schema types, checked by hand. */
export function checkKafkaTopic(object: K8sObject): string[] {
  const where = objectRef(object);
  const problems: string[] = [];
  const spec = object['spec'];
  if (!isObject(spec)) return [`${where}: spec is required`];
  for (const field of Object.keys(spec)) if (!KAFKA_TOPIC_SPEC_FIELDS.has(field)) problems.push(`${where}: unknown field spec.${field}`);
  for (const field of ['partitions', 'replicas'] as const) {
    const value = spec[field];
    if (!Number.isInteger(value) || (value as number) < 1) problems.push(`${where}: spec.${field} must be a positive integer`);
  }
  if (spec['topicName'] !== undefined && (typeof spec['topicName'] !== 'string' || !/^[a-zA-Z0-9._-]{1,249}$/.test(spec['topicName']))) {
    problems.push(`${where}: spec.topicName is not a valid Kafka topic name`);
  }
  const config = spec['config'];
  if (config !== undefined) {
    if (!isObject(config)) problems.push(`${where}: spec.config must be an object`);
    else {
      for (const [k, v] of Object.entries(config)) {
        if (!['string', 'number', 'boolean'].includes(typeof v)) problems.push(`${where}: spec.config.${k} must be a string, number or boolean`);
      }
    }
  }
  const cluster = at(object, 'metadata', 'labels', 'strimzi.io/cluster');
  if (typeof cluster !== 'string' || !cluster) problems.push(`${where}: the strimzi.io/cluster label is required (the topic operator ignores the topic without it)`);
  return problems;
}
