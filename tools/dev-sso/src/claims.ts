// Keycloak's OIDC protocol mappers, interpreted from the realm file: which claims a token carries is decided
// by the mappers of the client's effective client scopes (and its own mappers), never by this code.
import {
  allowedOrigins,
  effectiveClientRoles,
  effectiveClientScopes,
  effectiveRealmRoles,
  type ProtocolMapper,
  type RealmClient,
  type RealmExport,
  type RealmUser,
} from './realm';

export type TokenTarget = 'access' | 'id' | 'userinfo' | 'introspection';
export type Claims = Record<string, unknown>;

const TARGET_FLAG: Record<TokenTarget, string> = {
  access: 'access.token.claim',
  id: 'id.token.claim',
  userinfo: 'userinfo.token.claim',
  introspection: 'introspection.token.claim',
};

/** Every mapper type the dev SSO emulates; a realm using any other type is refused at start-up. */
export const SUPPORTED_MAPPER_TYPES = [
  'oidc-sub-mapper',
  'oidc-usermodel-property-mapper',
  'oidc-full-name-mapper',
  'oidc-usermodel-attribute-mapper',
  'oidc-usermodel-realm-role-mapper',
  'oidc-usermodel-client-role-mapper',
  'oidc-audience-mapper',
  'oidc-audience-resolve-mapper',
  'oidc-allowed-origins-mapper',
  'oidc-acr-mapper',
  'oidc-usersessionmodel-note-mapper',
  'oidc-hardcoded-claim-mapper',
] as const;

export interface ClaimRequest {
  realm: RealmExport;
  client: RealmClient;
  user: RealmUser;
  /** Scope names the client asked for (optional client scopes apply only when asked for). */
  requestedScopes: Iterable<string>;
  /** Keycloak user-session notes: AUTH_TIME, client_id, clientHost, … */
  sessionNotes: Record<string, string | number | undefined>;
  acr?: string;
}

export interface MappedClaims {
  claims: Claims;
  audiences: string[];
}

export function mappersFor(realm: RealmExport, client: RealmClient, requestedScopes: Iterable<string>): ProtocolMapper[] {
  const fromScopes = effectiveClientScopes(realm, client, requestedScopes).flatMap((scope) => scope.protocolMappers ?? []);
  return [...fromScopes, ...(client.protocolMappers ?? [])].filter((mapper) => mapper.protocol === 'openid-connect');
}

export function unsupportedMappers(realm: RealmExport): string[] {
  const all = [
    ...realm.clientScopes.flatMap((scope) => scope.protocolMappers ?? []),
    ...realm.clients.flatMap((client) => client.protocolMappers ?? []),
  ];
  const supported: readonly string[] = SUPPORTED_MAPPER_TYPES;
  return [...new Set(all.map((mapper) => mapper.protocolMapper).filter((type) => !supported.includes(type)))];
}

/** Splits `a.b\.c` into ["a", "b.c"], as Keycloak does for nested claim names. */
function claimPath(name: string): string[] {
  return name.split(/(?<!\\)\./).map((part) => part.replace(/\\\./g, '.'));
}

function setClaim(target: Claims, name: string, value: unknown): void {
  const parts = claimPath(name);
  const last = parts.pop();
  if (last === undefined) return;
  let node = target;
  for (const part of parts) {
    const next = node[part];
    if (next !== null && typeof next === 'object' && !Array.isArray(next)) {
      node = next as Claims;
    } else {
      const created: Claims = {};
      node[part] = created;
      node = created;
    }
  }
  node[last] = value;
}

function convert(value: string, jsonType: string | undefined): unknown {
  switch (jsonType) {
    case 'long':
    case 'int':
      return Number(value);
    case 'boolean':
      return value === 'true';
    case 'JSON':
      return JSON.parse(value) as unknown;
    default:
      return value;
  }
}

function typed(values: readonly string[], config: Record<string, string>): unknown {
  const converted = values.map((value) => convert(value, config['jsonType.label']));
  return config.multivalued === 'true' ? converted : converted[0];
}

function propertyValue(user: RealmUser, property: string | undefined): string | undefined {
  switch (property) {
    case 'username':
      return user.username;
    case 'email':
      return user.email;
    case 'firstName':
      return user.firstName;
    case 'lastName':
      return user.lastName;
    case 'emailVerified':
      return user.emailVerified === undefined ? undefined : String(user.emailVerified);
    case 'id':
      return user.id;
    default:
      return undefined;
  }
}

