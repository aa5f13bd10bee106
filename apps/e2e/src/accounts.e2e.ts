import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@cqss/domain';
import {
  launchBrowser,
  newContext,
  screenshot,
  screenshotAll,
  signIn,
  switchLanguage,
} from './support/browser';

const PHONE = { width: 390, height: 844 };
const NEW_GUARD = '唐文';
const HALF_HOUR = 30 * 60_000;
const BEIJING = 8 * 3600_000;

/**
 * A twelve-hour shift from the half hour 15 to 45 minutes ahead, in Beijing time as the roster's
 * dialog takes it: not yet started, so only the handover can make the post the new guard's.
 */
function nextShift(now = Date.now()) {
  const start = Math.ceil((now + 15 * 60_000) / HALF_HOUR) * HALF_HOUR;
  const local = (t: number) => new Date(t + BEIJING).toISOString();
  return {
    day: local(start).slice(0, 10),
    start: local(start).slice(11, 16),
    end: local(start + 12 * 3600_000).slice(11, 16),
  };
}

/** Pictures the page as it is in Chinese, then in English, and leaves it in Chinese. */
async function inBothLanguages(page: Page, name: string, inFrame = true): Promise<void> {
  const shot = inFrame ? screenshotAll : screenshot;
  await shot(page, `${name}-zh`);
  await switchLanguage(page, 'en');
  await shot(page, `${name}-en`);
  await switchLanguage(page, 'zh-CN');
}

/** Opens an account from the guards list (the admin is on it) and closes the one-time password's notice. */
async function openAccount(admin: Page, guard: string, username: string, password: string) {
  await admin.getByTestId(`guard-open-account-${guard}`).click();
  await admin.getByTestId('account-username').fill(username);
  await admin.getByTestId('account-password').fill(password);
  await admin.getByTestId('account-open-submit').click();
  await expect.poll(() => admin.getByTestId('one-time-password').textContent()).toBe(password);
  await closeOneTimeNotice(admin);
  return { username, password };
}

/** Closes the one-time password's notice with Enter, as a person does once it holds the focus. */
async function closeOneTimeNotice(admin: Page) {
  // Its OK button takes the focus as it opens; Enter before that would go to the form behind.
  await expect
    .poll(() => admin.evaluate(() => Boolean(document.activeElement?.closest('.el-message-box'))))
    .toBe(true);
  await admin.keyboard.press('Enter');
  await admin.getByTestId('one-time-password').waitFor({ state: 'detached' });
}

/** A first sign-in: held at the change-password page until the one-time password is changed. */
async function firstSignIn(
  page: Page,
  account: { username: string; password: string },
  newPassword: string,
) {
  await signIn(page, 'admin', account.username, account.password);
  await page.getByTestId('password-one-time').waitFor();
  await page.getByTestId('password-current').fill(account.password);
  await page.getByTestId('password-new').fill(newPassword);
  await page.getByTestId('password-repeat').fill(newPassword);
  await page.getByTestId('password-submit').click();
  await page.waitForURL(/\/admin\/$/);
}

