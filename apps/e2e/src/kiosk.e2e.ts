import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser';
import { sql, startServer, stopServer } from './support/server';

const LANDSCAPE = { width: 1280, height: 800 };
const PORTRAIT = { width: 800, height: 1280 };

// The demo pairing code works once, so the tests share one kiosk profile, in order.
describe('kiosk', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, LANDSCAPE);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the pairing screen on an unpaired device, in both orientations', async () => {
    await page.goto('/kiosk/');
    await page.waitForURL('**/kiosk/pair');
    await page.getByRole('heading', { name: '配对评价终端' }).waitFor();
    await screenshot(page, 'kiosk-pair-1280x800');
    await page.setViewportSize(PORTRAIT);
    await screenshot(page, 'kiosk-pair-800x1280');
    await page.setViewportSize(LANDSCAPE);
  });

  it('explains a short and a wrong code', async () => {
    const input = page.getByTestId('pairing-code');
    await input.fill('abc');
    await input.press('Enter');
    await expect(page.getByTestId('pair-error').textContent()).resolves.toContain('8 位');

    await input.fill('wrong-123');
    await expect(input.inputValue()).resolves.toBe('WRONG123');
    await page.getByTestId('pair-submit').click();
    await page.getByText('配对码错误或已过期').waitFor();
    await screenshot(page, 'kiosk-pair-wrong-code');
  });

  it('pairs with DEMO2026 and shows its customer unit at 1280×800', async () => {
    await page.getByTestId('pairing-code').fill('demo 2026');
    await page.getByTestId('pair-submit').click();
    await page.waitForURL(/\/kiosk\/$/);
    await expect(page.getByTestId('unit-name').textContent()).resolves.toBe('重庆市渝中区人民医院');
    await page.getByText('您对今天的保安服务满意吗？').waitFor();
    await screenshot(page, 'kiosk-start-1280x800');
  });

  it('stays paired after a reload, at 800×1280', async () => {
    await page.setViewportSize(PORTRAIT);
    await page.reload();
    await page.getByTestId('unit-name').waitFor();
    await expect(page.getByTestId('unit-name').textContent()).resolves.toBe('重庆市渝中区人民医院');
    await screenshot(page, 'kiosk-start-800x1280');
  });

  it('switches to English', async () => {
    await page.setViewportSize(LANDSCAPE);
    await page.getByTestId('language-switch').click();
    await page.getByText("How satisfied are you with today's security service?").waitFor();
    await expect(page.getByText('Very satisfied').isVisible()).resolves.toBe(true);
    await screenshot(page, 'kiosk-start-en');
    await page.getByTestId('language-switch').click();
    await page.getByText('您对今天的保安服务满意吗？').waitFor();
  });

  it('reloaded while the server is gone, opens from its service worker, takes a rating and sends it later', async () => {
    const count = async () =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM feedback f JOIN kiosk_device d ON d.id = f.device_id
            WHERE d.customer_unit_id = (SELECT id FROM customer_unit WHERE name = '重庆市渝中区人民医院')
              AND f.rating = 3 AND 'UNTIDY' = ANY (f.tags)`,
        )
      )[0]!.n;
    const before = await count();
    // The service worker controls the page once it has installed.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await page.waitForFunction('navigator.serviceWorker.controller !== null');
    await stopServer();
    try {
      await page.reload();
      await page.getByTestId('face-3').waitFor();
      await expect(page.getByTestId('unit-name').textContent()).resolves.toBe(
        '重庆市渝中区人民医院',
      );
      await page.getByTestId('face-3').click();
      // A 3 is offered what went wrong; the follow-up amends the queued rating.
      await page.getByTestId('tag-UNTIDY').click();
      await page.getByTestId('details-submit').click();
      await page.getByTestId('offline-mark').waitFor();
      await expect(page.getByTestId('offline-pending').textContent()).resolves.toContain('1 条');
      await screenshot(page, 'kiosk-offline-after-reload-1280x800');
      expect(await count()).toBe(before);
    } finally {
      await startServer();
    }
    await page.getByTestId('offline-mark').waitFor({ state: 'detached', timeout: 40_000 });
    await expect.poll(count, { timeout: 15_000 }).toBe(before + 1);
  }, 120_000);

  it('leaves the follow-up screen for the faces after 15 seconds untouched; English tags fit the rating', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByTestId('face-5').click();
    await page.getByTestId('details').waitFor();
    await page.getByTestId('tag-COURTESY').waitFor();
    await expect(page.getByTestId('tag-IMPOLITE').count()).resolves.toBe(0);
    await screenshot(page, 'kiosk-details-praise-en');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'kiosk-details-praise-en-390x844');
    await page.setViewportSize(LANDSCAPE);
    await page.getByTestId('face-1').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('details').count()).resolves.toBe(0);
    await page.getByTestId('language-switch').click();
    await page.getByText('您对今天的保安服务满意吗？').waitFor();
  }, 60_000);

  it('asks staff to pair again when the device is no longer paired, then shows the pairing screen', async () => {
    await context.clearCookies();
    await page.goto('/kiosk/');
    await page.waitForURL('**/kiosk/unpaired');
    await page.getByRole('heading', { name: '本终端需要重新配对' }).waitFor();
    await screenshot(page, 'kiosk-unpaired-again');
    await page.getByTestId('unpaired-pair').click();
    await page.waitForURL('**/kiosk/pair');
    await page.getByRole('heading', { name: '配对评价终端' }).waitFor();
  });
});
