import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signIn, switchLanguage } from './support/browser';

describe('admin console', () => {
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

  it('sends a visitor to the login page', async () => {
    await page.goto('/admin/');
    await page.waitForURL('**/admin/login');
    await expect(page.getByRole('heading', { name: '登录' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'admin-login');
  });

  it('signs in cq.admin and shows their name and company on the home page', async () => {
    await signIn(page, 'admin', 'cq.admin');
    await page.waitForURL(/\/admin\/$/);
    const welcome = page.getByTestId('home-welcome');
    await welcome.getByText('您好，王建国').waitFor();
    await expect(page.getByTestId('home-company').textContent()).resolves.toBe(
      '重庆保安服务有限公司',
    );
    const header = page.getByTestId('signed-in-user');
    await expect(header.textContent()).resolves.toMatch(/王建国.*公司管理员.*重庆保安服务有限公司/);
    // The customer units of the company, and only those.
    const table = page.getByTestId('units-table');
    await table.getByText('重庆市渝中区人民医院').waitFor();
    await expect(table.getByText('长江国家数据中心').isVisible()).resolves.toBe(true);
    await expect(table.getByText('成都锦江写字楼').count()).resolves.toBe(0);
    await screenshot(page, 'admin-home');
  });

  it('asks for the missing fields and translates a wrong password', async () => {
    await page.goto('/admin/login');
    await page.getByTestId('login-submit').click();
    await page.getByText('请输入用户名').waitFor();
    await expect(page.getByText('请输入密码').isVisible()).resolves.toBe(true);
    // In the other language the same two messages, translated; the username once filled in is
    // not flagged by the switch.
    await page.getByLabel('用户名').fill('cq.supervisor');
    await page.getByLabel('用户名').blur();
    await expect.poll(() => page.locator('.el-form-item__error').count()).toBe(1);
    await switchLanguage(page, 'en');
    await page.getByText('Please enter your password').waitFor();
    await expect(page.locator('.el-form-item__error').count()).resolves.toBe(1);
    await switchLanguage(page, 'zh-CN');
    await page.getByText('请输入密码').waitFor();

    await signIn(page, 'admin', 'cq.supervisor', 'not-the-password');
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain(
      '用户名或密码错误。',
    );
    expect(page.url()).toMatch(/\/admin\/login$/);
    await screenshot(page, 'admin-wrong-password');
  });

  it('says when to try again after too many wrong passwords', async () => {
    // The server blocks an account after five failures in fifteen minutes.
    for (let i = 0; i < 5; i++) {
      await signIn(page, 'admin', 'sc.admin', `wrong-${i}`);
      await page.getByTestId('login-error').waitFor();
    }
    await signIn(page, 'admin', 'sc.admin');
    await expect(page.getByTestId('login-error').textContent()).resolves.toMatch(
      /尝试次数过多，请在 1\d 分钟后再试。/,
    );
    await screenshot(page, 'admin-rate-limited');
  });

  it('lets a guard sign in to the console', async () => {
    await signIn(page, 'admin', 'cq.guard1');
    await page.getByText('您好，张伟').waitFor();
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toContain('保安员');
    // Guards do not see the company's customer units.
    await expect(page.getByTestId('units-table').count()).resolves.toBe(0);
    await screenshot(page, 'admin-guard-home');
  });

  it('switches to English and back, and remembers the choice', async () => {
    await signIn(page, 'admin', 'cq.admin');
    await page.getByText('您好，王建国').waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Hello, 王建国').waitFor();
    for (const text of ['Company Console', 'Sign out', 'Customer units', 'Company administrator']) {
      await expect(page.getByText(text, { exact: true }).first().isVisible(), text).resolves.toBe(
        true,
      );
    }
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await screenshot(page, 'admin-home-en');

    await page.reload();
    await page.getByText('Hello, 王建国').waitFor();
    await page.getByTestId('logout').click();
    await page.waitForURL('**/admin/login?signedOut=1');
    await page.getByText('You have signed out.').waitFor();
    await screenshot(page, 'admin-signed-out-en');
  });

  it('sends a police officer to their portal', async () => {
    await signIn(page, 'admin', 'cq.police');
    const alert = page.getByTestId('login-wrong-app');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('公安备案审查门户');
    expect(page.url()).toMatch(/\/admin\/login/);
    await screenshot(page, 'admin-refuses-police-officer');
    // Signed out again: the console stays closed.
    await page.goto('/admin/');
    await page.waitForURL('**/admin/login');
  });
});
