// Something to do in the agency apps from the first start: next year's 最美巴渝工匠 campaign, created and
// opened for recommendations as the skills office would (through the gateway, as the bayu-seeder account).
import { serviceAccountToken, type DevSso } from '@bayu/dev/sso';
import { campaignSettingsFor } from '@bayu/dev/demo-data';

type SsoLocation = Pick<DevSso, 'realmUrl' | 'realmFile'>;

export interface OpenCampaign {
  readonly id: string;
  readonly year: number;
  readonly formDeadline: string;
  readonly created: boolean;
}

async function call<T>(gatewayUrl: string, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T; etag: string | null }> {
  const response = await fetch(`${gatewayUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, etag: response.headers.get('etag') };
}

interface CampaignView {
  readonly id: string;
  readonly year: number;
  readonly phase: string;
  readonly formDeadline: string;
}

/** Idempotent: a campaign of that year that exists is opened if still a draft, and left alone otherwise. */
export async function seedOpenCampaign(gatewayUrl: string, sso: SsoLocation, today: Date = new Date()): Promise<OpenCampaign> {
  const year = today.getUTCFullYear() + 1;
  const { access_token: token } = await serviceAccountToken(sso, 'bayu-seeder');
  const list = await call<CampaignView[]>(gatewayUrl, token, 'GET', '/api/v1/campaigns');
  if (list.status !== 200) throw new Error(`open campaign: GET /api/v1/campaigns answered ${list.status}`);
  let campaign = list.body.find((c) => c.year === year);
  const created = !campaign;
  if (!campaign) {
    const answer = await call<CampaignView>(gatewayUrl, token, 'POST', '/api/v1/campaigns', campaignSettingsFor(year));
    if (answer.status !== 201) throw new Error(`open campaign: POST /api/v1/campaigns answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    campaign = answer.body;
  }
  if (campaign.phase === 'draft') {
    const current = await call<CampaignView>(gatewayUrl, token, 'GET', `/api/v1/campaigns/${campaign.id}`);
    const opened = await call<CampaignView>(gatewayUrl, token, 'POST', `/api/v1/campaigns/${campaign.id}/phase`, { action: 'open-recommendation' }, { 'if-match': current.etag ?? '' });
    if (opened.status !== 200) throw new Error(`open campaign: opening recommendations answered ${opened.status} ${JSON.stringify(opened.body).slice(0, 300)}`);
    campaign = opened.body;
  }
  return { id: campaign.id, year, formDeadline: campaign.formDeadline, created };
}

/** --smoke: each served app answers its page and a config.json that names this stack's gateway. */
export async function smokeCheckWebApps(urls: Readonly<Record<string, string>>, gatewayUrl: string): Promise<string[]> {
  const lines: string[] = [];
  for (const [app, url] of Object.entries(urls)) {
    const page = await fetch(url);
    const html = await page.text();
    if (page.status !== 200 || !html.includes('<div id="root">')) throw new Error(`${app} at ${url} answered ${page.status} without the app's page`);
    const config = (await (await fetch(new URL('config.json', url))).json()) as { apiBaseUrl?: string; clientId?: string };
    if (config.apiBaseUrl !== gatewayUrl || config.clientId !== app) throw new Error(`${app}'s config.json names ${config.apiBaseUrl} / ${config.clientId}, not ${gatewayUrl} / ${app}`);
    lines.push(`${app} serves its page at ${url} with config for ${gatewayUrl}`);
  }
  return lines;
}
