import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const workspaceRoot = resolve(__dirname, '../../../..');
/** Screenshots of every app's main screen, kept as CI artifacts. */
export const SCREENSHOT_DIR = join(workspaceRoot, 'dist/web-e2e/screenshots');

/**
 * Debian's Chromium (ENVIRONMENT.md): playwright-core cannot download its own browser here. Background
 * networking is off because this machine's network is closed and Chromium would keep dialling out.
 */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  // playwright gives every launch a fresh, temporary profile of its own.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
    },
  };
}

/** A fresh context (own cookies, so own SSO session) per user; phone-sized when asked. */
export async function newUserContext(browser: Browser, options: { phone?: boolean; locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    acceptDownloads: true,
    ...(options.phone ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 860 } }),
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * Collects script errors and console errors, so a test can assert a screen ran cleanly. Chromium's own
 * "Failed to load resource" lines are left out: the API answering 4xx to bad input is the behaviour tested.
 */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Signs in through the dev SSO's login page, the way a person does: the app's sign-in button, the realm's
 * form, and back to the app with an authorization code (PKCE).
 */
export async function signIn(page: Page, appUrl: string, username: string, password = process.env.BAYU_DEMO_PASSWORD ?? 'bayu-demo-2026'): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: /统一身份认证登录|Sign in with city SSO/ }).first().click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登录/ }).click();
  await page.waitForURL((url) => url.href.startsWith(appUrl) && !url.search.includes('code='));
  await page.getByRole('button', { name: /退出登录|Sign out/ }).waitFor();
}