function applyMapper(mapper: ProtocolMapper, request: ClaimRequest, out: MappedClaims): void {
  const { config } = mapper;
  const claimName = config['claim.name'];
  const { realm, client, user } = request;
  switch (mapper.protocolMapper) {
    case 'oidc-sub-mapper':
      out.claims.sub = user.id;
      return;
    case 'oidc-usermodel-property-mapper': {
      const value = propertyValue(user, config['user.attribute']);
      if (claimName && value !== undefined) setClaim(out.claims, claimName, convert(value, config['jsonType.label']));
      return;
    }
    case 'oidc-full-name-mapper': {
      const name = [user.firstName, user.lastName].filter((part) => part !== undefined && part !== '').join(' ');
      if (name) out.claims.name = name;
      return;
    }
    case 'oidc-usermodel-attribute-mapper': {
      const values = user.attributes?.[config['user.attribute'] ?? ''] ?? [];
      if (claimName && values.length > 0) setClaim(out.claims, claimName, typed(values, config));
      return;
    }
    case 'oidc-usermodel-realm-role-mapper': {
      const prefix = config['usermodel.realmRoleMapping.rolePrefix'] ?? '';
      const roles = effectiveRealmRoles(realm, user).map((role) => `${prefix}${role}`);
      if (claimName && roles.length > 0) setClaim(out.claims, claimName, roles);
      return;
    }
    case 'oidc-usermodel-client-role-mapper': {
      const only = config['usermodel.clientRoleMapping.clientId'];
      if (!claimName) return;
      // Keycloak omits an empty resource_access; we keep an empty object so Token#hasApplicationRole never throws.
      const container = claimPath(claimName)[0];
      if (container && out.claims[container] === undefined) out.claims[container] = {};
      for (const [clientId, roles] of Object.entries(effectiveClientRoles(user))) {
        if (only && only !== clientId) continue;
        setClaim(out.claims, claimName.replace('${client_id}', clientId.replace(/\./g, '\\.')), roles);
      }
      return;
    }
    case 'oidc-audience-mapper': {
      const audience = config['included.client.audience'] || config['included.custom.audience'];
      if (audience) out.audiences.push(audience);
      return;
    }
    case 'oidc-audience-resolve-mapper':
      out.audiences.push(...Object.keys(effectiveClientRoles(user)).filter((id) => id !== client.clientId));
      return;
    case 'oidc-allowed-origins-mapper': {
      const origins = allowedOrigins(client);
      if (origins.length > 0) out.claims['allowed-origins'] = origins;
      return;
    }
    case 'oidc-acr-mapper':
      out.claims.acr = request.acr ?? '1';
      return;
    case 'oidc-usersessionmodel-note-mapper': {
      const value = request.sessionNotes[config['user.session.note'] ?? ''];
      if (claimName && value !== undefined) setClaim(out.claims, claimName, convert(String(value), config['jsonType.label']));
      return;
    }
    case 'oidc-hardcoded-claim-mapper':
      if (claimName && config['claim.value'] !== undefined) {
        setClaim(out.claims, claimName, convert(config['claim.value'], config['jsonType.label']));
      }
      return;
    default:
      throw new Error(`protocol mapper type ${mapper.protocolMapper} is not emulated by the dev SSO`);
  }
}

/** The claims Keycloak's mappers put into one kind of token for this user, client and request. */
export function mapClaims(request: ClaimRequest, target: TokenTarget): MappedClaims {
  const out: MappedClaims = { claims: {}, audiences: [] };
  for (const mapper of mappersFor(request.realm, request.client, request.requestedScopes)) {
    if (mapper.config[TARGET_FLAG[target]] === 'true') applyMapper(mapper, request, out);
  }
  out.audiences = [...new Set(out.audiences)];
  return out;
}

/** Every top-level claim name any mapper of the realm can produce (used to tell oidc-provider what exists). */
export function claimNamesOfRealm(realm: RealmExport): string[] {
  const names = new Set<string>(['sub', 'typ', 'azp', 'name', 'acr', 'allowed-origins']);
  const mappers = [
    ...realm.clientScopes.flatMap((scope) => scope.protocolMappers ?? []),
    ...realm.clients.flatMap((client) => client.protocolMappers ?? []),
  ];
  for (const mapper of mappers) {
    const claimName = mapper.config['claim.name'];
    const top = claimName ? claimPath(claimName)[0] : undefined;
    if (top) names.add(top);
  }
  return [...names];
}
