// An independent reading of the realm export, used as the expectation in the parity spec. Deliberately does
// not reuse src/realm.ts or src/claims.ts: if those ignored part of the file, these expectations would not.
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;
export interface OracleUser extends Json {
  id: string;
  username: string;
  attributes?: Record<string, string[]>;
  realmRoles?: string[];
  serviceAccountClientId?: string;
  credentials?: { type: string; value?: string }[];
}
export interface OracleClient extends Json {
  clientId: string;
  secret?: string;
  publicClient: boolean;
  bearerOnly: boolean;
  standardFlowEnabled: boolean;
  directAccessGrantsEnabled: boolean;
  serviceAccountsEnabled: boolean;
  redirectUris?: string[];
  attributes?: Record<string, string>;
  defaultClientScopes?: string[];
}
interface OracleMapper {
  protocolMapper: string;
  config: Record<string, string>;
}
export interface OracleRealm extends Json {
  realm: string;
  accessTokenLifespan: number;
  ssoSessionIdleTimeout: number;
  users: OracleUser[];
  clients: OracleClient[];
  roles: { realm: { name: string; composites?: { realm?: string[] } }[] };
  clientScopes: { name: string; protocolMappers?: OracleMapper[] }[];
}

export function readRealmFile(file: string): OracleRealm {
  const text = readFileSync(file, 'utf8').replace(/\$\{([^}:]+)(?::([^}]*))?\}/g, (whole, name: string, fallback?: string) =>
    process.env[name] ?? fallback ?? whole,
  );
  return JSON.parse(text) as OracleRealm;
}

export function humans(realm: OracleRealm): OracleUser[] {
  return realm.users.filter((user) => !user.serviceAccountClientId);
}

export function passwordOfUser(user: OracleUser): string {
  return user.credentials?.find((credential) => credential.type === 'password')?.value ?? '';
}

export function expandedRoles(realm: OracleRealm, user: OracleUser): string[] {
  const result = new Set<string>();
  const pending = [...(user.realmRoles ?? [])];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (result.has(name)) continue;
    result.add(name);
    pending.push(...(realm.roles.realm.find((role) => role.name === name)?.composites?.realm ?? []));
  }
  return [...result].sort();
}

function defaultMappers(realm: OracleRealm, client: OracleClient): OracleMapper[] {
  return (client.defaultClientScopes ?? []).flatMap((name) => realm.clientScopes.find((scope) => scope.name === name)?.protocolMappers ?? []);
}

/** claim name → expected value (undefined when the user lacks the attribute), for every attribute mapper. */
export function expectedAttributeClaims(realm: OracleRealm, client: OracleClient, user: OracleUser): Record<string, string | undefined> {
  const expected: Record<string, string | undefined> = {};
  for (const mapper of defaultMappers(realm, client)) {
    if (mapper.protocolMapper !== 'oidc-usermodel-attribute-mapper' || mapper.config['access.token.claim'] !== 'true') continue;
    const claim = mapper.config['claim.name'] ?? '';
    expected[claim] = user.attributes?.[mapper.config['user.attribute'] ?? '']?.[0];
  }
  return expected;
}

export function expectedAudiences(realm: OracleRealm, client: OracleClient): string[] {
  return defaultMappers(realm, client)
    .filter((mapper) => mapper.protocolMapper === 'oidc-audience-mapper' && mapper.config['access.token.claim'] === 'true')
    .map((mapper) => mapper.config['included.client.audience'] ?? '');
}

export function audiencesOf(payload: Record<string, unknown>): string[] {
  return Array.isArray(payload.aud) ? payload.aud.map(String) : [String(payload.aud)];
}

/** A redirect URI each registered pattern accepts, and one none of them does. */
export function sampleRedirectUri(client: OracleClient): string {
  const pattern = client.redirectUris?.[0] ?? 'http://localhost:4200/callback';
  return pattern.endsWith('*') ? `${pattern.slice(0, -1)}${pattern.endsWith(':*') ? '4200' : ''}/callback` : pattern;
}
export const FOREIGN_REDIRECT_URI = 'https://evil.example.org/callback';
