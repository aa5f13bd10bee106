import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { RESULTS_DIR } from './support/env';

/** The size of the tablet at a post. */
const TABLET = { width: 1024, height: 768 };

/**
 * The console scrolls inside its main area, so a full-page picture would show only the
 * viewport: this one grows the window to the content's height for the shot, then restores it.
 */
async function screenshotAll(page: Page, name: string): Promise<void> {
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

describe('guard operations', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function signedIn(username: string, viewport?: { width: number; height: number }) {
    const context = await newContext(browser, viewport);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, 'admin', username);
    await page.waitForURL(/\/admin\/$/);
    return page;
  }

  async function onDuty(page: Page) {
    await page.goto('/admin/on-duty');
    await page.getByTestId('on-duty-summary').waitFor();
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

  it('two guards hand over a post: the outgoing drafts, the incoming inspects and signs, the outgoing leaves', async () => {
    const out = await signedIn('cq.guard1', TABLET);
    const inc = await signedIn('cq.guard2', TABLET);

    // The guard's home leads to the On duty screen: post, shift, successor.
    await out.getByTestId('home-on-duty').click();
    await out.waitForURL('**/admin/on-duty');
    await expect(out.getByTestId('on-duty-post').textContent()).resolves.toBe('医院东门岗');
    await expect(out.getByTestId('on-duty-successor').textContent()).resolves.toContain('刘洋');
    await expect(out.getByTestId('orders-acknowledged').isVisible()).resolves.toBe(true);
    await screenshot(out, 'on-duty-outgoing-1024x768');

    // The outgoing guard writes the record.
    await out.getByTestId('handover-start').click();
    await out.getByTestId('handover-post-status').fill('岗位正常，东门已按时开启，急诊通道畅通。');
    await out
      .getByTestId('handover-open-problems')
      .fill('东门左侧道闸抬杆迟缓，物业已安排明早维修。');
    const keys = out.getByTestId('handover-item').first();
    await keys.locator('input').nth(1).fill('3');
    await keys.locator('input').nth(1).blur();
    await screenshotAll(out, 'handover-draft-form-1024');
    await out.getByTestId('handover-submit').click();
    await out.getByText('已提交交接记录，等待刘洋查验岗位。').waitFor();
    await screenshot(out, 'handover-drafted-1024x768');

    // The incoming guard, in another browser, sees it, counts one key short and signs.
    await onDuty(inc);
    const card = inc.getByTestId('incoming-handover');
    await card.getByText('张伟向您交班').waitFor();
    await expect(card.getByText('东门左侧道闸抬杆迟缓').isVisible()).resolves.toBe(true);
    await screenshot(inc, 'handover-incoming-1024x768');
    const keyCount = inc.getByTestId('inspect-count').first();
    await keyCount.locator('input').first().fill('2');
    await keyCount.locator('input').first().blur();
    await inc.getByText('清点数量与交出数量不一致，请说明情况。').waitFor();
    await keyCount.locator('input').nth(1).fill('3号门钥匙在物业维修处，已电话确认');
    await inc.getByTestId('inspect-findings').fill('岗位情况与记录一致，道闸问题已知悉。');
    await inc.getByTestId('inspect-submit').click();
    await inc.getByTestId('handover-sign').waitFor();
    await expect(card.getByTestId('handover-state').textContent()).resolves.toContain(
      '已查验，待签字',
    );
    await expect(card.getByText('3号门钥匙在物业维修处').isVisible()).resolves.toBe(true);
    await inc.getByTestId('handover-sign').click();
    await inc.getByTestId('incoming-signed').waitFor();
    await screenshotAll(inc, 'handover-signed-by-incoming');

    // Only now may the outgoing guard leave (the screen refreshes by itself).
    await out.getByTestId('handover-release').waitFor({ timeout: 15_000 });
    await out.getByTestId('handover-release').click();
    await out.getByTestId('released').waitFor();
    await expect(
      out.getByTestId('outgoing-handover').getByTestId('handover-state').textContent(),
    ).resolves.toContain('交接完成');
    await screenshotAll(out, 'handover-released');
  });

  it('a supervisor approves a handover with an open incident before the successor may sign', async () => {
    const out = await signedIn('cq.guard3', TABLET);
    const inc = await signedIn('cq.guard4', TABLET);
    const supervisor = await signedIn('cq.supervisor');

    await onDuty(out);
    await expect(out.getByTestId('on-duty-post').textContent()).resolves.toBe('数据中心大门岗');
    await out.getByTestId('handover-start').click();
    await out.getByTestId('handover-post-status').fill('大门岗位正常，访客登记3人，均已离开。');
    await out.getByTestId('handover-incident').click();
    await out.getByTestId('handover-submit').click();
    // An incident needs a description.
    await out.getByText('请说明正在处理的事件').waitFor();
    await out
      .getByTestId('handover-incident-note')
      .fill('22:40 机房B区门禁报警，运维值班人员正在现场核查。');
    await screenshotAll(out, 'handover-incident-draft');
    await out.getByTestId('handover-submit').click();
    await out.getByText('已提交交接记录，等待黄磊查验岗位。').waitFor();

    await onDuty(inc);
    await inc.getByTestId('inspect-submit').click();
    await inc.getByTestId('awaiting-approval').waitFor();
    await expect(inc.getByTestId('handover-sign').count()).resolves.toBe(0);
    await screenshot(inc, 'handover-awaiting-approval-1024x768');

    // The supervisor's queue.
    await supervisor.goto('/admin/queue');
    const queue = supervisor.getByTestId('queue-handovers');
    await queue.getByText('机房B区门禁报警').waitFor();
    await queue.getByTestId('approve-note').fill('已了解，接班人员继续跟进报警处理，结果报我。');
    await screenshotAll(supervisor, 'queue-handover-awaiting-approval');
    await queue.getByTestId('handover-approve').click();
    await queue.getByText('没有待批准的交接班').waitFor();

    // Approved: the successor signs, the outgoing guard leaves.
    await inc.reload();
    await inc.getByTestId('handover-sign').click();
    await inc.getByTestId('incoming-signed').waitFor();
    await inc.getByText('已了解，接班人员继续跟进报警处理，结果报我。').waitFor();
    await screenshotAll(inc, 'handover-approved-and-signed');
    await out.reload();
    await out.getByTestId('handover-release').click();
    await out.getByTestId('released').waitFor();
    await out.getByTestId('outgoing-handover').getByText('值班主管批准').waitFor();
  });

  it('a guard escalates an inquiry instead of "I don\'t know" and sees the supervisor\'s reply', async () => {
    const guard = await signedIn('cq.guard1', TABLET);
    const supervisor = await signedIn('cq.supervisor');
    const question = '请问医院周末有没有儿科专家门诊？';

    await onDuty(guard);
    const log = guard.getByTestId('inquiry-log');
    await log.getByTestId('inquiry-question').fill(question);
    await log.getByTestId('inquiry-answer').fill('不知道');
    await log.getByTestId('inquiry-brush-off').waitFor();
    await expect(log.getByTestId('inquiry-submit').isDisabled()).resolves.toBe(true);
    await log.getByTestId('inquiry-answer').scrollIntoViewIfNeeded();
    await screenshot(guard, 'inquiry-not-an-answer-1024x768');
    await log.getByTestId('inquiry-answer').fill('');
    await log.getByTestId('inquiry-escalate').click();
    const mine = log.getByTestId('inquiry-item').filter({ hasText: question });
    await mine.getByText('已上报主管').waitFor();
    await expect(mine.getByTestId('inquiry-age').textContent()).resolves.toMatch(/已等待 \d+ 分钟/);

    // The supervisor's home counts the open escalations and names the oldest.
    await supervisor.reload();
    const widget = supervisor.getByTestId('escalation-widget');
    await expect(widget.getByTestId('escalation-count').textContent()).resolves.toBe('2');
    await expect(widget.getByTestId('escalation-oldest').textContent()).resolves.toMatch(
      /住院部.*已等待 \d+ 分钟/,
    );
    await screenshot(supervisor, 'home-escalations');
    await widget.getByTestId('escalation-open').click();
    await supervisor.waitForURL('**/admin/queue');
    const item = supervisor.getByTestId('queue-inquiry').filter({ hasText: question });
    await item
      .getByTestId('reply-text')
      .fill('周六上午有儿科专家门诊，需在医院公众号提前预约，周日只有普通门诊。');
    await screenshotAll(supervisor, 'queue-escalated-inquiries');
    await item.getByTestId('reply-send').click();
    await supervisor
      .getByTestId('queue-inquiry')
      .filter({ hasText: question })
      .waitFor({ state: 'detached' });

    // The guard sees the reply on the tablet (the log refreshes by itself).
    await mine.getByTestId('inquiry-reply').waitFor({ timeout: 15_000 });
    await expect(mine.getByTestId('inquiry-reply').textContent()).resolves.toContain(
      '周六上午有儿科专家门诊',
    );
    await mine.scrollIntoViewIfNeeded();
    await screenshot(guard, 'inquiry-reply-seen-1024x768');
  });

  it('shows the admin full ID numbers and the supervisor masked ones; refuses a wrong check digit', async () => {
    const admin = await signedIn('cq.admin');
    await admin.goto('/admin/guards');
    const table = admin.getByTestId('guards-table');
    await table.getByText('赵刚').waitFor();
    await expect(table.getByTestId('guard-id').first().textContent()).resolves.toMatch(
      /^\d{17}[\dX]$/,
    );
    await table.getByText('暂停使用').waitFor();
    await screenshot(admin, 'guards-admin');

    await admin.getByTestId('guard-create').click();
    const form = admin.getByTestId('guard-form');
    await form.getByTestId('guard-name').fill('吴敏');
    await form.getByTestId('guard-id-number').fill('500103199001011231');
    await form.getByTestId('guard-certificate-no').fill('渝保证2024000555');
    await form.getByTestId('guard-phone').fill('13800002222');
    await form.getByPlaceholder('选择日期').fill('2024-05-06');
    await form.getByPlaceholder('选择日期').press('Enter');
    await admin.getByTestId('guard-save').click();
    await form.getByText('请填写有效的18位居民身份证号码（末位为校验码）').waitFor();
    await screenshot(admin, 'guard-form-bad-id-number');
    await form.getByTestId('guard-id-number').fill('500103199001011232');
    await admin.getByTestId('guard-save').click();
    await table.getByText('吴敏').waitFor();

    const supervisor = await signedIn('cq.supervisor');
    await supervisor.goto('/admin/guards');
    const masked = supervisor.getByTestId('guards-table');
    await masked.getByText('吴敏').waitFor();
    const ids = await masked.getByTestId('guard-id').allTextContents();
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(id).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    await expect(supervisor.getByTestId('guard-create').count()).resolves.toBe(0);
    await screenshot(supervisor, 'guards-supervisor-masked');
  });

  it("shows a post's weekly roster and keeps guards without a valid certificate off it", async () => {
    const admin = await signedIn('cq.admin');
    await admin.goto('/admin/posts');
    await admin.getByTestId('post-roster-医院东门岗').click();
    await expect(admin.getByTestId('roster-post').textContent()).resolves.toBe('医院东门岗');
    await admin.getByTestId('roster-shift').first().waitFor();
    expect(await admin.getByTestId('roster-shift').count()).toBeGreaterThanOrEqual(2);
    await screenshotAll(admin, 'roster-week');

    const add = admin.locator('[data-testid^="roster-add-"]').last();
    await add.click();
    const dialog = admin.getByTestId('shift-form');
    await dialog.getByTestId('shift-guard').click();
    const suspended = admin.locator('.el-select-dropdown__item', { hasText: '赵刚' });
    await expect(suspended.getAttribute('class')).resolves.toContain('is-disabled');
    await expect(suspended.textContent()).resolves.toContain('保安员证暂停使用');
    await screenshot(admin, 'roster-shift-dialog');
  });

  it('reads the On duty screen in English too', async () => {
    const guard = await signedIn('cq.guard1', TABLET);
    await guard.getByTestId('language-switch').click();
    await guard.getByRole('menuitem', { name: 'English' }).click();
    await onDuty(guard);
    await guard.getByText('My inquiries').waitFor();
    await screenshotAll(guard, 'on-duty-en');
  });
});
