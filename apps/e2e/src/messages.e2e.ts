import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { robotReceiver, smtpReceiver } from '../../server/test/receivers';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { exportRows } from './support/export';
import { sql } from './support/server';

// Real receivers on loopback stand for the company's WeCom group robot, its DingTalk custom
// robot (checking the signature with the secret the admin enters) and its mail server.
const DINGTALK_SECRET = 'SECe2e7c1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4';
const WECOM_KEY = 'e2e0wecom-4bc4-97a0-0ec2f1fa5aaa';
const DINGTALK_TOKEN = 'e2edingtalk0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4';
const SMTP = { user: 'alerts@cq-security.example', pass: 'smtp-e2e-Pa55-7f6e5d' };
const UNIT = '重庆市渝中区人民医院';
const KIOSK_NAME = '医院门诊大厅评价终端';

async function waitFor(check: () => boolean | Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** An Element Plus input by its test id (the id lands on the input itself, or on its wrapper). */
const field = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();

describe('messages: notifications where people are, and exports', () => {
  let browser: Browser;
  let adminContext: BrowserContext;
  let admin: Page;
  let robots: Awaited<ReturnType<typeof robotReceiver>>;
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;

  beforeAll(async () => {
    [robots, smtp] = await Promise.all([robotReceiver(DINGTALK_SECRET), smtpReceiver(SMTP)]);
    browser = await launchBrowser();
    adminContext = await newContext(browser);
    admin = await adminContext.newPage();
    await signIn(admin, 'admin', 'cq.admin');
    await admin.waitForURL(/\/admin\/$/);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([robots?.close(), smtp?.close()]);
  });

  it('lets the admin configure the robots and email, showing the secrets only masked', async () => {
    await admin.goto('/admin/notifications');
    await admin.getByTestId('notification-settings').waitFor();
    await screenshot(admin, 'notifications-empty');
    await field(admin, 'notify-wecomWebhookUrl').fill('https://example.com/hook');
    await admin.getByTestId('notify-save').click();
    await admin.getByText('不是机器人的 Webhook 地址').waitFor();
    await screenshot(admin, 'notifications-invalid');

    await field(admin, 'notify-wecomWebhookUrl').fill(robots.wecomUrl(WECOM_KEY));
    await field(admin, 'notify-dingtalkWebhookUrl').fill(robots.dingtalkUrl(DINGTALK_TOKEN));
    await field(admin, 'notify-dingtalkSecret').fill(DINGTALK_SECRET);
    await field(admin, 'notify-smtpHost').fill('127.0.0.1');
    await field(admin, 'notify-smtpPort').fill(String(smtp.port));
    await admin.locator('.el-switch').first().click(); // off: the test server speaks plain SMTP
    await field(admin, 'notify-smtpUser').fill(SMTP.user);
    await field(admin, 'notify-smtpPassword').fill(SMTP.pass);
    await field(admin, 'notify-mailFrom').fill('noreply@cq-security.example');
    await field(admin, 'notify-mailTo').fill('duty@cq-security.example, boss@cq-security.example');
    await admin.getByTestId('notify-save').click();
    await admin.getByText('通知设置已保存').waitFor();

    await admin.reload();
    const secret = field(admin, 'notify-dingtalkSecret');
    await expect.poll(() => secret.getAttribute('placeholder')).toMatch(/^已保存（••••a5b4）/);
    const html = await admin.content();
    for (const s of [WECOM_KEY, DINGTALK_TOKEN, DINGTALK_SECRET, SMTP.pass])
      expect(html).not.toContain(s);
    await screenshot(admin, 'notifications-settings');
  });

  it('sends a one-star kiosk rating to the WeCom and DingTalk robots and the mailbox', async () => {
    await admin.goto('/admin/feedback/kiosks');
    await admin.getByTestId('register-kiosk').click();
    await choose(admin, 'register-unit', UNIT);
    await admin.getByTestId('register-name').fill(KIOSK_NAME);
    await admin.getByTestId('register-submit').click();
    const code = (await admin.getByTestId('pairing-code').textContent())!.trim();

    const kioskContext = await newContext(browser, { width: 1280, height: 800 });
    const kiosk = await kioskContext.newPage();
    try {
      await kiosk.goto('/kiosk/');
      await kiosk.waitForURL('**/kiosk/pair');
      await kiosk.getByTestId('pairing-code').fill(code);
      await kiosk.getByTestId('pair-submit').click();
      const before = { robots: robots.received.length, mail: smtp.mailbox.length };
      await kiosk.getByTestId('face-1').click();
      await kiosk.getByTestId('details').waitFor();
      await kiosk.getByTestId('comment').fill('门诊大厅无人引导');
      await kiosk.getByTestId('details-submit').click();
      await kiosk.getByTestId('thanks').waitFor();

      await waitFor(() => robots.received.length - before.robots >= 2, 20_000, 'both robots');
      await waitFor(() => smtp.mailbox.length - before.mail >= 1, 20_000, 'the mail');
      const got = robots.received.slice(before.robots);
      expect(got.map((m) => m.robot).sort()).toEqual(['dingtalk', 'wecom']);
      for (const m of got) {
        // The alert leaves at the tap (issue 11), before the comment amends the rating.
        expect(m.text).toContain(`低分提醒：${UNIT}`);
        expect(m.text).toContain('1 星');
      }
      expect(robots.refused).toEqual([]); // the DingTalk signature held
      const mail = smtp.mailbox.at(-1)!;
      expect(mail.subject).toContain(`低分提醒：${UNIT}`);
      expect(mail.to).toEqual(['duty@cq-security.example', 'boss@cq-security.example']);
      expect(mail.user).toBe(SMTP.user);
    } finally {
      await kioskContext.close();
    }

    await admin.goto('/admin/notifications');
    const table = admin.getByTestId('deliveries');
    await table.getByText('已送达').first().waitFor();
    await expect.poll(async () => table.getByText('已送达').count()).toBeGreaterThanOrEqual(3);
    await screenshot(admin, 'notifications-delivered');
  });

  it('exports the guards list as the list shows it, and the audit log with its filter', async () => {
    await admin.goto('/admin/guards');
    const table = admin.getByTestId('guards-table');
    await table.locator('tbody tr').first().waitFor();
    await screenshot(admin, 'guards-export');
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    const file = await exportRows(admin);
    expect(file.name).toMatch(/^保安员-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.header.slice(0, 3)).toEqual(['姓名', '保安员证号', '证件状态']);
    const [guards] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM guard g JOIN company c ON c.id = g.company_id
        WHERE c.name = '重庆保安服务有限公司'`,
    );
    expect(file.rows).toHaveLength(guards!.n);
    // The first page of the list, row for row (both newest first).
    expect(file.rows.slice(0, names.length).map((r) => r[0])).toEqual(names.map((s) => s.trim()));

    await admin.goto('/admin/audit');
    await choose(admin, 'audit-category', '登录与退出');
    await admin.getByTestId('audit-table').locator('tbody tr').first().waitFor();
    const audit = await exportRows(admin);
    const [auth] = await sql<{ m: number }>(
      `SELECT count(*)::int AS m FROM audit_entry a JOIN company c ON c.id = a.company_id
        WHERE c.name = '重庆保安服务有限公司' AND a.action LIKE 'auth.%'`,
    );
    expect(audit.rows).toHaveLength(auth!.m);
    expect(audit.rows.every((r) => String(r[3]).startsWith('auth.'))).toBe(true);
    const [entry] = await sql<{ detail: Record<string, unknown> }>(
      `SELECT detail FROM audit_entry WHERE action = 'export.download' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(entry!.detail).toMatchObject({ list: 'audit-log', filters: { action: 'auth.' } });
  });

  it('shows the settings and the export in English, with English headers', async () => {
    await admin.goto('/admin/notifications');
    await admin.getByTestId('language-switch').click();
    await admin.getByRole('menuitem', { name: 'English' }).click();
    await admin.getByText('Group robots').waitFor();
    await screenshot(admin, 'notifications-settings-en');
    await admin.goto('/admin/guards');
    await admin.getByTestId('guards-table').locator('tbody tr').first().waitFor();
    await screenshot(admin, 'guards-export-en');
    const file = await exportRows(admin);
    expect(file.header.slice(0, 3)).toEqual(['Name', 'Certificate no.', 'Certificate']);
    await admin.getByTestId('language-switch').click();
    await admin.getByRole('menuitem', { name: '简体中文' }).click();
  });
});
