import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, RESULTS_DIR, stackUnderTest } from './env';

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
    baseURL: stackUnderTest().baseUrl,
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

/**
 * The console scrolls inside its main area, so a full-page picture would show only the
 * viewport: this one grows the window to the content's height for the shot, then restores it.
 */
export async function screenshotAll(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  // The header is 56 px; the main area scrolls below it.
  const height =
    56 +
    (await page
      .locator('.frame-main')
      .evaluate((el) => (el as { scrollHeight: number }).scrollHeight));
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.evaluate('document.fonts.ready');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`) });
  await page.setViewportSize(viewport);
}

/**
 * Switches the page's language from the header's (or the login page's) language menu; the menu
 * opens above an open dialog too, so a dialog can be pictured in both languages.
 */
export async function switchLanguage(page: Page, to: 'zh-CN' | 'en'): Promise<void> {
  await page.getByTestId('language-switch').locator('button').dispatchEvent('click');
  await page.getByRole('menuitem', { name: to === 'en' ? 'English' : '简体中文' }).click();
  await page.locator(`html[lang="${to}"]`).waitFor({ state: 'attached' });
}

/** Signs in through an app's login page. */
export async function signIn(
  page: Page,
  app: 'admin' | 'police',
  username: string,
  password = DEMO_PASSWORD,
) {
  await page.goto(`/${app}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByLabel(/密码|Password/).press('Enter');
}
