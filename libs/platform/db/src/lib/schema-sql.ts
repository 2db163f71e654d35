import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Renders the SQL that creates a Prisma schema from nothing, or that moves one datamodel to another.
 *
 * Why Prisma 6.19: Prisma 7's CLI needs a native schema engine that cannot be downloaded here, while
 * 6.19's WASM engine renders `migrate diff` scripts offline. It cannot introspect PostgreSQL 15, so it is
 * only ever given datamodels, never live databases (see docs/adr/0004-migrations-without-native-engine.md).
 */

const workspaceRoot = resolve(__dirname, '../../../../..');
const prisma6Cli = join(workspaceRoot, 'node_modules/prisma6/build/index.js');

/** Prisma 6 wants a datasource URL and no Prisma 7 generator options; give it a copy that has them. */
function prisma6CompatibleCopy(schemaDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bayu-schema-'));
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.prisma'))) {
    const source = readFileSync(join(schemaDir, file), 'utf8')
      .replace(/generator\s+\w+\s*\{[^}]*\}/g, '')
      .replace(/(datasource\s+\w+\s*\{[^}]*provider\s*=\s*"postgresql")/, '$1\n  url = env("DATABASE_URL")');
    writeFileSync(join(dir, file), source);
  }
  return dir;
}

export type DatamodelSource = { readonly kind: 'empty' } | { readonly kind: 'schema'; readonly dir: string };

/** `adminUrl` is any reachable database: Prisma 6's JS engine opens a connection even for pure diffs. */
export async function renderMigrationSql(from: DatamodelSource, toSchemaDir: string, adminUrl: string): Promise<string> {
  const scratch: string[] = [];
  const copyOf = (dir: string): string => {
    const copy = prisma6CompatibleCopy(dir);
    scratch.push(copy);
    return copy;
  };
  const configDir = mkdtempSync(join(tmpdir(), 'bayu-prisma6-'));
  scratch.push(configDir);
  const config = join(configDir, 'prisma6.config.js');
  writeFileSync(
    config,
    `const { PrismaPg } = require(${JSON.stringify(require.resolve('@prisma/adapter-pg'))});\n` +
      `module.exports = { experimental: { adapter: true }, engine: 'js', ` +
      `adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }) };\n`,
  );
  try {
    const fromArgs = from.kind === 'empty' ? ['--from-empty'] : ['--from-schema-datamodel', copyOf(from.dir)];
    const { stdout } = await run(
      process.execPath,
      [prisma6Cli, 'migrate', 'diff', '--config', config, ...fromArgs, '--to-schema-datamodel', copyOf(toSchemaDir), '--script'],
      {
        cwd: configDir,
        env: {
          ...process.env,
          DATABASE_URL: adminUrl,
          PRISMA_HIDE_UPDATE_MESSAGE: '1',
          CHECKPOINT_DISABLE: '1',
          PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false',
          PRISMA_QUERY_ENGINE_LIBRARY: '/bin/false',
        },
        maxBuffer: 32 * 1024 * 1024,
      },
    );
    return stdout.replace(/^Loaded Prisma config from .*\n+/m, '');
  } finally {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  }
}

/** Copies a schema folder (following symlinks), e.g. to keep the datamodel a migration was made from. */
export function snapshotSchema(schemaDir: string, targetDir: string): void {
  rmSync(targetDir, { recursive: true, force: true });
  cpSync(schemaDir, targetDir, { recursive: true, dereference: true });
}

export function isEmptyMigration(sql: string): boolean {
  return sql.replace(/--.*$/gm, '').trim().length === 0 || /^-- This is an empty migration\.?\s*$/m.test(sql.trim());
}

export function schemaDirExists(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
