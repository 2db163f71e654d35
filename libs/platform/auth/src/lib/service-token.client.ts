export interface ServiceTokenConfig {
  /** `<realm url>/protocol/openid-connect/token` */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Renew this long before expiry. */
  readonly renewBeforeMs?: number;
}

interface CachedToken {
  readonly value: string;
  readonly renewAt: number;
}

/**
 * A service account's access token (OAuth 2 client credentials), cached until shortly before it expires;
 * concurrent callers share one request.
 */
export class ServiceTokenClient {
  private cached?: CachedToken;
  private inFlight?: Promise<string>;

  constructor(private readonly config: ServiceTokenConfig) {}

  async accessToken(): Promise<string> {
    if (this.cached && Date.now() < this.cached.renewAt) return this.cached.value;
    this.inFlight ??= this.fetchToken().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  async authorizationHeader(): Promise<string> {
    return `Bearer ${await this.accessToken()}`;
  }

  private async fetchToken(): Promise<string> {
    const response = await fetch(this.config.tokenUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(this.config.clientId)}:${encodeURIComponent(this.config.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string };
    if (!response.ok || !body.access_token) {
      throw new Error(`client credentials for ${this.config.clientId} refused: ${response.status} ${body.error ?? ''}`.trim());
    }
    const lifetimeMs = (body.expires_in ?? 60) * 1000;
    const renewBefore = Math.min(this.config.renewBeforeMs ?? 30_000, lifetimeMs / 2);
    this.cached = { value: body.access_token, renewAt: Date.now() + lifetimeMs - renewBefore };
    return body.access_token;
  }
}
