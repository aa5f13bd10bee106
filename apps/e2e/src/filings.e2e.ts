import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';

const MALL = '成都天府国际商城促销季秩序维护项目';

/** Marks the page, so a later check can tell that it was never reloaded. */
const mark = (page: Page) => page.evaluate('window.__noReload = true');
const notReloaded = (page: Page) => page.evaluate('window.__noReload === true');

describe('cross-region filings', () => {
  let browser: Browser;
  let adminContext: BrowserContext;
  let officerContext: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await adminContext?.close();
    await officerContext?.close();
    await browser?.close();
  });

  it('goes from the company to the Chengdu officer and back, live, until it is accepted', async () => {
    adminContext = await newContext(browser);
    officerContext = await newContext(browser);
    const admin = await adminContext.newPage();
    const officer = await officerContext.newPage();

    // The Chengdu officer opens the queue (other files' filings may already wait there).
    await signIn(officer, 'police', 'cd.police');
    await officer.getByText('您好，孙警官').waitFor();
    await officer.goto('/police/filings');
    await officer
      .locator('[data-testid="filing-queue"] tbody tr, :text("没有符合条件的备案")')
      .first()
      .waitFor();
    await mark(officer);
    await screenshot(officer, 'filings-01-police-queue-empty');

    // The company admin sees the mall contract on the console home, still to be filed.
    await signIn(admin, 'admin', 'cq.admin');
    const todo = admin.getByTestId('filings-todo');
    await todo.getByText(MALL).waitFor();
    await expect(todo.textContent()).resolves.toMatch(/还剩 39 天/);
    await screenshot(admin, 'filings-02-admin-home-todo');

    // …prepares the filing from the filings page: the dossier is complete, addressed to Chengdu.
    await admin.getByRole('menuitem', { name: '跨区域备案' }).click();
    const row = admin.getByTestId('filing-contracts').locator('tr', { hasText: MALL });
    await row.getByRole('button', { name: '准备备案' }).click();
    await admin.waitForURL(/\/admin\/filings\/[0-9a-f-]{36}$/);
    await admin.getByTestId('dossier-complete').waitFor();
    await expect(admin.getByTestId('filing-organ').textContent()).resolves.toBe('成都市公安局');
    await expect(admin.getByTestId('item-project-leader').textContent()).resolves.toContain('刘洋');
    await screenshot(admin, 'filings-03-admin-dossier-ready');

    // …and submits it.
    await admin.getByTestId('submit-filing').click();
    await admin.getByRole('button', { name: '确认提交' }).click();
    await admin.getByText('已报送成都市公安局，等待受理。').waitFor();
    await mark(admin);

    // The officer sees it arrive in the queue without reloading.
    const queued = officer.getByTestId('filing-queue').locator('tr', { hasText: MALL });
    await queued.waitFor({ timeout: 10_000 });
    await expect(queued.textContent()).resolves.toContain('重庆保安服务有限公司');
    await expect(notReloaded(officer)).resolves.toBe(true);
    await screenshot(officer, 'filings-04-police-queue-live');

    // The officer takes it up and returns it with a reason on the project leader.
    await queued.click();
    await officer.getByTestId('claim-filing').click();
    await officer.getByTestId('reject-project-leader').waitFor();
    await officer.getByTestId('reject-project-leader').click();
    await officer
      .getByTestId('reason-project-leader')
      .fill('项目负责人联系电话无法接通，请核实后更正');
    await officer.getByTestId('save-reason-project-leader').click();
    // The item turns red once the verdict is saved (its tag and its button both say 需补正).
    await officer.locator('[data-testid="review-item-project-leader"].bad').waitFor();
    await screenshot(officer, 'filings-05-police-reviewing');
    await officer.getByTestId('return-filing').click();
    await officer.getByRole('button', { name: '确认' }).click();
    await officer.getByTestId('decision-banner').getByText('已退回补正').waitFor();

    // The admin, on the same page all along, sees the reason next to the item.
    const reason = admin.getByTestId('item-reason-project-leader');
    await reason.waitFor({ timeout: 10_000 });
    await expect(reason.textContent()).resolves.toContain('项目负责人联系电话无法接通');
    await expect(admin.getByTestId('returned-banner').isVisible()).resolves.toBe(true);
    await expect(notReloaded(admin)).resolves.toBe(true);
    await screenshot(admin, 'filings-06-admin-returned');

    // …corrects the leader's phone and submits again.
    await admin.getByTestId('fix-project-leader').click();
    await admin.getByTestId('leader-phone').fill('13900002222');
    await admin.getByTestId('dialog-save').click();
    await admin.getByTestId('item-project-leader').getByText('13900002222').waitFor();
    await admin.getByTestId('submit-filing').click();
    await admin.getByRole('button', { name: '确认提交' }).click();
    await admin.getByText('已报送成都市公安局，等待受理。').waitFor();

    // The officer's page shows the resubmission; they take it up and accept every item.
    await officer.getByTestId('claim-filing').waitFor({ timeout: 10_000 });
    await officer.getByTestId('claim-filing').click();
    const changedTag = officer
      .getByTestId('review-item-project-leader')
      .getByText('较上次提交有修改');
    await changedTag.waitFor();
    await officer.getByTestId('accept-rest').click();
    await officer.getByTestId('review-progress').getByText('已审查 7/7 项，0 项需补正').waitFor();
    await officer.getByTestId('accept-filing').click();
    await officer.getByRole('button', { name: '确认' }).click();
    await officer.getByTestId('decision-banner').getByText('已准予备案').waitFor();
    await screenshot(officer, 'filings-07-police-accepted');

    // The company sees the acceptance, with both submissions kept.
    await admin.getByText('备案已完成，合同可以生效。').waitFor({ timeout: 10_000 });
    await expect(admin.getByText('第 2 次提交').first().isVisible()).resolves.toBe(true);
    await expect(admin.getByText('第 1 次提交').first().isVisible()).resolves.toBe(true);
    await screenshot(admin, 'filings-08-admin-accepted');
  });

  it('lets an officer acknowledge an illegal-request report', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'police', 'cq.police');
      await page.getByText('您好，赵警官').waitFor();
      await screenshot(page, 'filings-09-police-home');
      await page.getByRole('menuitem', { name: '违法请求报告' }).click();
      // The seeded report (限制离院) is the oldest for this unit; other browser tests may add newer ones.
      const row = page
        .getByTestId('report-list')
        .locator('tr', { hasText: '重庆市渝中区人民医院' })
        .last();
      await row.waitFor();
      await screenshot(page, 'filings-10-police-reports');
      await row.click();
      await page.getByText('限制离院').first().waitFor();
      await page.getByTestId('ack-note').fill('已转渝中区分局核查处理');
      await page.getByTestId('acknowledge-report').click();
      const done = page.getByTestId('report-acknowledged');
      await done.waitFor();
      await expect(done.textContent()).resolves.toContain('已转渝中区分局核查处理');
      await expect(page.getByTestId('report-status').textContent()).resolves.toContain('已确认');
      await screenshot(page, 'filings-11-police-report-acknowledged');
    } finally {
      await context.close();
    }
  });

  it("shows an officer a company's filings and reports, and the portal in English", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'police', 'cq.police');
      await page.getByText('您好，赵警官').waitFor();
      await page.goto('/police/companies');
      await page.getByTestId('company-list').getByText('四川蜀安中外合资保安服务有限公司').click();
      await page.getByTestId('company-filings').getByText('解放碑时代广场秩序维护项目').waitFor();
      await screenshot(page, 'filings-12-police-company');

      await page.getByTestId('language-switch').click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      // The choice is kept once its messages have loaded: leaving before that would forget it.
      await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
      await page.goto('/police/filings');
      await page.getByRole('heading', { name: 'Cross-region filings' }).waitFor();
      const row = page
        .getByTestId('filing-queue')
        .locator('tr', { hasText: '解放碑时代广场秩序维护项目' });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('Awaiting review');
      await screenshot(page, 'filings-13-police-queue-en');
      await row.click();
      await page.getByRole('button', { name: 'Take up for review' }).waitFor();
      await screenshot(page, 'filings-14-police-filing-en');
    } finally {
      await context.close();
    }
  });
});
