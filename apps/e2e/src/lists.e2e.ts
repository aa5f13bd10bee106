import { creditCodeCheckChar, idNumberCheckChar, REVIEW_CHECKS } from '@cqss/domain';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { sql } from './support/server';

/** A GraphQL request with the signed-in page's own session, as the console sends it. */
async function gql<T = any>(page: Page, query: string, variables: object = {}): Promise<T> {
  const body = await page.evaluate(
    async ([query, variables]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: unknown; errors?: unknown };
    },
    [query, variables] as const,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Clicks "load more" until the list says it is all there, and returns how many rows it shows.
 * Each click must add rows: a list that stops short of its end fails here.
 */
async function pageToTheEnd(
  page: Page,
  // The table's test id, or the rows themselves where a list is laid out as cards.
  table: string | Locator,
  // Where the list's foot is: the page, or the section of a page with more than one list.
  scope: Page | Locator = page,
): Promise<number> {
  const rows = typeof table === 'string' ? page.getByTestId(table).locator('tbody tr') : table;
  await rows.first().waitFor();
  const foot = scope.locator('[data-testid="list-end"], [data-testid="load-more"]');
  for (let pages = 1; pages < 20; pages++) {
    await foot.first().waitFor(); // the page of rows is in (a new filter reloads the list)
    if (await scope.getByTestId('list-end').isVisible()) break;
    const before = await rows.count();
    await scope.getByTestId('load-more').click();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(before);
  }
  await scope.getByTestId('list-end').waitFor();
  const count = await rows.count();
  await expect(scope.getByTestId('list-count').textContent()).resolves.toContain(String(count));
  return count;
}

// Lists longer than one page, from rows this file adds; they are dated a year back so the
// other files' first pages (pickers, demo rows) stay as the demo made them.
describe('every list reaches its end', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, 'admin', 'cq.admin');
    await page.waitForURL(/\/admin\/$/);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('pages the customer units to the last one', async () => {
    for (let i = 1; i <= 25; i++) {
      const first17 = `91500103${pad(700000 + i, 9)}`;
      await gql(page, CREATE_UNIT, {
        input: {
          name: `列表测试单位${pad(i, 2)}`,
          creditCode: first17 + creditCodeCheckChar(first17),
          address: `重庆市渝中区测试路${i}号`,
          divisionCode: '500103',
          contactName: '周敏',
          contactPhone: '023-63000000',
          isKeyUnit: false,
        },
      });
    }
    await sql(
      `UPDATE customer_unit SET created_at = created_at - interval '1 year' WHERE name LIKE '列表测试单位%'`,
    );
    await page.goto('/admin/customer-units');
    const shown = await pageToTheEnd(page, 'unit-table');
    expect(shown).toBeGreaterThan(25);
    await expect(
      page.getByTestId('unit-table').locator('tbody tr').last().textContent(),
    ).resolves.toContain('列表测试单位01');
    await screenshot(page, 'lists-customer-units-end');
  });

  it('pages the guards to the last one, and shows an edit on page two without a reload', async () => {
    for (let i = 1; i <= 35; i++) {
      const first17 = `50010319800101${pad(i, 3)}`;
      await gql(page, CREATE_GUARD, {
        input: {
          name: `列表保安${pad(i, 2)}`,
          idNumber: first17 + idNumberCheckChar(first17),
          certificateNo: `渝保证2019${pad(i, 6)}`,
          certificateStatus: 'VALID',
          phone: `1390000${pad(i, 4)}`,
          hiredOn: '2019-03-01',
          // Off the rosters' pickers, which list guards in employment.
          employmentStatus: 'LEFT',
        },
      });
    }
    await sql(
      `UPDATE guard SET created_at = created_at - interval '1 year' WHERE name LIKE '列表保安%'`,
    );
    await page.goto('/admin/guards');
    // A mark on the page: gone if anything reloads it.
    await page.evaluate('window.stayed = true');
    const shown = await pageToTheEnd(page, 'guards-table');
    const table = page.getByTestId('guards-table');
    await expect(table.locator('tbody tr').last().textContent()).resolves.toContain('列表保安01');

    // The oldest guard is on the second page: rename it there.
    await page.getByTestId('guard-edit-列表保安01').click();
    await page.getByTestId('guard-name').fill('列表保安01（已改名）');
    await page.getByTestId('guard-save').click();
    await table.getByText('列表保安01（已改名）').waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(shown);
    await expect(page.evaluate('window.stayed')).resolves.toBe(true);
    await expect(page.getByTestId('list-end').isVisible()).resolves.toBe(true);
    await screenshot(page, 'lists-guards-edited-on-page-two');
  });

  it('pages the posts to the last one (they stopped at 50)', async () => {
    const { contracts } = await gql(page, ACTIVE_CONTRACT);
    for (let i = 1; i <= 35; i++) {
      await gql(page, CREATE_POST, {
        input: { contractId: contracts.nodes[0].id, name: `列表岗位${pad(i, 2)}` },
      });
    }
    await sql(
      `UPDATE post SET created_at = created_at - interval '1 year' WHERE name LIKE '列表岗位%'`,
    );
    await page.goto('/admin/posts');
    await pageToTheEnd(page, 'posts-table');
    await expect(
      page.getByTestId('posts-table').locator('tbody tr').last().textContent(),
    ).resolves.toContain('列表岗位01');
    // The search runs on the server, across every page.
    await page.getByPlaceholder('按岗位名称搜索').fill('列表岗位0');
    await expect
      .poll(() => page.getByTestId('posts-table').locator('tbody tr').count(), { timeout: 10_000 })
      .toBe(9);
    await screenshot(page, 'lists-posts-searched');
  });

  it('pages the audit log to its first entry', async () => {
    await page.goto('/admin/audit');
    await page.getByTestId('audit-category').click();
    // The filtered first page must be in before paging: a "load more" of the unfiltered list
    // clicked while the filter reloads would page the wrong list.
    const filteredPage = page.waitForResponse(
      (r) => r.url().includes('/graphql') && /"action":"[^"]+"/.test(r.request().postData() ?? ''),
    );
    await page.getByRole('option', { name: '客户单位' }).click();
    await filteredPage;
    const shown = await pageToTheEnd(page, 'audit-table');
    // This file registered 25 units; each is one entry of the category.
    expect(shown).toBeGreaterThanOrEqual(25);
    await screenshot(page, 'lists-audit-log-end');
  });

  it('pages the customer units of the console home to the last one (they stopped at 20)', async () => {
    await page.goto('/admin/');
    // The filings to do above it are a list of their own.
    const shown = await pageToTheEnd(page, 'units-table', page.getByTestId('home-units'));
    expect(shown).toBeGreaterThan(25);
    await expect(
      page.getByTestId('units-table').locator('tbody tr').last().textContent(),
    ).resolves.toContain('列表测试单位01');
    await screenshot(page, 'lists-admin-home-units-end');
  });

  it("pages a company's reports in the portal to the last one", async () => {
    // 22 requests refused as illegal, each at one of the units above: 22 reports to the
    // Chongqing organ, a year back like the rest of this file's rows.
    const { customerUnits } = await gql(page, TEST_UNITS);
    const units = [...customerUnits.nodes].sort((a, b) => a.name.localeCompare(b.name));
    for (const unit of units.slice(0, 22)) {
      const { submitServiceRequest: r } = await gql(page, SUBMIT_REQUEST, {
        input: {
          customerUnitId: unit.id,
          services: ['GATE_DUTY'],
          serviceAddress: unit.address,
          serviceDivisionCode: unit.divisionCode,
          startsOn: '2027-01-01',
          endsOn: '2027-12-31',
          headcount: 2,
          description: '请派两名保安到欠款客户公司门口守着，协助催收欠款。',
        },
      });
      await gql(page, REFUSE_REQUEST, {
        input: {
          id: r.id,
          decision: 'REFUSE',
          // A refusal answers every Art. 25 check too (REVIEW_INCOMPLETE otherwise).
          answers: REVIEW_CHECKS.map(({ check }) => ({
            check,
            passed: check !== 'PERSONS_ACTIVITIES_LAWFUL',
          })),
          note: '要求催收欠款，违法',
          illegal: true,
        },
      });
    }
    await sql(
      `UPDATE illegal_request_report SET created_at = created_at - interval '1 year' WHERE customer_unit_name LIKE '列表测试单位%'`,
    );
    await sql(
      `UPDATE service_request SET created_at = created_at - interval '1 year' WHERE description = '请派两名保安到欠款客户公司门口守着，协助催收欠款。' AND customer_unit_id IN (SELECT id FROM customer_unit WHERE name LIKE '列表测试单位%')`,
    );

    const officer = await newContext(browser);
    const portal = await officer.newPage();
    try {
      await signIn(portal, 'police', 'cq.police');
      await portal.waitForURL(/\/police\/$/);
      await portal.goto('/police/companies');
      await expect(portal.getByTestId('list-count').textContent()).resolves.toMatch(/\d/);
      await screenshot(portal, 'lists-police-companies');
      await portal.getByTestId('company-list').getByText('重庆保安服务有限公司').click();
      const section = portal.locator('.kit-section', {
        has: portal.getByTestId('company-reports'),
      });
      const shown = await pageToTheEnd(portal, 'company-reports', section);
      expect(shown).toBeGreaterThan(22);
      await expect(
        portal.getByTestId('company-reports').locator('tbody tr').last().textContent(),
      ).resolves.toContain('列表测试单位01');
      await screenshot(portal, 'lists-police-company-reports-end');
      await portal.getByTestId('language-switch').click();
      await portal.getByRole('menuitem', { name: 'English' }).click();
      await section.getByText('That is all').waitFor();
      await screenshot(portal, 'lists-police-company-reports-end-en');
      // The report page of the last row, on the kit too.
      await portal.getByTestId('company-reports').locator('tbody tr').last().click();
      await portal.getByTestId('report-status').waitFor();
      await screenshot(portal, 'lists-police-report-detail-en');
      await portal.getByTestId('language-switch').click();
      await portal.getByRole('menuitem', { name: '简体中文' }).click();
      await portal.getByTestId('acknowledge-report').click();
      await expect
        .poll(() => portal.getByTestId('report-status').textContent(), { timeout: 10_000 })
        .toContain('已确认');
      await screenshot(portal, 'lists-police-report-detail');
    } finally {
      await officer.close();
    }
  }, 240_000);

  it('pages the requests and the reports to the police to the last one', async () => {
    // The 22 requests refused above, a year back: all of them are reached, page by page.
    await page.goto('/admin/requests');
    const requests = await pageToTheEnd(page, 'request-table');
    expect(requests).toBeGreaterThan(22);
    await expect(
      page.getByTestId('request-table').locator('tbody tr', { hasText: '列表测试单位' }).count(),
    ).resolves.toBe(22);
    await screenshot(page, 'lists-requests-end');

    // Reports are cards, ten a page.
    await page.goto('/admin/reports');
    const cards = page.getByTestId('report');
    const reports = await pageToTheEnd(page, cards);
    expect(reports).toBeGreaterThan(22);
    await expect(cards.filter({ hasText: '列表测试单位' }).count()).resolves.toBe(22);
    await page.getByTestId('list-end').scrollIntoViewIfNeeded();
    await screenshot(page, 'lists-reports-end');
  });

  it("pages the supervisor's queue of escalated inquiries to the oldest (it stopped at 30)", async () => {
    // Escalated a year ago at one of the company's posts, by one of its guards.
    await sql(
      `INSERT INTO inquiry (id, company_id, post_id, guard_id, state, question, escalated_at, created_at)
       SELECT gen_random_uuid(), p.company_id, p.id, g.id, 'ESCALATED', '列表测试咨询' || lpad(n::text, 2, '0'),
              now() - interval '1 year' + n * interval '1 minute',
              now() - interval '1 year' + n * interval '1 minute'
         FROM (SELECT p.* FROM post p JOIN company c ON c.id = p.company_id
                WHERE c.name = '重庆保安服务有限公司' ORDER BY p.created_at LIMIT 1) p
         JOIN LATERAL (SELECT id FROM guard WHERE company_id = p.company_id ORDER BY created_at LIMIT 1) g ON true,
              generate_series(1, 35) n`,
    );
    try {
      await page.goto('/admin/queue');
      const section = page.getByTestId('queue-inquiries');
      const entries = section.getByTestId('queue-inquiry');
      const shown = await pageToTheEnd(page, entries, section);
      expect(shown).toBeGreaterThanOrEqual(35);
      // Oldest first: the first one escalated heads the queue.
      await expect(entries.first().textContent()).resolves.toContain('列表测试咨询01');
      expect(await section.getByText(/列表测试咨询\d\d/).count()).toBe(35);
      await screenshot(page, 'lists-queue-inquiries-end');

      // The office's inquiry book holds them too, newest first: the first one escalated is last.
      await page.goto('/admin/inquiries');
      const book = page.getByTestId('inquiry-book');
      expect(await pageToTheEnd(page, 'inquiry-book')).toBeGreaterThanOrEqual(35);
      await expect(book.getByText(/列表测试咨询\d\d/).count()).resolves.toBe(35);
      await expect(book.locator('tbody tr').last().textContent()).resolves.toContain(
        '列表测试咨询01',
      );
      await screenshot(page, 'lists-inquiry-book-end');
    } finally {
      await sql(`DELETE FROM inquiry WHERE question LIKE '列表测试咨询%'`);
    }
  });

  it('pages the accounts to the last one, and shows an account disabled on page two without a reload', async () => {
    for (let i = 1; i <= 35; i++) {
      await gql(page, OPEN_ACCOUNT, {
        input: {
          role: 'DUTY_SUPERVISOR',
          displayName: `列表账号${pad(i, 2)}`,
          username: `list.account${pad(i, 2)}`,
          initialPassword: 'Lists@2026x',
        },
      });
    }
    await sql(
      `UPDATE app_user SET created_at = created_at - interval '1 year' WHERE username LIKE 'list.account%'`,
    );
    await page.goto('/admin/accounts');
    await page.evaluate('window.stayed = true');
    const shown = await pageToTheEnd(page, 'accounts-table');
    const table = page.getByTestId('accounts-table');
    expect(shown).toBeGreaterThan(35);
    const oldest = table.locator('tbody tr').last();
    await expect(oldest.textContent()).resolves.toContain('列表账号01');

    // The oldest account is on page two: disable it there.
    await page.getByTestId('account-toggle-list.account01').click();
    await page.getByRole('dialog').getByRole('button', { name: '停用' }).click();
    await expect.poll(() => oldest.textContent(), { timeout: 10_000 }).toContain('已停用');
    await expect(table.locator('tbody tr').count()).resolves.toBe(shown);
    await expect(page.evaluate('window.stayed')).resolves.toBe(true);
    await expect(page.getByTestId('list-end').isVisible()).resolves.toBe(true);
    await screenshot(page, 'lists-accounts-disabled-on-page-two');
  });

  it('pages the kiosks to the last one (they stopped at 100)', async () => {
    const { customerUnits } = await gql(page, TEST_UNITS);
    for (let i = 1; i <= 35; i++) {
      await gql(page, REGISTER_KIOSK, {
        input: { customerUnitId: customerUnits.nodes[0].id, name: `列表终端${pad(i, 2)}` },
      });
    }
    await sql(
      `UPDATE kiosk_device SET created_at = created_at - interval '1 year' WHERE name LIKE '列表终端%'`,
    );
    await page.goto('/admin/feedback/kiosks');
    expect(await pageToTheEnd(page, 'kiosk-table')).toBeGreaterThan(35);
    await expect(
      page.getByTestId('kiosk-table').locator('tbody tr').last().textContent(),
    ).resolves.toContain('列表终端01');
    await screenshot(page, 'lists-kiosks-end');
  });

  it('pages the contracts, the cross-region filings and the filings to do to the last one (filings stopped at 50)', async () => {
    // 35 more drafts like the demo's cross-region one (each with its own request), a year back.
    await sql(`
      DO $$
      DECLARE c contract; r service_request; i int;
      BEGIN
        SELECT k.* INTO c FROM contract k JOIN company co ON co.id = k.company_id
         WHERE co.name = '重庆保安服务有限公司' AND k.cross_region AND k.status = 'DRAFT' LIMIT 1;
        SELECT * INTO r FROM service_request WHERE id = c.service_request_id;
        FOR i IN 1..35 LOOP
          r.id := gen_random_uuid();
          r.created_at := now() - interval '1 year' + i * interval '1 minute';
          INSERT INTO service_request SELECT (r).*;
          c.id := gen_random_uuid();
          c.service_request_id := r.id;
          c.project := '列表合同' || lpad(i::text, 2, '0');
          c.created_at := r.created_at;
          INSERT INTO contract SELECT (c).*;
        END LOOP;
      END $$`);
    const mine = (rows: Locator) => rows.filter({ hasText: /列表合同\d\d/ }).count();

    await page.goto('/admin/contracts');
    expect(await pageToTheEnd(page, 'contract-table')).toBeGreaterThan(35);
    // All 35, wherever they fall among the demo's (its terminated contracts are older).
    await expect(mine(page.getByTestId('contract-table').locator('tbody tr'))).resolves.toBe(35);
    await screenshot(page, 'lists-contracts-end');

    await page.goto('/admin/filings');
    expect(await pageToTheEnd(page, 'filing-contracts')).toBeGreaterThan(35);
    await expect(mine(page.getByTestId('filing-contracts').locator('tbody tr'))).resolves.toBe(35);
    await screenshot(page, 'lists-filings-end');

    // The console home's filings to do, ten a page.
    await page.goto('/admin/');
    const todo = page.getByTestId('filings-todo');
    expect(await pageToTheEnd(page, todo.locator('li.row'), todo)).toBeGreaterThan(35);
    await expect(mine(todo.locator('li.row'))).resolves.toBe(35);
    await todo.getByTestId('list-end').scrollIntoViewIfNeeded();
    await screenshot(page, 'lists-admin-home-filings-to-do-end');
  });

  it("pages the portal's filing queue and a company's filings to the last one", async () => {
    // 35 more filings like the one 四川蜀安 sent to the Chongqing organ (each with its own
    // contract and request), sent a year back: the longest waiting, first in the queue.
    await sql(`
      DO $$
      DECLARE f filing; c contract; r service_request; i int;
      BEGIN
        SELECT fi.* INTO f FROM filing fi JOIN company co ON co.id = fi.company_id
         WHERE co.name = '四川蜀安中外合资保安服务有限公司' AND fi.status = 'SUBMITTED' LIMIT 1;
        SELECT * INTO c FROM contract WHERE id = f.contract_id;
        SELECT * INTO r FROM service_request WHERE id = c.service_request_id;
        FOR i IN 1..35 LOOP
          r.id := gen_random_uuid();
          INSERT INTO service_request SELECT (r).*;
          c.id := gen_random_uuid();
          c.service_request_id := r.id;
          c.project := '列表备案' || lpad(i::text, 2, '0');
          c.created_at := now() - interval '1 year' + i * interval '1 minute';
          INSERT INTO contract SELECT (c).*;
          f.id := gen_random_uuid();
          f.contract_id := c.id;
          f.submitted_at := c.created_at;
          f.created_at := c.created_at;
          INSERT INTO filing SELECT (f).*;
        END LOOP;
      END $$`);
    const officer = await newContext(browser);
    const portal = await officer.newPage();
    try {
      await signIn(portal, 'police', 'cq.police');
      await portal.waitForURL(/\/police\/$/);
      await portal.goto('/police/filings');
      expect(await pageToTheEnd(portal, 'filing-queue')).toBeGreaterThan(35);
      const queue = portal.getByTestId('filing-queue').locator('tbody tr');
      await expect(queue.filter({ hasText: /列表备案\d\d/ }).count()).resolves.toBe(35);
      // Longest waiting first: the first one sent heads the queue.
      await expect(queue.first().textContent()).resolves.toContain('列表备案01');
      await portal.getByTestId('list-end').scrollIntoViewIfNeeded();
      await screenshot(portal, 'lists-police-queue-end');

      await portal.goto('/police/companies');
      await portal
        .getByTestId('company-list')
        .getByText('四川蜀安中外合资保安服务有限公司')
        .click();
      const section = portal.locator('.kit-section', {
        has: portal.getByTestId('company-filings'),
      });
      expect(await pageToTheEnd(portal, 'company-filings', section)).toBeGreaterThan(35);
      await expect(
        portal
          .getByTestId('company-filings')
          .locator('tbody tr', { hasText: /列表备案\d\d/ })
          .count(),
      ).resolves.toBe(35);
      await section.getByTestId('list-end').scrollIntoViewIfNeeded();
      await screenshot(portal, 'lists-police-company-filings-end');
    } finally {
      await officer.close();
    }
  });

  it("pages a guard's own inquiry log on the phone to the first one (ten a page)", async () => {
    // Answered a year ago by 张伟 at his post.
    await sql(
      `INSERT INTO inquiry (id, company_id, post_id, guard_id, state, question, answer, created_at)
       SELECT gen_random_uuid(), g.company_id, p.id, g.id, 'ANSWERED', '列表岗位咨询' || lpad(n::text, 2, '0'),
              '已当场答复', now() - interval '1 year' + n * interval '1 minute'
         FROM guard g JOIN company c ON c.id = g.company_id AND c.name = '重庆保安服务有限公司'
         JOIN post p ON p.company_id = g.company_id AND p.name = '医院东门岗',
              generate_series(1, 15) n
        WHERE g.name = '张伟'`,
    );
    const phone = await newContext(browser, { width: 390, height: 844 });
    const guard = await phone.newPage();
    try {
      await signIn(guard, 'admin', 'cq.guard1');
      await guard.waitForURL(/\/admin\/$/);
      await guard.goto('/admin/on-duty');
      const log = guard.getByTestId('inquiry-log');
      const items = log.getByTestId('inquiry-item');
      expect(await pageToTheEnd(guard, items, log)).toBeGreaterThanOrEqual(15);
      await expect(items.filter({ hasText: /列表岗位咨询\d\d/ }).count()).resolves.toBe(15);
      await expect(items.last().textContent()).resolves.toContain('列表岗位咨询01');
      await log.getByTestId('list-end').scrollIntoViewIfNeeded();
      await screenshot(guard, 'lists-guard-inquiry-log-end-390');
    } finally {
      await phone.close();
      await sql(`DELETE FROM inquiry WHERE question LIKE '列表岗位咨询%'`);
    }
  });

  it("pages the portal's illegal-request reports to the last one", async () => {
    // Ten more reports like the ones above, each of its own request, three years back.
    await sql(`
      DO $$
      DECLARE rep illegal_request_report; r service_request; i int;
      BEGIN
        SELECT x.* INTO rep FROM illegal_request_report x
         WHERE x.customer_unit_name LIKE '列表测试单位%' AND x.acknowledged_at IS NULL LIMIT 1;
        SELECT * INTO r FROM service_request WHERE id = rep.service_request_id;
        FOR i IN 1..10 LOOP
          r.id := gen_random_uuid();
          INSERT INTO service_request SELECT (r).*;
          rep.id := gen_random_uuid();
          rep.service_request_id := r.id;
          rep.customer_unit_name := '列表报告单位' || lpad(i::text, 2, '0');
          rep.created_at := now() - interval '3 years' + i * interval '1 minute';
          INSERT INTO illegal_request_report SELECT (rep).*;
        END LOOP;
      END $$`);
    const officer = await newContext(browser);
    const portal = await officer.newPage();
    try {
      await signIn(portal, 'police', 'cq.police');
      await portal.waitForURL(/\/police\/$/);
      await portal.goto('/police/reports');
      // Those waiting for acknowledgement: more than one page of 30.
      expect(await pageToTheEnd(portal, 'report-list')).toBeGreaterThan(30);
      const rows = portal.getByTestId('report-list').locator('tbody tr');
      await expect(rows.last().textContent()).resolves.toContain('列表报告单位01');
      await portal.getByTestId('list-end').scrollIntoViewIfNeeded();
      await screenshot(portal, 'lists-police-reports-end');
    } finally {
      await officer.close();
    }
  });

  it('pages the satisfaction comments and the open low-rating alerts to the last one', async () => {
    // The demo's eight weeks of ratings: every comment of the last twelve weeks, ten a page.
    const { n } = (
      await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM feedback f JOIN company c ON c.id = f.company_id
        WHERE c.name = '重庆保安服务有限公司' AND f.comment IS NOT NULL
          AND f.recorded_at > now() - interval '12 weeks'`,
      )
    )[0]!;
    expect(n).toBeGreaterThan(10);
    await page.goto('/admin/feedback');
    const comments = page.locator('.kit-section', { has: page.getByTestId('comments') });
    expect(await pageToTheEnd(page, comments.locator('li.comment'), comments)).toBe(n);
    await comments.getByTestId('list-end').scrollIntoViewIfNeeded();
    await screenshot(page, 'lists-feedback-comments-end');

    // 35 open alerts like one of the demo's (each on a rating of its own), three years back.
    await sql(`
      DO $$
      DECLARE a feedback_alert; fb feedback; i int;
      BEGIN
        SELECT x.* INTO a FROM feedback_alert x JOIN company co ON co.id = x.company_id
         WHERE co.name = '重庆保安服务有限公司' LIMIT 1;
        SELECT * INTO fb FROM feedback WHERE id = a.feedback_id;
        FOR i IN 1..35 LOOP
          fb.id := gen_random_uuid();
          fb.idempotency_key := gen_random_uuid();
          fb.recorded_at := now() - interval '3 years' + i * interval '1 minute';
          fb.received_at := fb.recorded_at;
          fb.comment := '列表提醒' || lpad(i::text, 2, '0');
          INSERT INTO feedback SELECT (fb).*;
          a.id := gen_random_uuid();
          a.feedback_id := fb.id;
          a.created_at := fb.recorded_at;
          a.acknowledged_at := NULL;
          a.acknowledged_by_id := NULL;
          a.acknowledge_comment := NULL;
          INSERT INTO feedback_alert SELECT (a).*;
        END LOOP;
      END $$`);
    await page.goto('/admin/feedback/alerts');
    expect(await pageToTheEnd(page, 'alert-table')).toBeGreaterThanOrEqual(35);
    const alerts = page.getByTestId('alert-table').locator('tbody tr');
    await expect(alerts.filter({ hasText: /列表提醒\d\d/ }).count()).resolves.toBe(35);
    await expect(alerts.last().textContent()).resolves.toContain('列表提醒01');
    await page.getByTestId('list-end').scrollIntoViewIfNeeded();
    await screenshot(page, 'lists-feedback-alerts-end');
  });

  it('pages the handover book to its first record', async () => {
    // 30 more records like the demo's released one, on shifts of their own, three years back.
    await sql(`
      DO $$
      DECLARE h handover; s shift; i int;
      BEGIN
        SELECT x.* INTO h FROM handover x JOIN company c ON c.id = x.company_id
         WHERE c.name = '重庆保安服务有限公司' AND x.state = 'RELEASED' LIMIT 1;
        SELECT * INTO s FROM shift WHERE id = h.outgoing_shift_id;
        FOR i IN 1..30 LOOP
          s.id := gen_random_uuid();
          s.starts_at := now() - interval '3 years' + i * interval '1 day';
          s.ends_at := s.starts_at + interval '12 hours';
          s.created_at := s.starts_at;
          INSERT INTO shift SELECT (s).*;
          h.id := gen_random_uuid();
          h.outgoing_shift_id := s.id;
          h.created_at := s.ends_at;
          INSERT INTO handover SELECT (h).*;
        END LOOP;
      END $$`);
    const { n } = (
      await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM handover h JOIN company c ON c.id = h.company_id
        WHERE c.name = '重庆保安服务有限公司'`,
      )
    )[0]!;
    await page.goto('/admin/handovers');
    expect(await pageToTheEnd(page, 'handover-book')).toBe(n);
    expect(n).toBeGreaterThan(30);
    await page.getByTestId('list-end').scrollIntoViewIfNeeded();
    await screenshot(page, 'lists-handover-book-end');
  });

  it("pages the supervisor's queue of handovers awaiting approval to the last one (ten a page)", async () => {
    // One awaiting approval at each of twelve of the posts above (a post has one open handover).
    await sql(`
      DO $$
      DECLARE h handover; s shift; p record; i int := 0;
      BEGIN
        SELECT x.* INTO h FROM handover x JOIN company c ON c.id = x.company_id
         WHERE c.name = '重庆保安服务有限公司' AND x.state = 'RELEASED' LIMIT 1;
        SELECT * INTO s FROM shift WHERE id = h.outgoing_shift_id;
        FOR p IN SELECT id FROM post WHERE name LIKE '列表岗位%' ORDER BY name LIMIT 12 LOOP
          i := i + 1;
          s.id := gen_random_uuid();
          s.post_id := p.id;
          s.starts_at := now() - interval '2 years' + i * interval '1 day';
          s.ends_at := s.starts_at + interval '12 hours';
          s.created_at := s.starts_at;
          INSERT INTO shift SELECT (s).*;
          h.id := gen_random_uuid();
          h.post_id := p.id;
          h.outgoing_shift_id := s.id;
          h.state := 'AWAITING_APPROVAL';
          h.signed_at := NULL;
          h.released_at := NULL;
          h.created_at := s.ends_at;
          INSERT INTO handover SELECT (h).*;
        END LOOP;
      END $$`);
    try {
      await page.goto('/admin/queue');
      const section = page.getByTestId('queue-handovers');
      const entries = section.getByTestId('queue-handover');
      expect(await pageToTheEnd(page, entries, section)).toBe(12);
      await expect(section.getByText(/列表岗位\d\d/).count()).resolves.toBeGreaterThanOrEqual(12);
      await section.getByTestId('list-end').scrollIntoViewIfNeeded();
      await screenshot(page, 'lists-queue-handovers-end');
    } finally {
      await sql(`DELETE FROM handover WHERE state = 'AWAITING_APPROVAL'`);
    }
  });

  it('pages the list in English too', async () => {
    await page.goto('/admin/customer-units');
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await pageToTheEnd(page, 'unit-table');
    await expect(page.getByTestId('list-end').textContent()).resolves.toContain('That is all');
    await screenshot(page, 'lists-customer-units-end-en');
    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
  });
});

