import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { sql } from './support/server';

const PHONE = { width: 390, height: 844 };

/** The company's alert rules as stored. */
const storedRules = async () =>
  (
    await sql<{ min_ratings: number; window_minutes: number }>(
      `SELECT s.min_ratings, s.window_minutes FROM feedback_settings s
         JOIN company c ON c.id = s.company_id WHERE c.name = '重庆保安服务有限公司'`,
    )
  )[0];

describe('the low-rating alert rules', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the company admin change and save them, on a phone too, and keeps them', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    try {
      await signIn(page, 'admin', 'cq.admin');
      await page.waitForURL(/\/admin\/$/);
      await page.goto('/admin/feedback/alerts');
      const rules = page.getByTestId('alert-settings');
      const minRatings = rules.getByRole('spinbutton', { name: '最少评价数' });
      await minRatings.waitFor();
      // Every field fits the phone's width: nothing sticks out of the card.
      const card = (await rules.boundingBox())!;
      for (const input of await rules.getByRole('spinbutton').all()) {
        const box = (await input.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
      }
      await minRatings.fill('7');
      await minRatings.press('Tab');
      await rules.getByTestId('alert-settings-save').click();
      await page.getByText('提醒规则已保存').waitFor();
      await screenshot(page, 'alert-settings-saved-390x844');
      expect(await storedRules()).toMatchObject({ min_ratings: 7 });

      await page.reload();
      // The saved rule, once the page has read it (the defaults show until then).
      await page
        .getByTestId('alert-settings')
        .locator('input[aria-label="最少评价数"]')
        .and(page.locator('[aria-valuenow="7"]'))
        .waitFor();
    } finally {
      await context.close();
    }
  });

  it('shows them to a duty supervisor without letting him change them', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'admin', 'cq.supervisor');
      await page.waitForURL(/\/admin\/$/);
      await page.goto('/admin/feedback/alerts');
      const rules = page.getByTestId('alert-settings');
      await rules.getByText('仅公司管理员可修改提醒规则。').waitFor();
      await expect(rules.getByTestId('alert-settings-save').count()).resolves.toBe(0);
      await expect(
        rules.getByRole('spinbutton', { name: '最少评价数' }).isDisabled(),
      ).resolves.toBe(true);
      await screenshot(page, 'alert-settings-supervisor');
    } finally {
      await context.close();
    }
  });
});
