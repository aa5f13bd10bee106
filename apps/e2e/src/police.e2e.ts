import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';

describe('police portal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('signs in cd.police and shows their organ and jurisdiction', async () => {
    await signIn(page, 'police', 'cd.police');
    await page.getByText('您好，孙警官').waitFor();
    await expect(page.getByTestId('home-organ').textContent()).resolves.toBe('成都市公安局');
    await expect(page.getByTestId('home-jurisdiction').textContent()).resolves.toContain('成都');
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toMatch(
      /孙警官.*公安民警.*成都市公安局/,
    );
    await screenshot(page, 'police-home');
  });

  it('tells an officer who opens the admin console that the portal is theirs', async () => {
    await signIn(page, 'police', 'cq.police');
    await page.getByText('您好，赵警官').waitFor();
    await page.goto('/admin/');
    await page.waitForURL('**/admin/login?wrongRole=POLICE_OFFICER');
    const notice = page.getByTestId('login-signed-in-elsewhere');
    await expect(notice.textContent()).resolves.toContain('公安备案审查门户');
    await screenshot(page, 'admin-signed-in-as-officer');
    // The officer's own session is untouched.
    await page.goto('/police/');
    await page.getByText('您好，赵警官').waitFor();
  });

  it('refuses a company admin and points them to the admin console', async () => {
    await signIn(page, 'police', 'cq.admin');
    const alert = page.getByTestId('login-wrong-app');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('请使用「公司管理控制台」');
    await screenshot(page, 'police-refuses-company-admin');
    await page.goto('/police/');
    await page.waitForURL('**/police/login');
  });

  it('shows the login page in English', async () => {
    await page.goto('/police/login');
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect(page.getByText('Police Filing Review Portal').first().isVisible()).resolves.toBe(
      true,
    );
    // Changing the language does not flag the untouched fields.
    await expect(page.getByText('Please enter your username').count()).resolves.toBe(0);
    await screenshot(page, 'police-login-en');
  });
});
