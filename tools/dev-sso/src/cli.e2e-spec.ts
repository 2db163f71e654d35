import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDevSso } from './dev-sso';
import { keycloakConnectAccepts, passwordGrant, stringField } from './testing/oauth';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dev-sso-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('dev SSO command line and key persistence', () => {
  test('the command line serves the realm, writes its state file, prints the demo logins and stops on SIGTERM', async () => {
    const stateFile = path.join(dir, 'state.json');
    const cli = spawn(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, path.join(__dirname, 'cli.ts'), '--port', '0', '--state-file', stateFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    cli.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) => cli.once('exit', (code) => resolve(code)));
    const state = await waitFor(() => (existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as Record<string, unknown>) : undefined), 30_000);
    expect(state).toMatchObject({ pid: cli.pid, realmUrl: `${String(state.authServerUrl)}/realms/bayu` });
    const info = await fetch(String(state.realmUrl));
    expect(await info.json()).toMatchObject({ realm: 'bayu' });
    await waitFor(() => (output.includes('bayu-integrator-demo') ? true : undefined), 10_000);
    expect(output).toContain('hrss.admin');
    expect(output).toContain('bayu-demo-2026');
    cli.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(stateFile)).toBe(false);
  });

  test('with a keys file, a token issued before a restart is still accepted by keycloak-connect after it', async () => {
    const keysFile = path.join(dir, 'jwks.json');
    const first = await startDevSso({ keysFile });
    const port = Number(new URL(first.authServerUrl).port);
    const login = await passwordGrant(first.realmUrl, 'web-public', 'citizen.demo', 'bayu-demo-2026');
    await first.stop();
    const second = await startDevSso({ keysFile, port });
    try {
      const { content } = await keycloakConnectAccepts(second.authServerUrl, stringField(login.body, 'access_token'));
      expect(content).toMatchObject({ preferred_username: 'citizen.demo', display_name: '王小明' });
      expect(content.agency).toBeUndefined();
    } finally {
      await second.stop();
    }
  });
});
