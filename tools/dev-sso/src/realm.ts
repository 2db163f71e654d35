// The Keycloak realm export (deploy/keycloak/realm-bayu.json) as typed data, plus the few Keycloak rules
// the dev SSO needs to read it: placeholder resolution, composite roles, client scopes, redirect patterns.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const DEFAULT_REALM_FILE = path.join(REPO_ROOT, 'deploy/keycloak/realm-bayu.json');

export interface ProtocolMapper {
  name: string;
  protocol: string;
  protocolMapper: string;
  consentRequired?: boolean;
  config: Record<string, string>;
}

export interface ClientScope {
  name: string;
  description?: string;
  protocol: string;
  attributes?: Record<string, string>;
  protocolMappers?: ProtocolMapper[];
}

export interface RealmRole {
  name: string;
  description?: string;
  composite: boolean;
  composites?: { realm?: string[]; client?: Record<string, string[]> };
  clientRole?: boolean;
  containerId?: string;
}

export interface Credential {
  type: string;
  value?: string;
  temporary?: boolean;
  userLabel?: string;
}

export interface RealmUser {
  id: string;
  username: string;
  enabled: boolean;
  emailVerified?: boolean;
  firstName?: string;
  lastName?: string;
  email?: string;
  attributes?: Record<string, string[]>;
  credentials?: Credential[];
  requiredActions?: string[];
  realmRoles?: string[];
  clientRoles?: Record<string, string[]>;
  serviceAccountClientId?: string;
  groups?: string[];
}

export interface RealmClient {
  clientId: string;
  name?: string;
  description?: string;
  enabled: boolean;
  clientAuthenticatorType?: string;
  secret?: string;
  redirectUris?: string[];
  webOrigins?: string[];
  bearerOnly: boolean;
  consentRequired: boolean;
  standardFlowEnabled: boolean;
  implicitFlowEnabled: boolean;
  directAccessGrantsEnabled: boolean;
  serviceAccountsEnabled: boolean;
  publicClient: boolean;
  protocol: string;
  attributes?: Record<string, string>;
  fullScopeAllowed: boolean;
  protocolMappers?: ProtocolMapper[];
  defaultClientScopes?: string[];
  optionalClientScopes?: string[];
}

export interface RealmExport {
  id: string;
  realm: string;
  enabled: boolean;
  accessTokenLifespan: number;
  ssoSessionIdleTimeout: number;
  ssoSessionMaxLifespan: number;
  accessCodeLifespan?: number;
  accessCodeLifespanLogin?: number;
  revokeRefreshToken?: boolean;
  notBefore?: number;
  roles: { realm: RealmRole[]; client?: Record<string, RealmRole[]> };
  defaultRole?: { name: string };
  users: RealmUser[];
  clients: RealmClient[];
  clientScopes: ClientScope[];
  defaultDefaultClientScopes?: string[];
  defaultOptionalClientScopes?: string[];
  components?: Record<string, { providerId: string; config?: Record<string, string[]> }[]>;
}

const PLACEHOLDER = /\$\{([^}:]+)(?::([^}]*))?\}/g;

/** Keycloak's `${ENV}` / `${ENV:default}` import placeholders; unresolvable ones stay as they are. */
export function resolvePlaceholders(text: string, env: NodeJS.ProcessEnv = process.env): string {
  return text.replace(PLACEHOLDER, (whole, name: string, fallback: string | undefined) => env[name] ?? fallback ?? whole);
}

function resolveDeep(value: unknown, env: NodeJS.ProcessEnv): unknown {
  if (typeof value === 'string') return resolvePlaceholders(value, env);
  if (Array.isArray(value)) return value.map((item) => resolveDeep(item, env));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveDeep(item, env)]));
  }
  return value;
}

/** Reads a realm export and resolves its placeholders exactly as `kc.sh --import-realm` does. */
export function loadRealm(realmFile: string = DEFAULT_REALM_FILE, env: NodeJS.ProcessEnv = process.env): RealmExport {
  const raw: unknown = JSON.parse(readFileSync(realmFile, 'utf8'));
  const realm = resolveDeep(raw, env) as RealmExport;
  for (const key of ['realm', 'roles', 'users', 'clients', 'clientScopes'] as const) {
    if (realm[key] === undefined) throw new Error(`${realmFile}: not a Keycloak realm export (missing "${key}")`);
  }
  return realm;
}

export function findUserByUsername(realm: RealmExport, username: string): RealmUser | undefined {
  const wanted = username.trim().toLowerCase();
  return realm.users.find((user) => !user.serviceAccountClientId && user.username.toLowerCase() === wanted);
}

export function findUserById(realm: RealmExport, id: string): RealmUser | undefined {
  return realm.users.find((user) => user.id === id);
}

