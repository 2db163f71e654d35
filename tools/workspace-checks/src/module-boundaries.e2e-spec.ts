import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const root = resolve(__dirname, '../../..');

/** Lints a would-be file at `path` with the workspace's real ESLint config and project graph. */
async function boundaryErrors(path: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(source, { filePath: resolve(root, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries', () => {
  beforeAll(() => {
    // The rule reads nx's cached project graph; make sure it describes the workspace as it is now.
    execFileSync(resolve(root, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: root, env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore' });
  });

  it('stops a service from reaching into another service', async () => {
    expect(await boundaryErrors('apps/registry/src/workers/leak.ts', "import { AppModule } from '../../../campaign/src/app.module';\nexport const x = AppModule;\n")).not.toEqual([]);
  });

  it('stops the contracts from depending on a data-access library', async () => {
    expect(await boundaryErrors('libs/contracts/src/lib/leak.ts', "import { applyMigrations } from '@bayu/platform/db';\nexport const x = applyMigrations;\n")).toEqual([
      expect.stringMatching(/type:contracts.*can only depend on libs tagged with "type:util"/),
    ]);
  });

  it('stops shipped service code from using test tooling, while its tests may', async () => {
    const source = "import { startDevBroker } from '@bayu/dev/broker';\nexport const x = startDevBroker;\n";
    expect(await boundaryErrors('apps/registry/src/workers/leak.ts', source)).not.toEqual([]);
    expect(await boundaryErrors('apps/registry/src/workers/leak.e2e-spec.ts', source)).toEqual([]);
  });

  it('stops a shared library from depending on a service scope', async () => {
    expect(await boundaryErrors('libs/platform/http/src/lib/leak.ts', "import { startTestStack } from '@bayu/platform/testing';\nexport const x = startTestStack;\n")).not.toEqual([]);
  });

  it('lets a service use the shared platform libraries', async () => {
    expect(await boundaryErrors('apps/registry/src/workers/fine.ts', "import { Outbox } from '@bayu/platform/messaging';\nexport const x = Outbox;\n")).toEqual([]);
  });

  it('sees the imports between projects, so a library change rebuilds and retests what uses it', () => {
    // Without @nx/js in package.json nx skips source analysis unless nx.json asks for it; then every
    // cached build of a service survives edits to the libraries it is made of.
    const graph = JSON.parse(
      execFileSync(resolve(root, 'node_modules/.bin/nx'), ['graph', '--print'], { cwd: root, env: { ...process.env, NX_DAEMON: 'false' }, maxBuffer: 64 * 1024 * 1024 }).toString(),
    ) as { graph: { dependencies: Record<string, Array<{ target: string }>> } };
    const uses = (project: string) => (graph.graph.dependencies[project] ?? []).map((d) => d.target);
    expect(uses('registry')).toEqual(expect.arrayContaining(['platform-messaging', 'platform-db', 'contracts', 'registry-import-parsing']));
    expect(uses('platform-messaging')).toEqual(expect.arrayContaining(['contracts', 'platform-db']));
  });
});