describe('accounts', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  async function page(viewport?: { width: number; height: number }): Promise<Page> {
    const context = await newContext(browser, viewport);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  it('an admin opens an account for a guard from the guards list; the guard must change the one-time password first', async () => {
    const admin = await page();
    await signIn(admin, 'admin', 'cq.admin');
    await admin.waitForURL(/\/admin\/$/);
    await admin.goto('/admin/guards');
    await admin.getByTestId('guard-open-account-孙磊').click();
    await admin.getByTestId('account-username').fill('cq.sunlei');
    await admin.getByTestId('account-password').fill('Sunlei-First-2026');
    await inBothLanguages(admin, 'accounts-open');
    await admin.getByTestId('account-open-submit').click();
    await expect
      .poll(() => admin.getByTestId('one-time-password').textContent())
      .toBe('Sunlei-First-2026');
    await screenshot(admin, 'accounts-opened-zh');
    await closeOneTimeNotice(admin);
    await admin.goto('/admin/accounts');
    await admin.getByTestId('account-row-cq.sunlei').waitFor();
    await inBothLanguages(admin, 'accounts-list');

    const guard = await page(PHONE);
    await signIn(guard, 'admin', 'cq.sunlei', 'Sunlei-First-2026');
    await guard.getByTestId('password-one-time').waitFor();
    expect(new URL(guard.url()).pathname).toBe('/admin/password');
    // Anywhere else leads back here while the password is one-time.
    await guard.goto('/admin/on-duty');
    await guard.getByTestId('password-one-time').waitFor();
    await guard.getByTestId('password-current').fill('Sunlei-First-2026');
    await guard.getByTestId('password-new').fill('qwertyuiop');
    await guard.getByTestId('password-repeat').fill('qwertyuiop');
    await guard.getByTestId('password-submit').click();
    await guard.getByText('该密码过于常见').waitFor();
    await screenshot(guard, 'accounts-change-password-phone-zh');
    // The server's word on the field stays through a change of language, translated; the
    // fields nobody got wrong are not flagged by it.
    await switchLanguage(guard, 'en');
    await guard.getByText('This password is too common').waitFor();
    await screenshot(guard, 'accounts-change-password-phone-en');
    await expect(guard.locator('.el-form-item__error').count()).resolves.toBe(1);
    await switchLanguage(guard, 'zh-CN');
    await guard.getByText('该密码过于常见').waitFor();
    await guard.getByTestId('password-new').fill('Sunlei-Gate-Morning-7');
    await guard.getByTestId('password-repeat').fill('Sunlei-Gate-Morning-7');
    await guard.getByTestId('password-submit').click();
    await guard.waitForURL(/\/admin\/on-duty$/);
    await guard.getByTestId('on-duty-summary').waitFor();
  });

  it('an admin opens an account for a new guard and rosters them; the guard signs in on a phone, changes the password and takes over the post', async () => {
    // 陈静 (Chengdu) hires 唐文 for 写字楼大堂岗, where 何军 is on duty now.
    const admin = await page();
    await signIn(admin, 'admin', 'sc.admin');
    await admin.waitForURL(/\/admin\/$/);
    await admin.goto('/admin/guards');
    await admin.getByTestId('guard-create').click();
    const form = admin.getByTestId('guard-form');
    const first17 = '51010419980314271';
    await form.getByTestId('guard-name').fill(NEW_GUARD);
    await form.getByTestId('guard-id-number').fill(first17 + idNumberCheckChar(first17));
    await form.getByTestId('guard-certificate-no').fill('川保证2026000917');
    await form.getByTestId('guard-phone').fill('13900005566');
    await form.getByPlaceholder('选择日期').fill('2026-11-16');
    await form.getByPlaceholder('选择日期').press('Enter');
    await inBothLanguages(admin, 'accounts-new-guard-form');
    await admin.getByTestId('guard-save').click();
    await admin.getByTestId(`guard-open-account-${NEW_GUARD}`).waitFor();

    // The guard on duty needs an account to hand over; then the new guard's.
    const heJun = await openAccount(admin, '何军', 'sc.hejun', 'Hejun-First-2026');
    await admin.getByTestId(`guard-open-account-${NEW_GUARD}`).click();
    await admin.getByTestId('account-username').fill('sc.tangwen');
    await admin.getByTestId('account-password').fill('Tangwen-First-2026');
    await inBothLanguages(admin, 'accounts-new-guard-open');
    await admin.getByTestId('account-open-submit').click();
    await expect
      .poll(() => admin.getByTestId('one-time-password').textContent())
      .toBe('Tangwen-First-2026');
    await screenshot(admin, 'accounts-new-guard-opened-zh');
    await closeOneTimeNotice(admin);

    // On the roster of the post, from the next half hour (Beijing) for twelve hours: the next
    // shift there, so 何军 hands over to 唐文, before 罗强's.
    const shift = nextShift();
    await admin.goto('/admin/posts');
    await admin.getByTestId('post-roster-写字楼大堂岗').click();
    await admin.getByTestId('roster-shift').first().waitFor();
    await admin.locator('[data-testid^="roster-add-"]').first().click();
    const dialog = admin.getByTestId('shift-form');
    await dialog.getByTestId('shift-guard').click();
    await admin.locator('.el-select-dropdown__item:visible', { hasText: NEW_GUARD }).click();
    const day = dialog.locator('.el-date-editor input');
    await day.fill(shift.day);
    await day.press('Enter');
    await dialog.locator('.el-radio-button', { hasText: '自定义' }).click();
    for (const [label, time] of [
      ['开始时间', shift.start],
      ['结束时间', shift.end],
    ] as const) {
      await dialog.locator('.el-form-item', { hasText: label }).locator('.el-select').click();
      const option = admin.locator('.el-select-dropdown__item:visible', { hasText: time });
      await option.click();
      // The list closes before the next one opens (both hold the same times).
      await option.waitFor({ state: 'hidden' });
    }
    // A chosen guard is no missing one (the dialog said "guardId is required" under it).
    await expect(dialog.locator('.el-form-item__error').count()).resolves.toBe(0);
    await inBothLanguages(admin, 'accounts-new-guard-roster');
    await admin.getByTestId('shift-save').click();
    await admin.getByTestId('roster-shift').filter({ hasText: NEW_GUARD }).waitFor();

    // 何军 signs in for the first time at the post, changes the password and starts the handover.
    const out = await page(PHONE);
    await firstSignIn(out, heJun, 'Hejun-Lobby-Desk-2026');
    await out.goto('/admin/on-duty');
    await expect(out.getByTestId('on-duty-post').textContent()).resolves.toBe('写字楼大堂岗');
    await expect(out.getByTestId('on-duty-successor').textContent()).resolves.toContain(NEW_GUARD);

    // 唐文 signs in on a phone with the one-time password and must change it first.
    const guard = await page(PHONE);
    await signIn(guard, 'admin', 'sc.tangwen', 'Tangwen-First-2026');
    await guard.getByTestId('password-one-time').waitFor();
    await guard.getByTestId('password-current').fill('Tangwen-First-2026');
    await guard.getByTestId('password-new').fill('Tangwen-Lobby-Night-9');
    await guard.getByTestId('password-repeat').fill('Tangwen-Lobby-Night-9');
    await inBothLanguages(guard, 'accounts-new-guard-password-390', false);
    await guard.getByTestId('password-submit').click();
    await guard.waitForURL(/\/admin\/$/);
    await guard.goto('/admin/on-duty');
    await expect(guard.getByTestId('on-duty-post').textContent()).resolves.toBe('写字楼大堂岗');
    await expect(guard.getByTestId('on-duty-summary').textContent()).resolves.toContain('即将开始');
    await expect(guard.getByTestId('incoming-handover').count()).resolves.toBe(0);

    await out.getByTestId('handover-start').click();
    await out.getByTestId('handover-post-status').fill('大堂岗位正常，访客闸机运行正常。');
    await out.getByTestId('handover-submit').click();
    await out.getByText(`已提交交接记录，等待${NEW_GUARD}查验岗位。`).waitFor();

    // The handover reaches the new guard's phone by itself; inspected and signed, the post is theirs.
    const card = guard.getByTestId('incoming-handover');
    await card.getByText('何军向您交班').waitFor({ timeout: 15_000 });
    await inBothLanguages(guard, 'accounts-new-guard-incoming-390');
    await card.getByTestId('inspect-findings').fill('岗位情况与记录一致，物品齐全。');
    await card.getByTestId('inspect-submit').click();
    await card.getByTestId('handover-sign').click();
    await card.getByTestId('incoming-signed').waitFor();
    // The duty state follows the signature on the same screen, without a reload.
    await expect
      .poll(() => guard.getByTestId('on-duty-summary').textContent(), { timeout: 10_000 })
      .toContain('正在值班');
    await guard.getByTestId('inquiry-question').waitFor();
    await inBothLanguages(guard, 'accounts-new-guard-on-duty-390');

    // 何军 leaves; the roster shows the new guard holding the post.
    await out.getByTestId('handover-release').waitFor({ timeout: 15_000 });
    await out.getByTestId('handover-release').click();
    await out.getByTestId('released').waitFor();
    await admin.reload();
    const onDutyNow = admin
      .getByTestId('roster-shift')
      .filter({ has: admin.getByTestId('roster-on-duty') });
    await onDutyNow.first().waitFor();
    await expect(onDutyNow.allTextContents()).resolves.toEqual([
      expect.stringContaining(NEW_GUARD),
    ]);
    await inBothLanguages(admin, 'accounts-new-guard-roster-on-duty');
  }, 240_000);
});
