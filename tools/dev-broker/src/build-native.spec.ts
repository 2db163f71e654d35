import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureNativeBroker, nativeBrokerPaths, type NativeBrokerPaths } from './build-native';

describe('building the native launcher', () => {
  let dir: string;
  let paths: NativeBrokerPaths;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dev-broker-build-'));
    mkdirSync(join(dir, 'native'));
    const real = nativeBrokerPaths();
    copyFileSync(real.source, join(dir, 'native', 'bayu-mock-kafka.c'));
    paths = nativeBrokerPaths(dir);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds tools/dev-broker from its own folder and from compiled output below the workspace', () => {
    const real = nativeBrokerPaths();
    expect(real.source).toMatch(/tools\/dev-broker\/native\/bayu-mock-kafka\.c$/);
    expect(real.binary).toMatch(/tools\/dev-broker\/build\/bayu-mock-kafka$/);
    expect(nativeBrokerPaths(join(real.projectRoot, '../../dist/tools/dev-broker/src'))).toEqual(real);
  });

  it('compiles when the binary is missing or older than the source, and not otherwise', async () => {
    const logs: string[] = [];
    const binary = await ensureNativeBroker({ paths, log: (l) => logs.push(l) });
    expect(binary).toBe(join(dir, 'build', 'bayu-mock-kafka'));
    expect(statSync(binary).mode & 0o111).not.toBe(0);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('-Wall -Wextra -Werror');

    await ensureNativeBroker({ paths, log: (l) => logs.push(l) });
    expect(logs).toHaveLength(1);

    const later = new Date(Date.now() + 5_000);
    utimesSync(paths.source, later, later);
    await ensureNativeBroker({ paths, log: (l) => logs.push(l) });
    expect(logs).toHaveLength(2);
  });

  it('names the apt packages to install when pkg-config or librdkafka is missing', async () => {
    const noPkgConfig = { ...process.env, PATH: dir };
    await expect(ensureNativeBroker({ paths, env: noPkgConfig })).rejects.toThrow(
      /pkg-config is not installed.*apt-get install -y librdkafka-dev pkg-config/,
    );
    const noRdkafka = { ...process.env, PKG_CONFIG_LIBDIR: dir, PKG_CONFIG_PATH: '' };
    await expect(ensureNativeBroker({ paths, env: noRdkafka })).rejects.toThrow(
      /pkg-config cannot find rdkafka.*apt-get install -y librdkafka-dev pkg-config/s,
    );
  });
});
