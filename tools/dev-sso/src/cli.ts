// Command line: `tsx tools/dev-sso/src/cli.ts [--port 8180] [--host 127.0.0.1] [--state-file f.json]
// [--realm-file realm.json] [--keys-file jwks.json]`. Runs until SIGINT/SIGTERM.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_REALM_FILE, effectiveRealmRoles, grantTypesOf, loadRealm, passwordOf, type RealmExport } from './realm';
import { runDevSsoServer } from './server';

function demoLogins(realm: RealmExport): string {
  const lines = ['Demo users 演示账号 (dev only):'];
  for (const user of realm.users.filter((candidate) => !candidate.serviceAccountClientId)) {
    const roles = effectiveRealmRoles(realm, user).filter((role) => !['default-roles-bayu', 'offline_access', 'uma_authorization'].includes(role));
    const name = user.attributes?.display_name?.[0] ?? user.firstName ?? '';
    lines.push(`  ${user.username.padEnd(26)} ${String(passwordOf(user) ?? '-').padEnd(16)} ${roles.join(',').padEnd(28)} ${name}`);
  }
  lines.push('Clients 客户端:');
  for (const client of realm.clients) {
    const kind = client.bearerOnly ? 'bearer-only' : client.publicClient ? 'public' : 'confidential';
    const secret = client.publicClient ? '' : ` secret=${client.secret ?? ''}`;
    lines.push(`  ${client.clientId.padEnd(26)} ${kind.padEnd(13)} ${grantTypesOf(client).join(',')}${secret}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8180' },
      host: { type: 'string', default: '127.0.0.1' },
      'state-file': { type: 'string' },
      'realm-file': { type: 'string', default: DEFAULT_REALM_FILE },
      'keys-file': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`invalid --port ${values.port}`);
  const realmFile = path.resolve(values['realm-file']);
  const server = await runDevSsoServer({
    port,
    host: values.host,
    realmFile,
    ...(values['keys-file'] ? { keysFile: path.resolve(values['keys-file']) } : {}),
  });
  const stateFile = values['state-file'] ? path.resolve(values['state-file']) : undefined;
  if (stateFile) {
    mkdirSync(path.dirname(stateFile), { recursive: true });
    const state = { authServerUrl: server.authServerUrl, realmUrl: server.realmUrl, pid: process.pid };
    writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
  }
  console.log(`dev SSO 开发单点登录 listening: ${server.realmUrl}`);
  console.log(`  discovery: ${server.realmUrl}/.well-known/openid-configuration`);
  console.log(demoLogins(loadRealm(realmFile)));

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`dev SSO stopping (${signal})`);
    void server.close().finally(() => {
      if (stateFile) rmSync(stateFile, { force: true });
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
