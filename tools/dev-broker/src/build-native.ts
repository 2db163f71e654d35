// Compiles native/bayu-mock-kafka.c into build/bayu-mock-kafka (gitignored) when the binary is
// missing or older than its source. Needs cc, pkg-config and librdkafka-dev (apt).
// Run directly (`tsx tools/dev-broker/src/build-native.ts`) to build ahead of time.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const SOURCE = join('native', 'bayu-mock-kafka.c');
const BINARY = join('build', 'bayu-mock-kafka');
const APT_HINT = 'install them with `apt-get install -y librdkafka-dev pkg-config gcc`';

export interface NativeBrokerPaths {
  /** tools/dev-broker */
  projectRoot: string;
  source: string;
  binary: string;
}

/**
 * Finds tools/dev-broker from this file's folder, walking up so it also works from
 * compiled output (dist/tools/dev-broker/src → the workspace's tools/dev-broker).
 */
export function nativeBrokerPaths(start: string = __dirname): NativeBrokerPaths {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const candidate of [dir, join(dir, 'tools', 'dev-broker')]) {
      if (existsSync(join(candidate, SOURCE))) {
        return { projectRoot: candidate, source: join(candidate, SOURCE), binary: join(candidate, BINARY) };
      }
    }
    if (dirname(dir) === dir) throw new Error(`cannot find tools/dev-broker/${SOURCE} above ${start}`);
  }
}

// Duck-typed rather than `instanceof Error`: errors from child_process may come from another realm (jest).
function field(err: unknown, key: 'code' | 'stderr' | 'message'): unknown {
  return typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[key] : undefined;
}

function errorText(err: unknown): string {
  const stderr = field(err, 'stderr');
  if (typeof stderr === 'string' && stderr.trim() !== '') return stderr.trim();
  const message = field(err, 'message');
  return typeof message === 'string' ? message : String(err);
}

function isMissingProgram(err: unknown): boolean {
  return field(err, 'code') === 'ENOENT';
}

async function rdkafkaFlags(env: NodeJS.ProcessEnv): Promise<string[]> {
  try {
    const { stdout } = await execFileAsync('pkg-config', ['--cflags', '--libs', 'rdkafka'], { env });
    return stdout.trim().split(/\s+/).filter((flag) => flag !== '');
  } catch (err) {
    const why = isMissingProgram(err) ? 'pkg-config is not installed' : `pkg-config cannot find rdkafka (${errorText(err)})`;
    throw new Error(`bayu-mock-kafka needs the librdkafka headers: ${why}; ${APT_HINT}`);
  }
}

function isStale(paths: NativeBrokerPaths): boolean {
  if (!existsSync(paths.binary)) return true;
  return statSync(paths.binary).mtimeMs < statSync(paths.source).mtimeMs;
}

/** Returns the path of an up-to-date launcher binary, compiling it first if needed. */
export async function ensureNativeBroker(
  options: {
    force?: boolean;
    log?: (line: string) => void;
    paths?: NativeBrokerPaths;
    /** Environment for pkg-config and cc (PATH, PKG_CONFIG_PATH). Default: process.env. */
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<string> {
  const paths = options.paths ?? nativeBrokerPaths();
  if (!options.force && !isStale(paths)) return paths.binary;

  const env = options.env ?? process.env;
  const flags = await rdkafkaFlags(env);
  mkdirSync(dirname(paths.binary), { recursive: true });
  // Compile to a private name and rename: parallel test workers may build at the same time.
  const tmp = `${paths.binary}.${process.pid}.${Date.now()}.tmp`;
  const args = ['-O2', '-Wall', '-Wextra', '-Werror', '-o', tmp, paths.source, ...flags];
  options.log?.(`building ${paths.binary}: cc ${args.join(' ')}`);
  try {
    await execFileAsync('cc', args, { env });
    renameSync(tmp, paths.binary);
  } catch (err) {
    rmSync(tmp, { force: true });
    if (isMissingProgram(err)) throw new Error(`bayu-mock-kafka needs a C compiler (cc); ${APT_HINT}`);
    throw new Error(`compiling ${paths.source} failed (it needs librdkafka-dev >= 2.0: ${APT_HINT}):\n${errorText(err)}`);
  }
  return paths.binary;
}

if (require.main === module) {
  ensureNativeBroker({ force: process.argv.includes('--force'), log: (line) => console.log(line) }).then(
    (binary) => console.log(binary),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}
