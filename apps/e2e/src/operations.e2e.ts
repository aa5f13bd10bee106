import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, screenshotAll, signIn } from './support/browser';

/** The size of the tablet at a post. */
const TABLET = { width: 1024, height: 768 };
/** A guard's or supervisor's phone. */
const PHONE = { width: 390, height: 844 };

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
    // Duty follows the handover (issue 10, defect 5): the released guard may no longer log
    // inquiries; the incoming guard holds the post and may, before their shift's start too.
    await out.getByText('您已交班下岗，不能再登记咨询。').waitFor();
    await expect(out.getByTestId('inquiry-question').count()).resolves.toBe(0);
    await expect(out.getByTestId('on-duty-summary').textContent()).resolves.toContain('已交班下岗');
    await screenshotAll(out, 'handover-released');
    await inc.reload();
    await inc.getByTestId('inquiry-question').waitFor();
    await expect(inc.getByTestId('inquiry-closed').count()).resolves.toBe(0);
    await expect(inc.getByTestId('on-duty-summary').textContent()).resolves.toContain('正在值班');
    await expect(inc.getByText('当前没有您的班次').count()).resolves.toBe(0);
  }, 150_000);

  it("a supervisor on a 390 px phone returns, then approves a handover with an open incident; the guards' phones follow live", async () => {
    const out = await signedIn('cq.guard3', PHONE);
    const inc = await signedIn('cq.guard4', PHONE);
    const supervisor = await signedIn('cq.supervisor', PHONE);

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
    await screenshotAll(out, 'handover-incident-draft-390');
    await out.getByTestId('handover-submit').click();
    await out.getByText('已提交交接记录，等待黄磊查验岗位。').waitFor();

    await onDuty(inc);
    await inc.getByTestId('inspect-submit').click();
    await inc.getByTestId('awaiting-approval').waitFor();
    await expect(inc.getByTestId('handover-sign').count()).resolves.toBe(0);
    await screenshotAll(inc, 'handover-awaiting-approval-390');

    // The supervisor's queue on a phone: a return needs its reason.
    await supervisor.goto('/admin/queue');
    const queue = supervisor.getByTestId('queue-handovers');
    await queue.getByText('机房B区门禁报警').waitFor();
    await queue.getByTestId('handover-return').click();
    await queue.getByText('退回须写明原因').waitFor();
    await queue
      .getByTestId('approve-note')
      .fill('请写明报警核查结果和是否已通知机房负责人，再提请。');
    await screenshotAll(supervisor, 'queue-return-390');
    await queue.getByTestId('handover-return').click();
    await queue.getByText('没有待批准的交接班').waitFor();

    // Both guards' phones show it back with the reason, without a reload.
    await inc.getByTestId('handover-returned').waitFor({ timeout: 10_000 });
    await expect(inc.getByTestId('return-reason').textContent()).resolves.toContain(
      '请写明报警核查结果',
    );
    await out.getByTestId('handover-returned').waitFor({ timeout: 10_000 });
    await screenshotAll(inc, 'handover-returned-390');
    await inc.getByTestId('resubmit-note').fill('报警为误报，已通知机房负责人王工确认。');
    await inc.getByTestId('handover-request-approval').click();
    await inc.getByTestId('awaiting-approval').waitFor();

    // Back in the supervisor's queue by itself; approved from the phone.
    await queue.getByText('报警为误报，已通知机房负责人王工确认。').waitFor({ timeout: 10_000 });
    await queue.getByTestId('approve-note').fill('已了解，接班人员继续跟进，结果报我。');
    await screenshotAll(supervisor, 'queue-handover-awaiting-approval-390');
    await queue.getByTestId('handover-approve').click();
    await queue.getByText('没有待批准的交接班').waitFor();

    // Approved: the successor's phone offers the signature by itself; then the outgoing leaves.
    await inc.getByTestId('handover-sign').waitFor({ timeout: 10_000 });
    await inc.getByTestId('handover-sign').click();
    await inc.getByTestId('incoming-signed').waitFor();
    await inc.getByText('已了解，接班人员继续跟进，结果报我。').waitFor();
    await screenshotAll(inc, 'handover-approved-and-signed-390');
    await out.getByTestId('handover-release').waitFor({ timeout: 10_000 });
    await out.getByTestId('handover-release').click();
    await out.getByTestId('released').waitFor();
    await out.getByTestId('outgoing-handover').getByText('值班主管退回').waitFor();
    await out.getByTestId('outgoing-handover').getByText('值班主管批准').waitFor();
  }, 150_000);

  it('the office reads the handover book and the inquiry log of every post, in both languages and on a phone', async () => {
    const admin = await signedIn('cq.admin');
    await admin.goto('/admin/handovers');
    const book = admin.getByTestId('handover-book');
    await book.getByText('数据中心大门岗').first().waitFor();
    await book.locator('.el-table__expand-icon').first().click();
    await book.getByTestId('book-record').first().getByText('值班主管退回').waitFor();
    await screenshotAll(admin, 'book-handovers');
    await admin.getByTestId('book-state').click();
    await admin.locator('.el-select-dropdown__item', { hasText: '交接完成' }).click();
    await book.getByText('医院东门岗').first().waitFor();
    await admin.goto('/admin/inquiries');
    const log = admin.getByTestId('inquiry-book');
    await log.getByTestId('book-escalation-age').first().waitFor();
    await screenshotAll(admin, 'book-inquiries');
    await admin.getByTestId('language-switch').click();
    await admin.getByRole('menuitem', { name: 'English' }).click();
    await admin.getByText('Inquiry log').first().waitFor();
    await screenshotAll(admin, 'book-inquiries-en');
    await admin.goto('/admin/handovers');
    await admin.getByText('Handover book').first().waitFor();
    await screenshotAll(admin, 'book-handovers-en');

    const phone = await signedIn('cq.supervisor', PHONE);
    await phone.goto('/admin/handovers');
    await phone.getByTestId('handover-book').getByText('数据中心大门岗').first().waitFor();
    await screenshotAll(phone, 'book-handovers-390');
    await phone.goto('/admin/inquiries');
    await phone.getByTestId('inquiry-book').getByTestId('book-state-tag').first().waitFor();
    await screenshotAll(phone, 'book-inquiries-390');
  });

  it('a guard escalates an inquiry instead of "I don\'t know" and sees the supervisor\'s reply', async () => {
    // 刘洋 took the post over from 张伟 in the first test: the post, and its inquiries, are his.
    const guard = await signedIn('cq.guard2', TABLET);
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
    await admin.waitForURL(/\/admin\/posts\/[^/]+$/);
    await admin.getByTestId('page-title').getByText('医院东门岗', { exact: true }).waitFor();
    await admin.getByTestId('roster-shift').first().waitFor();
    expect(await admin.getByTestId('roster-shift').count()).toBeGreaterThanOrEqual(2);
    // 刘洋 signed for the post in the first test: he is on duty, 张伟 handed over.
    const onDutyNow = admin
      .getByTestId('roster-shift')
      .filter({ has: admin.getByTestId('roster-on-duty') });
    await expect(onDutyNow.count()).resolves.toBe(1);
    await expect(onDutyNow.textContent()).resolves.toContain('刘洋');
    await expect(
      admin
        .getByTestId('roster-shift')
        .filter({ hasText: '张伟' })
        .getByTestId('roster-handed-over')
        .count(),
    ).resolves.toBe(1);
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
    // The choice is kept once its messages have loaded: leaving before that would forget it.
    await guard.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await onDuty(guard);
    await guard.getByText('My inquiries').waitFor();
    await screenshotAll(guard, 'on-duty-en');
  });
});
