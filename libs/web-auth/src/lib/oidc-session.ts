import { jwtPayload, randomToken, s256Challenge } from './pkce';
import { userFromAccessToken, type SignedInUser } from './user';

/** OpenID provider endpoints, from the realm's discovery document. */
interface ProviderMetadata {
  readonly issuer: string;
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
  readonly end_session_endpoint?: string;
}

interface TokenResponse {
  readonly access_token: string;
  readonly expires_in: number;
  readonly refresh_token?: string;
  readonly id_token?: string;
}

/** What a login redirect must find again when the browser comes back (per tab, never in localStorage). */
interface PendingLogin {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  readonly returnTo: string;
}

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out'; readonly error?: string }
  | { readonly status: 'signed-in'; readonly user: SignedInUser };

export interface OidcSessionOptions {
  readonly realmUrl: string;
  readonly clientId: string;
  /** Where the SSO sends the browser back; defaults to the app's own page without query or hash. */
  readonly redirectUri?: string;
  /** Refresh this long before the access token expires. */
  readonly refreshLeewaySeconds?: number;
}

const PENDING_KEY = 'bayu.oidc.pending';
const REFRESH_KEY = 'bayu.oidc.refresh';

/**
 * Authorization code flow with PKCE for a public browser client (RFC 9700): the access token lives in
 * memory only; the refresh token is kept in sessionStorage so a reload in the same tab stays signed in,
 * and dies with the tab (docs/adr/0015-agency-web-apps.md).
 */
export class OidcSession {
  private metadata?: ProviderMetadata;
  private accessToken?: string;
  /** When the access token runs out (ms), from the token answer's expires_in. */
  private accessTokenExpiresAt = 0;
  private idToken?: string;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private refreshing?: Promise<boolean>;
  private readonly listeners = new Set<(state: SessionState) => void>();
  private current: SessionState = { status: 'loading' };

  constructor(private readonly options: OidcSessionOptions) {}

  get state(): SessionState {
    return this.current;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private get redirectUri(): string {
    return this.options.redirectUri ?? `${window.location.origin}${window.location.pathname}`;
  }

  private set(state: SessionState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }

  private async provider(): Promise<ProviderMetadata> {
    if (this.metadata) return this.metadata;
    const response = await fetch(`${this.options.realmUrl}/.well-known/openid-configuration`);
    if (!response.ok) throw new Error(`the SSO discovery document answered ${response.status}`);
    this.metadata = (await response.json()) as ProviderMetadata;
    return this.metadata;
  }

  /** Finishes a login redirect if the URL carries one, else resumes from a kept refresh token. */
  async start(): Promise<SessionState> {
    try {
      const url = new URL(window.location.href);
      if (url.searchParams.has('code') || url.searchParams.has('error')) await this.finishLogin(url);
      else if (sessionStorage.getItem(REFRESH_KEY)) await this.refresh();
      else this.set({ status: 'signed-out' });
    } catch (error) {
      this.clear();
      this.set({ status: 'signed-out', error: error instanceof Error ? error.message : String(error) });
    }
    return this.current;
  }

  async login(returnTo: string = window.location.hash || '#/'): Promise<void> {
    const provider = await this.provider();
    const pending: PendingLogin = { state: randomToken(), nonce: randomToken(), verifier: randomToken(48), returnTo };
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: this.options.clientId,
      redirect_uri: this.redirectUri,
      scope: 'openid profile',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await s256Challenge(pending.verifier),
      code_challenge_method: 'S256',
      ui_locales: document.documentElement.lang || 'zh-CN',
    });
    window.location.assign(`${provider.authorization_endpoint}?${query.toString()}`);
  }

  private async finishLogin(url: URL): Promise<void> {
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as PendingLogin | null;
    sessionStorage.removeItem(PENDING_KEY);
    // Whatever happens, the code must not stay in the address bar or the history.
    window.history.replaceState(null, '', `${url.pathname}${pending?.returnTo ?? ''}`);
    if (url.searchParams.has('error')) throw new Error(url.searchParams.get('error_description') ?? url.searchParams.get('error') ?? 'login failed');
    if (!pending || pending.state !== url.searchParams.get('state')) throw new Error('the login answer does not match a login this tab started');
    const tokens = await this.tokenRequest({
      grant_type: 'authorization_code',
      code: url.searchParams.get('code') ?? '',
      redirect_uri: this.redirectUri,
      code_verifier: pending.verifier,
    });
    const idClaims = tokens.id_token ? jwtPayload(tokens.id_token) : {};
    if (idClaims['nonce'] !== pending.nonce) throw new Error('the ID token does not carry this login\'s nonce');
    this.accept(tokens);
  }

  private async tokenRequest(form: Record<string, string>): Promise<TokenResponse> {
    const provider = await this.provider();
    const response = await fetch(provider.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: this.options.clientId, ...form }),
    });
    const body = (await response.json().catch(() => ({}))) as TokenResponse & { error?: string; error_description?: string };
    if (!response.ok) throw new Error(body.error_description ?? body.error ?? `the token endpoint answered ${response.status}`);
    return body;
  }

  private accept(tokens: TokenResponse): void {
    this.accessToken = tokens.access_token;
    this.accessTokenExpiresAt = Date.now() + tokens.expires_in * 1000;
    if (tokens.id_token) this.idToken = tokens.id_token;
    if (tokens.refresh_token) sessionStorage.setItem(REFRESH_KEY, tokens.refresh_token);
    clearTimeout(this.refreshTimer);
    const leeway = this.options.refreshLeewaySeconds ?? 30;
    const inMs = Math.max(5, tokens.expires_in - leeway) * 1000;
    if (tokens.refresh_token) this.refreshTimer = setTimeout(() => void this.refresh(), inMs);
    this.set({ status: 'signed-in', user: userFromAccessToken(tokens.access_token) });
  }

  /** Trades the refresh token for fresh tokens; one request even when several callers ask at once. */
  refresh(): Promise<boolean> {
    this.refreshing ??= (async () => {
      const refreshToken = sessionStorage.getItem(REFRESH_KEY);
      if (!refreshToken) {
        this.clear();
        this.set({ status: 'signed-out' });
        return false;
      }
      try {
        this.accept(await this.tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }));
        return true;
      } catch (error) {
        this.clear();
        this.set({ status: 'signed-out', error: error instanceof Error ? error.message : String(error) });
        return false;
      }
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** The current access token, refreshed first when it is about to expire. */
  async token(): Promise<string | undefined> {
    if (this.accessToken && this.accessTokenExpiresAt - Date.now() <= 10_000) await this.refresh();
    return this.accessToken;
  }

  async logout(): Promise<void> {
    const idToken = this.idToken;
    this.clear();
    const provider = await this.provider();
    if (!provider.end_session_endpoint) {
      this.set({ status: 'signed-out' });
      return;
    }
    const query = new URLSearchParams({ client_id: this.options.clientId, post_logout_redirect_uri: this.redirectUri });
    if (idToken) query.set('id_token_hint', idToken);
    window.location.assign(`${provider.end_session_endpoint}?${query.toString()}`);
  }

  private clear(): void {
    clearTimeout(this.refreshTimer);
    this.accessToken = undefined;
    this.idToken = undefined;
    sessionStorage.removeItem(REFRESH_KEY);
  }
}