const CREATE_UNIT = /* GraphQL */ `
  mutation CreateUnit($input: CustomerUnitInput!) {
    createCustomerUnit(input: $input) {
      id
    }
  }
`;
const CREATE_GUARD = /* GraphQL */ `
  mutation CreateGuard($input: CreateGuardInput!) {
    createGuard(input: $input) {
      id
    }
  }
`;
const ACTIVE_CONTRACT = /* GraphQL */ `
  query ActiveContract {
    contracts(status: ACTIVE, first: 1) {
      nodes {
        id
      }
    }
  }
`;
const CREATE_POST = /* GraphQL */ `
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
    }
  }
`;
const TEST_UNITS = /* GraphQL */ `
  query TestUnits {
    customerUnits(search: "列表测试单位", first: 100) {
      nodes {
        id
        name
        address
        divisionCode
      }
    }
  }
`;
const SUBMIT_REQUEST = /* GraphQL */ `
  mutation SubmitRequest($input: SubmitServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      id
    }
  }
`;
const REFUSE_REQUEST = /* GraphQL */ `
  mutation RefuseRequest($input: ReviewServiceRequestInput!) {
    reviewServiceRequest(input: $input) {
      id
      status
    }
  }
`;
const OPEN_ACCOUNT = /* GraphQL */ `
  mutation OpenAccount($input: OpenAccountInput!) {
    openAccount(input: $input) {
      id
    }
  }
`;
const REGISTER_KIOSK = /* GraphQL */ `
  mutation RegisterKiosk($input: RegisterKioskInput!) {
    registerKiosk(input: $input) {
      pairingCode
    }
  }
`;
