/**
 * Where an app finds the gateway and the SSO realm. Read at start from `config.json` beside index.html, so
 * one build runs on a laptop, in docker-compose and on Kubernetes (each writes its own file).
 */
export interface WebConfig {
  /** Gateway origin, or '' when the gateway is reachable on the app's own origin under /api. */
  readonly apiBaseUrl: string;
  /** e.g. https://sso.example/realms/bayu */
  readonly realmUrl: string;
  readonly clientId: string;
  /** Other apps, for cross-links (public site from the skills office, and so on). */
  readonly links?: Readonly<Record<string, string>>;
}

export async function loadWebConfig(url = './config.json'): Promise<WebConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const config = (await response.json()) as Partial<WebConfig>;
  const { realmUrl, clientId } = config;
  if (!realmUrl) throw new Error(`${url} lacks realmUrl`);
  if (!clientId) throw new Error(`${url} lacks clientId`);
  return { apiBaseUrl: config.apiBaseUrl ?? '', realmUrl: realmUrl.replace(/\/$/, ''), clientId, links: config.links ?? {} };
}
