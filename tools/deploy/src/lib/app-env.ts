/**
 * Checks an environment a deployment gives an app against the app's own zod schema
 * (apps/<app>/src/config.ts), so compose and Kubernetes can never lag behind what the code requires.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ROOT, readText, type AppName } from './workspace';

/** Variables an app may receive that its config schema does not list (read by libraries directly). */
const LIBRARY_VARIABLES = [/^OTEL_/, /^NODE_OPTIONS$/];

export async function appEnvSchema(app: AppName): Promise<z.ZodObject> {
  // Loaded at test time by path: the check needs each app's real schema, while a static import would
  // make a tool depend on apps, which the module boundaries forbid (docs/adr/0007-deployment-checks.md).
  const config: unknown = await import(join(ROOT, 'apps', app, 'src', 'config.ts'));
  const schema = typeof config === 'object' && config !== null ? (config as Record<string, unknown>)[`${app}Env`] : undefined;
  if (!(schema instanceof z.ZodObject)) throw new Error(`apps/${app}/src/config.ts does not export ${app}Env as a zod object`);
  return schema;
}

export interface EnvCheck {
  /** Literal values (ConfigMaps, compose `environment`). */
  readonly values: Readonly<Record<string, string>>;
  /** Variables that are set from elsewhere (Secrets) with values this check cannot see. */
  readonly opaque?: ReadonlySet<string>;
}

/** Problems with an app's environment: required variables missing, literal values the schema rejects, unknown names. */
export async function checkAppEnv(app: AppName, where: string, env: EnvCheck): Promise<string[]> {
  const schema = await appEnvSchema(app);
  const opaque = env.opaque ?? new Set<string>();
  const input: Record<string, string> = { ...env.values };
  for (const name of opaque) input[name] ??= '(secret)';
  const problems: string[] = [];
  const result = schema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = issue.path.map(String).join('.');
      const root = String(issue.path[0] ?? '');
      if (opaque.has(root)) continue;
      problems.push(`${where}: ${name} ${input[root] === undefined ? 'is required by apps/' + app + '/src/config.ts' : `is invalid: ${issue.message}`}`);
    }
  }
  const known = new Set(Object.keys(schema.shape));
  for (const name of Object.keys(input)) {
    if (!known.has(name) && !LIBRARY_VARIABLES.some((p) => p.test(name))) problems.push(`${where}: ${name} is not read by ${app} (typo?)`);
  }
  return problems;
}

export interface SecretSpec {
  readonly name: string;
  readonly keys: ReadonlySet<string>;
}

/**
 * The Secrets table of deploy/README.md: rows `| \`name\` | \`KEY\`, \`KEY\` | ... |` under a "Secrets" heading.
 * Manifests may reference only what it lists, so operators know exactly what to create.
 */
export function documentedSecrets(readme = readText('deploy/README.md')): Map<string, SecretSpec> {
  const section = readme.split(/^#{2,4} /m).find((s) => s.startsWith('Secrets\n'));
  if (!section) throw new Error('deploy/README.md has no "Secrets" section');
  const secrets = new Map<string, SecretSpec>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = /^`([a-z0-9.-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!line.startsWith('|') || !name) continue;
    const keys = new Set([...(cells[2] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));
    secrets.set(name, { name, keys });
  }
  if (secrets.size === 0) throw new Error('the Secrets table of deploy/README.md lists no Secret');
  return secrets;
}