export function serviceAccountOf(realm: RealmExport, clientId: string): RealmUser | undefined {
  return realm.users.find((user) => user.serviceAccountClientId === clientId);
}

export function findClient(realm: RealmExport, clientId: string): RealmClient | undefined {
  return realm.clients.find((client) => client.clientId === clientId);
}

export function passwordOf(user: RealmUser): string | undefined {
  return user.credentials?.find((credential) => credential.type === 'password')?.value;
}

/** The user's realm roles with composites expanded (Keycloak's "effective" role mappings). */
export function effectiveRealmRoles(realm: RealmExport, user: RealmUser): string[] {
  const byName = new Map(realm.roles.realm.map((role) => [role.name, role]));
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const child of byName.get(name)?.composites?.realm ?? []) visit(child);
  };
  for (const name of user.realmRoles ?? []) visit(name);
  return [...seen];
}

/** Client roles per client id, as the `resource_access` claim lists them. */
export function effectiveClientRoles(user: RealmUser): Record<string, string[]> {
  return Object.fromEntries(Object.entries(user.clientRoles ?? {}).filter(([, roles]) => roles.length > 0));
}

/** Default client scopes always apply; optional ones only when the request asks for them. */
export function effectiveClientScopes(realm: RealmExport, client: RealmClient, requested: Iterable<string>): ClientScope[] {
  const wanted = new Set(requested);
  const names = [
    ...(client.defaultClientScopes ?? []),
    ...(client.optionalClientScopes ?? []).filter((name) => wanted.has(name)),
  ];
  return names
    .map((name) => realm.clientScopes.find((scope) => scope.name === name))
    .filter((scope): scope is ClientScope => scope !== undefined);
}

/** Keycloak's `scope` claim: `openid` when asked for, plus every applied scope marked include.in.token.scope. */
export function tokenScopeString(realm: RealmExport, client: RealmClient, requested: Iterable<string>): string {
  const wanted = new Set(requested);
  const included = effectiveClientScopes(realm, client, wanted)
    .filter((scope) => scope.attributes?.['include.in.token.scope'] !== 'false')
    .map((scope) => scope.name);
  return [...(wanted.has('openid') ? ['openid'] : []), ...included].join(' ');
}

/** Keycloak redirect-URI matching: exact, or a prefix when the registered value ends with `*`. */
export function matchesRedirectPattern(patterns: readonly string[], candidate: string): boolean {
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? candidate.startsWith(pattern.slice(0, -1)) : candidate === pattern,
  );
}

export function postLogoutRedirectPatterns(client: RealmClient): string[] {
  const configured = client.attributes?.['post.logout.redirect.uris'];
  if (configured === undefined || configured === '') return [];
  return configured.split('##').flatMap((entry) => (entry === '+' ? (client.redirectUris ?? []) : [entry]));
}

/** Keycloak web-origin rules: exact origins, `*` for any, `+` for the origins of non-wildcard redirect URIs. */
export function allowedOrigins(client: RealmClient): string[] {
  return (client.webOrigins ?? []).flatMap((origin) => {
    if (origin !== '+') return [origin];
    return (client.redirectUris ?? [])
      .filter((uri) => !uri.includes('*'))
      .map((uri) => URL.parse(uri)?.origin)
      .filter((value): value is string => value !== undefined && value !== 'null');
  });
}

export function originAllowed(client: RealmClient, origin: string): boolean {
  const origins = allowedOrigins(client);
  return origins.includes('*') || origins.includes(origin);
}

/** The grant types a Keycloak client accepts, named as in OAuth 2.0. */
export function grantTypesOf(client: RealmClient): string[] {
  if (client.bearerOnly || !client.enabled) return [];
  const grants: string[] = [];
  if (client.standardFlowEnabled) grants.push('authorization_code');
  if (client.directAccessGrantsEnabled) grants.push('password');
  if (client.standardFlowEnabled || client.directAccessGrantsEnabled) grants.push('refresh_token');
  if (client.serviceAccountsEnabled && !client.publicClient) grants.push('client_credentials');
  return grants;
}

export function accessTokenLifespan(realm: RealmExport, client: RealmClient | undefined): number {
  const override = Number(client?.attributes?.['access.token.lifespan']);
  return Number.isInteger(override) && override > 0 ? override : realm.accessTokenLifespan;
}

/** The enabled, fully set-up user with this username and password, or undefined (Keycloak's password check). */
export function authenticateUser(realm: RealmExport, username: string, password: string | undefined): RealmUser | undefined {
  const user = findUserByUsername(realm, username);
  const expected = user && passwordOf(user);
  if (!user?.enabled || expected === undefined || password === undefined || expected !== password) return undefined;
  return (user.requiredActions ?? []).length > 0 ? undefined : user;
}
