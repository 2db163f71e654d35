import { readFileSync } from 'node:fs';
import { SUPPORTED_MAPPER_TYPES, unsupportedMappers } from './claims';
import { DEFAULT_REALM_FILE, loadRealm, resolvePlaceholders, type RealmExport } from './realm';

const AGENCY_ROLES = ['skills-office', 'hrss', 'union', 'daily', 'district', 'department', 'central-unit', 'employer', 'expert', 'training-base', 'school', 'integrator'];
const CAPABILITY_ROLES = ['national-id-reader', 'service'];
const AGENCY_CLAIMS = ['agency', 'district_code', 'department_code', 'employer_id', 'display_name'];
const CHINESE = /[\u4e00-\u9fff]/;

const realm: RealmExport = loadRealm(DEFAULT_REALM_FILE, {});
const raw = JSON.parse(readFileSync(DEFAULT_REALM_FILE, 'utf8')) as RealmExport;
const roleNames = new Set(realm.roles.realm.map((role) => role.name));
const scopeNames = new Set(realm.clientScopes.map((scope) => scope.name));
const humans = realm.users.filter((user) => !user.serviceAccountClientId);

describe('deploy/keycloak/realm-bayu.json', () => {
  test('it is a Keycloak realm export for realm bayu with every section the import needs', () => {
    for (const key of ['id', 'realm', 'enabled', 'roles', 'defaultRole', 'users', 'clients', 'clientScopes', 'defaultDefaultClientScopes', 'requiredCredentials']) {
      expect(raw).toHaveProperty(key);
    }
    expect(realm.realm).toBe('bayu');
    expect(realm.accessTokenLifespan).toBe(300);
    expect(realm.ssoSessionIdleTimeout).toBe(1800);
    expect(roleNames.has(realm.defaultRole?.name ?? '')).toBe(true);
  });

  test('every agency and capability role exists with a Chinese and an English description', () => {
    for (const name of [...AGENCY_ROLES, ...CAPABILITY_ROLES]) {
      const role = realm.roles.realm.find((candidate) => candidate.name === name);
      expect(role?.description).toMatch(CHINESE);
      expect(role?.description).toMatch(/ · [A-Z]/);
    }
  });

  test('every role a user holds or a composite includes is a realm role', () => {
    for (const user of realm.users) for (const role of user.realmRoles ?? []) expect([user.username, roleNames.has(role)]).toEqual([user.username, true]);
    for (const role of realm.roles.realm) for (const child of role.composites?.realm ?? []) expect(roleNames.has(child)).toBe(true);
  });

  test('users have unique ids and usernames, and every demo user has a password, a Chinese display name and a matching agency role', () => {
    expect(new Set(realm.users.map((user) => user.id)).size).toBe(realm.users.length);
    expect(new Set(realm.users.map((user) => user.username)).size).toBe(realm.users.length);
    for (const user of humans) {
      expect(user.credentials?.find((credential) => credential.type === 'password')?.value).toBe('bayu-demo-2026');
      expect(user.attributes?.display_name?.[0]).toMatch(CHINESE);
      const agency = user.attributes?.agency?.[0];
      if (agency !== undefined) {
        expect(AGENCY_ROLES).toContain(agency);
        expect(user.realmRoles).toContain(agency);
      }
    }
  });

  test('every client scope a client or the realm defaults name is defined', () => {
    for (const client of realm.clients) {
      for (const name of [...(client.defaultClientScopes ?? []), ...(client.optionalClientScopes ?? [])]) expect([client.clientId, name, scopeNames.has(name)]).toEqual([client.clientId, name, true]);
    }
    for (const name of [...(realm.defaultDefaultClientScopes ?? []), ...(realm.defaultOptionalClientScopes ?? [])]) expect(scopeNames.has(name)).toBe(true);
  });

  test('bayu-agency maps the five agency attributes into access tokens and userinfo and is a default scope of every client', () => {
    const scope = realm.clientScopes.find((candidate) => candidate.name === 'bayu-agency');
    const mappers = (scope?.protocolMappers ?? []).filter((mapper) => mapper.protocolMapper === 'oidc-usermodel-attribute-mapper');
    expect(mappers.map((mapper) => mapper.config['claim.name']).sort()).toEqual([...AGENCY_CLAIMS].sort());
    for (const mapper of mappers) {
      expect(mapper.config['access.token.claim']).toBe('true');
      expect(mapper.config['userinfo.token.claim']).toBe('true');
    }
    for (const client of realm.clients) expect([client.clientId, client.defaultClientScopes]).toEqual([client.clientId, expect.arrayContaining(['bayu-agency', 'roles', 'profile', 'email'])]);
  });

  test('every client puts bayu-api into the audience of its access tokens', () => {
    for (const client of realm.clients) {
      const audiences = (client.defaultClientScopes ?? [])
        .flatMap((name) => realm.clientScopes.find((scope) => scope.name === name)?.protocolMappers ?? [])
        .filter((mapper) => mapper.protocolMapper === 'oidc-audience-mapper')
        .map((mapper) => mapper.config['included.client.audience']);
      expect([client.clientId, audiences]).toEqual([client.clientId, ['bayu-api']]);
    }
  });

  test('every service-account client has its service-account user and every service-account user its client', () => {
    for (const client of realm.clients.filter((candidate) => candidate.serviceAccountsEnabled)) {
      const user = realm.users.find((candidate) => candidate.serviceAccountClientId === client.clientId);
      expect(user?.username).toBe(`service-account-${client.clientId}`);
      expect(client.publicClient).toBe(false);
    }
    for (const user of realm.users.filter((candidate) => candidate.serviceAccountClientId)) {
      expect(realm.clients.find((client) => client.clientId === user.serviceAccountClientId)?.serviceAccountsEnabled).toBe(true);
    }
  });

  test('browser clients are public and require PKCE S256; confidential clients take their secret from the environment', () => {
    for (const client of realm.clients.filter((candidate) => candidate.standardFlowEnabled)) {
      expect(client.publicClient).toBe(true);
      expect(client.attributes?.['pkce.code.challenge.method']).toBe('S256');
    }
    for (const client of raw.clients.filter((candidate) => !candidate.publicClient)) {
      expect(client.secret).toMatch(/^\$\{[A-Z_]+:[\w-]+\}$/);
    }
    expect(resolvePlaceholders('${BAYU_X_SECRET:dev}', {})).toBe('dev');
    expect(resolvePlaceholders('${BAYU_X_SECRET:dev}', { BAYU_X_SECRET: 'prod' })).toBe('prod');
    expect(resolvePlaceholders('resource_access.${client_id}.roles', {})).toBe('resource_access.${client_id}.roles');
  });

  test('the realm uses only features the dev SSO emulates', () => {
    expect(unsupportedMappers(realm)).toEqual([]);
    expect(SUPPORTED_MAPPER_TYPES.length).toBeGreaterThan(0);
    for (const client of realm.clients) {
      expect([client.clientId, client.fullScopeAllowed, client.consentRequired, client.implicitFlowEnabled]).toEqual([client.clientId, true, false, false]);
    }
  });

  test('the declarative user profile declares every attribute a mapper reads, so Keycloak 24+ keeps them', () => {
    const component = realm.components?.['org.keycloak.userprofile.UserProfileProvider']?.[0];
    const profile = JSON.parse(component?.config?.['kc.user.profile.config']?.[0] ?? '{}') as { attributes?: { name: string }[] };
    const declared = new Set((profile.attributes ?? []).map((attribute) => attribute.name));
    const read = realm.clientScopes
      .flatMap((scope) => scope.protocolMappers ?? [])
      .filter((mapper) => mapper.protocolMapper === 'oidc-usermodel-attribute-mapper')
      .map((mapper) => mapper.config['user.attribute'] ?? '');
    for (const attribute of read) expect([attribute, declared.has(attribute)]).toEqual([attribute, true]);
  });
});
