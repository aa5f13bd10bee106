import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_PATH, RESULTS_DIR } from './env';

export const DEMO_PASSWORD = 'Cqss@2026';

/** Debian's Chromium, headless, with nothing phoning home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (own cookies and storage) at the server under test. */
export function newContext(
  browser: Browser,
  viewport = { width: 1440, height: 900 },
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: inject('baseUrl'),
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** Saves a full-page screenshot as apps/e2e/test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Let web fonts and transitions settle so the picture shows what a person sees.
  await page.evaluate('document.fonts.ready');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

/** Signs in through an app's login page. */
export async function signIn(page: Page, app: 'admin' | 'police', username: string, password = DEMO_PASSWORD) {
  await page.goto(`/${app}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByLabel(/密码|Password/).press('Enter');
}
