import { join, resolve } from 'node:path';
import { serveStaticSite, type StaticSite } from '@bayu/dev/web';
import { freePort, startPlatform, type RunningPlatform } from '@bayu/platform/testing';

const workspaceRoot = resolve(__dirname, '../../../..');

export const WEB_APPS = ['web-hrss', 'web-recommend', 'web-skills-office', 'web-public'] as const;
export type WebApp = (typeof WEB_APPS)[number];

export interface RunningWebPlatform {
  readonly platform: RunningPlatform;
  /** URL of each app served (only those asked for). */
  readonly apps: Readonly<Record<WebApp, string>>;
  stop(): Promise<void>;
}

/**
 * The built agency apps served as production serves them (config.json naming the gateway and the realm),
 * in front of the whole platform started from dist/ with the apps' origins allowed by the gateway's CORS.
 */
export async function startWebPlatform(served: readonly WebApp[] = WEB_APPS): Promise<RunningWebPlatform> {
  const ports = Object.fromEntries(await Promise.all(served.map(async (app) => [app, await freePort()] as const))) as Record<WebApp, number>;
  const origins = served.map((app) => `http://127.0.0.1:${ports[app]}`);
  const platform = await startPlatform({ env: { gateway: { CORS_ORIGINS: origins.join(',') } } });
  const sites: StaticSite[] = [];
  const urls: Partial<Record<WebApp, string>> = {};
  try {
    const links = Object.fromEntries(served.map((app) => [app, `http://127.0.0.1:${ports[app]}/`]));
    for (const app of served) {
      const site = await serveStaticSite({
        root: join(workspaceRoot, 'dist/apps', app),
        port: ports[app],
        config: { apiBaseUrl: platform.gateway.url, realmUrl: platform.stack.realmUrl, clientId: app, links },
      });
      sites.push(site);
      urls[app] = `${site.url}/`;
    }
  } catch (error) {
    await Promise.allSettled(sites.map((s) => s.stop()));
    await platform.stop();
    throw error;
  }
  return {
    platform,
    apps: urls as Record<WebApp, string>,
    stop: async () => {
      await Promise.allSettled(sites.map((s) => s.stop()));
      await platform.stop();
    },
  };
}
