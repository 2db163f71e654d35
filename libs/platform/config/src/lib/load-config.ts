import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: ReadonlyArray<{ variable: string; problem: string }>) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment at start-up, all at once, so a misconfigured pod fails fast with every
 * problem listed. Values are never echoed back: some of them are secrets.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      variable: issue.path.map(String).join('.') || '(environment)',
      problem: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
    })),
  );
}

const commaList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string()).min(1));

const port = z.coerce.number().int().min(0).max(65535);

const hostPort = z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port');

/** Settings every service process has. */
export const serviceEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: port,
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});

/** The SSO realm; the realm URL is `${SSO_URL}/realms/${SSO_REALM}`, as Keycloak serves it. */
export const ssoEnv = z.object({
  SSO_URL: z.url().transform((u) => u.replace(/\/+$/, '')),
  SSO_REALM: z.string().regex(/^[a-z0-9-]+$/).default('bayu'),
  SSO_AUDIENCE: z.string().default('bayu-api'),
  /** The service's own service-account client, for calls it makes on its own behalf. */
  SSO_CLIENT_ID: z.string().min(1).optional(),
  SSO_CLIENT_SECRET: z.string().min(8).optional(),
});

export const databaseEnv = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
});

export const kafkaEnv = z.object({
  KAFKA_BROKERS: commaList.pipe(z.array(hostPort)),
  KAFKA_CLIENT_ID: z.string().optional(),
});

export type ServiceEnv = z.infer<typeof serviceEnv>;
export type SsoEnv = z.infer<typeof ssoEnv>;
export type DatabaseEnv = z.infer<typeof databaseEnv>;
export type KafkaEnv = z.infer<typeof kafkaEnv>;

export function realmUrlOf(sso: Pick<SsoEnv, 'SSO_URL' | 'SSO_REALM'>): string {
  return `${sso.SSO_URL}/realms/${sso.SSO_REALM}`;
}

export { commaList, port, hostPort };
