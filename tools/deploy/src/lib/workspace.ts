import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export const ROOT = resolve(__dirname, '../../../..');
export const APPS = ['gateway', 'registry', 'campaign'] as const;
export type AppName = (typeof APPS)[number];
/** The apps with a database (a prisma.config.ts), so with a migrator image and a migration Job. */
export const DB_APPS: readonly AppName[] = ['registry', 'campaign'];
/**
 * The agency web apps: every apps/web-* project with a Vite build (apps/web-e2e is their test suite).
 * Read from the folders, so a new app fails the deploy tests until it has an image, a compose service
 * and a Deployment.
 */
export const WEB_APPS: readonly string[] = readdirSync(join(ROOT, 'apps'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name.startsWith('web-') && readdirSync(join(ROOT, 'apps', e.name)).some((f) => /^vite\.config\.[cm]?[jt]s$/.test(f)))
  .map((e) => e.name)
  .sort();
/** `web-skills-office` → `WEB_SKILLS_OFFICE`: the app's part of LINK_<APP> and BAYU_<APP>_ORIGIN. */
export function envName(app: string): string {
  return app.toUpperCase().replace(/-/g, '_');
}
/** The drain every app does on SIGTERM when NODE_ENV=production (apps/<app>/src/main.ts). */
export const DRAIN_MS = 5_000;

export function readText(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of nested objects and arrays, `undefined` when any step is missing. */
export function at(value: unknown, ...path: Array<string | number>): unknown {
  let current: unknown = value;
  for (const step of path) {
    if (typeof step === 'number') current = Array.isArray(current) ? current[step] : undefined;
    else current = isObject(current) ? current[step] : undefined;
  }
  return current;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asRecord(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

/** Compose-style YAML: anchors and `<<` merge keys resolved. */
export function parseYaml(text: string): unknown {
  return parse(text, { merge: true });
}

export function parseYamlDocuments(text: string): unknown[] {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length) throw new Error(`invalid YAML: ${doc.errors.map((e) => e.message).join('; ')}`);
    return doc.toJS() as unknown;
  });
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

export function isK8sObject(value: unknown): value is K8sObject {
  return isObject(value) && typeof value['apiVersion'] === 'string' && typeof value['kind'] === 'string' && typeof at(value, 'metadata', 'name') === 'string';
}

export function kubectl(args: string[]): string {
  const binary = process.env['KUBECTL'] ?? 'kubectl';
  try {
    return execFileSync(binary, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if (isObject(error) && error['code'] === 'ENOENT') {
      throw new Error(
        `kubectl not found (${binary}). The deploy tests render every overlay with \`kubectl kustomize\`: install kubectl >= 1.27 ` +
          '(it bundles kustomize v5), or point KUBECTL at one.',
      );
    }
    const stderr = isObject(error) && typeof error['stderr'] === 'string' ? error['stderr'] : String(error);
    throw new Error(`kubectl ${args.join(' ')} failed:\n${stderr}`);
  }
}

/** Renders a kustomization the way `kubectl apply -k` would, with kustomize's default load restrictions. */
export function renderKustomization(dir: string): K8sObject[] {
  const objects = parseYamlDocuments(kubectl(['kustomize', dir])).filter((doc) => doc !== null);
  for (const object of objects) {
    if (!isK8sObject(object)) throw new Error(`${dir} rendered something that is not a Kubernetes object: ${JSON.stringify(object).slice(0, 200)}`);
  }
  return objects as K8sObject[];
}

export function objectRef(object: K8sObject): string {
  return `${object.kind}/${object.metadata.name}`;
}
