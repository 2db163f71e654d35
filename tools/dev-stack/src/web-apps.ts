// The four agency web apps, built by start.sh into dist/apps/web-*, served the way nginx serves them in
// production, each with a config.json naming this stack's gateway and SSO realm.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStaticSite, type StaticSite } from '@bayu/dev/web';
import { WEB_APPS, type StackConfig, type WebAppName } from './config';

export interface WebApps {
  readonly urls: Partial<Record<WebAppName, string>>;
  readonly missing: readonly WebAppName[];
  stop(): Promise<void>;
}

export async function startWebApps(config: StackConfig, gatewayUrl: string, realmUrl: string): Promise<WebApps> {
  const links = Object.fromEntries(WEB_APPS.map((app) => [app, `http://${config.host}:${config.webPorts[app]}/`]));
  const sites: Array<[WebAppName, StaticSite]> = [];
  const missing: WebAppName[] = [];
  try {
    for (const app of WEB_APPS) {
      const root = join(config.root, 'dist/apps', app);
      if (!existsSync(join(root, 'index.html'))) {
        missing.push(app);
        continue;
      }
      const site = await serveStaticSite({ root, host: config.host, port: config.webPorts[app], config: { apiBaseUrl: gatewayUrl, realmUrl, clientId: app, links } });
      sites.push([app, site]);
    }
  } catch (error) {
    await Promise.allSettled(sites.map(([, site]) => site.stop()));
    throw error;
  }
  return {
    urls: Object.fromEntries(sites.map(([app, site]) => [app, `${site.url}/`])),
    missing,
    stop: async () => {
      await Promise.allSettled(sites.map(([, site]) => site.stop()));
    },
  };
}
