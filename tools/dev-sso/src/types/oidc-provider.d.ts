// Minimal typings for the parts of oidc-provider 9 that the dev SSO uses (the package ships none).
// Checked against node_modules/oidc-provider/lib (provider.js, models/*, helpers/defaults.js).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type JsonObject = Record<string, unknown>;

  export interface AdapterPayload {
    [key: string]: unknown;
    grantId?: string;
    uid?: string;
    userCode?: string;
    consumed?: number;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    client_name?: string;
    grant_types: string[];
    response_types: string[];
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
    token_endpoint_auth_method: 'none' | 'client_secret_basic' | 'client_secret_post';
    application_type?: 'web' | 'native';
  }

  export interface Client {
    readonly clientId: string;
    readonly clientAuthMethod: string;
    readonly redirectUris: string[];
    grantTypeAllowed(type: string): boolean;
  }

  export interface ClientStatic {
    readonly prototype: {
      redirectUriAllowed(this: Client, value: string): boolean;
      postLogoutRedirectUriAllowed(this: Client, value: string): boolean;
    };
    find(clientId: string): Promise<Client | undefined>;
  }

  export interface BaseToken {
    readonly kind: string;
    jti: string;
    iat?: number;
    exp?: number;
    clientId: string;
    client?: Client;
    scope?: string;
    accountId?: string;
    grantId?: string;
    sid?: string;
    sessionUid?: string;
    gty?: string;
    authTime?: number;
    resource?: string | string[];
    expiresWithSession?: boolean;
    readonly tokenType: string;
    readonly expiration: number;
    resourceServer?: ResourceServer;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }

  export interface TokenInit {
    accountId?: string;
    client: Client;
    grantId: string;
    gty: string;
    scope?: string;
    sid?: string;
    resource?: string;
    expiresWithSession?: boolean;
    authTime?: number;
    rotations?: number;
  }

  export interface TokenStatic<T extends BaseToken> {
    new (init: TokenInit): T;
    find(value: string, options?: { ignoreExpiration?: boolean }): Promise<T | undefined>;
  }

  export interface Grant {
    readonly jti: string;
    accountId: string;
    clientId: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }

  export interface GrantStatic {
    new (init: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat: 'jwt' | 'opaque';
    jwt?: { sign?: { alg?: string } };
  }

  export interface ResourceServer {
    readonly audience?: string;
    readonly scope: string;
  }

  export interface IdToken {
    scope: string;
    set(key: string, value: unknown): void;
    issue(options: { use: 'idtoken' }): Promise<string>;
  }

  export interface IdTokenStatic {
    new (claims: JsonObject, options: { ctx: KoaContextWithOIDC }): IdToken;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string, claims: JsonObject, rejected: string[]): Promise<JsonObject>;
  }

  export interface OIDCContext {
    readonly route: string;
    readonly provider: Provider;
    readonly client?: Client;
    readonly params: Record<string, string | undefined>;
    readonly requestParamScopes: Set<string>;
    readonly requestParamOIDCScopes: Set<string>;
    readonly resourceServers: Record<string, ResourceServer>;
    readonly account?: Account;
    readonly session?: { grantIdFor(clientId: string): string | undefined };
    readonly result?: { consent?: { grantId?: string } };
    readonly entities: {
      AuthorizationCode?: BaseToken;
      RefreshToken?: BaseToken;
      AccessToken?: BaseToken;
    };
    entity(name: string, value: unknown): void;
  }

  export interface KoaContext {
    oidc?: OIDCContext;
    ip: string;
    status: number;
    body: unknown;
    method: string;
    path: string;
  }

  export interface KoaContextWithOIDC {
    oidc: OIDCContext;
    ip: string;
    status: number;
    body: unknown;
    type: string;
    method: string;
    path: string;
  }

  export interface Interaction {
    readonly uid: string;
    readonly prompt: { name: string; details: JsonObject };
    readonly params: Record<string, unknown>;
    readonly session?: { accountId?: string };
    readonly grantId?: string;
  }

  export interface InteractionResults {
    login?: { accountId: string; amr?: string[]; acr?: string; remember?: boolean };
    consent?: { grantId: string };
    error?: string;
    error_description?: string;
  }

  export interface StructuredJwt {
    header?: JsonObject;
    payload: JsonObject;
  }

  export type Ttl<T> = number | ((ctx: KoaContextWithOIDC, token: T, client: Client) => number);

  export interface Configuration {
    adapter: (model: string) => Adapter;
    clients: ClientMetadata[];
    jwks: { keys: JsonObject[] };
    cookies: { keys: string[]; long?: JsonObject; short?: JsonObject };
    routes: Record<string, string>;
    scopes: string[];
    claims: Record<string, string[] | null>;
    pkce: { required: (ctx: KoaContextWithOIDC, client: Client) => boolean };
    features: JsonObject;
    formats: {
      customizers: {
        jwt: (ctx: KoaContextWithOIDC | undefined, token: BaseToken, jwt: StructuredJwt) => Promise<void> | void;
      };
    };
    ttl: Record<string, Ttl<BaseToken>>;
    findAccount: (ctx: KoaContextWithOIDC, sub: string, token?: BaseToken) => Promise<Account | undefined>;
    loadExistingGrant: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
    issueRefreshToken: (ctx: KoaContextWithOIDC, client: Client, code: BaseToken) => Promise<boolean>;
    rotateRefreshToken: boolean | ((ctx: KoaContextWithOIDC) => boolean);
    interactions: { url: (ctx: KoaContextWithOIDC, interaction: Interaction) => Promise<string> | string };
    clientBasedCORS: (ctx: KoaContextWithOIDC, origin: string, client: Client) => boolean;
    renderError: (ctx: KoaContextWithOIDC, out: Record<string, string>, error: Error) => Promise<void>;
    conformIdTokenClaims: boolean;
    allowOmittingSingleRegisteredRedirectUri: boolean;
    responseTypes: string[];
    clientDefaults: JsonObject;
    enabledJWA: JsonObject;
  }

  export type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  export class Provider {
    constructor(issuer: string, configuration: Partial<Configuration>);
    readonly issuer: string;
    proxy: boolean;
    readonly Client: ClientStatic;
    readonly Grant: GrantStatic;
    readonly AccessToken: TokenStatic<BaseToken>;
    readonly RefreshToken: TokenStatic<BaseToken>;
    readonly IdToken: IdTokenStatic;
    readonly ResourceServer: new (identifier: string, info: ResourceServerInfo) => ResourceServer;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    use(middleware: KoaMiddleware): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
    registerGrantType(name: string, handler: (ctx: KoaContextWithOIDC) => Promise<void>, params?: string[], dupes?: string[]): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: InteractionResults, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  }

  export class OIDCProviderError extends Error {
    error: string;
    error_description?: string;
    status: number;
    statusCode: number;
  }

  export const errors: {
    OIDCProviderError: typeof OIDCProviderError;
    InvalidGrant: new (detail?: string) => OIDCProviderError;
    InvalidRequest: new (description?: string, code?: number) => OIDCProviderError;
    InvalidScope: new (description: string, scope: string) => OIDCProviderError;
    UnauthorizedClient: new (description?: string) => OIDCProviderError;
    CustomOIDCProviderError: new (error: string, description?: string) => OIDCProviderError;
    InvalidTarget: new (description?: string) => OIDCProviderError;
  };
}
