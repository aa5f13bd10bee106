import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { sql, startServer, stopServer } from './support/server';

const LANDSCAPE = { width: 1280, height: 800 };
const PORTRAIT = { width: 800, height: 1280 };
const MALL = '成都天府国际商城';
const KIOSK_NAME = '商城大堂评价终端';

interface Row {
  rating: number;
  tags: string[];
  comment: string | null;
  recorded_at: Date;
  received_at: Date;
}
/** The ratings stored for a kiosk, in the order the server received them. */
const rowsOf = (kioskName: string) =>
  sql<Row>(
    `SELECT f.rating, f.tags::text[] AS tags, f.comment, f.recorded_at, f.received_at
       FROM feedback f JOIN kiosk_device d ON d.id = f.device_id
      WHERE d.name = $1 ORDER BY f.received_at, f.recorded_at`,
    [kioskName],
  );

async function waitFor(check: () => Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Picks an option of an Element Plus select. */
async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

// One story, in order: the console registers a kiosk, the lobby rates, the server goes away and
// comes back, a supervisor is alerted live, the dashboard counts it all, the kiosk is revoked.
describe('feedback kiosk and satisfaction dashboard', () => {
  let browser: Browser;
  let adminContext: BrowserContext;
  let kioskContext: BrowserContext;
  let admin: Page;
  let kiosk: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    adminContext = await newContext(browser);
    kioskContext = await newContext(browser, LANDSCAPE);
    admin = await adminContext.newPage();
    kiosk = await kioskContext.newPage();
  });
  afterAll(async () => {
    await startServer().catch(() => undefined);
    await browser?.close();
  });

  /** Registers a kiosk for the mall in the console and returns the code the console shows. */
  async function registerKiosk(name: string): Promise<string> {
    await admin.goto('/admin/feedback/kiosks');
    await admin.getByTestId('register-kiosk').click();
    await choose(admin, 'register-unit', MALL);
    await admin.getByTestId('register-name').fill(name);
    await admin.getByTestId('register-submit').click();
    const code = (await admin.getByTestId('pairing-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    return code;
  }

  /** One rating at the kiosk: a face, then optional tags and comment (or skip), then thanks. */
  async function rate(level: number, details?: { tags?: string[]; comment?: string }) {
    await kiosk.getByTestId(`face-${level}`).click();
    await kiosk.getByTestId('details').waitFor();
    if (details) {
      for (const tag of details.tags ?? []) await kiosk.getByTestId(`tag-${tag}`).click();
      if (details.comment) await kiosk.getByTestId('comment').fill(details.comment);
      await kiosk.getByTestId('details-submit').click();
    } else {
      await kiosk.getByTestId('details-skip').click();
    }
    await kiosk.getByTestId('thanks').waitFor();
  }

  /** The thank-you screen goes back to the faces by itself after a few seconds. */
  const backToFaces = () => kiosk.getByTestId('face-1').waitFor({ timeout: 10_000 });

  it('pairs a kiosk registered in the console, by the code the console shows', async () => {
    await signIn(admin, 'admin', 'cq.admin');
    await admin.waitForURL(/\/admin\/$/);
    const code = await registerKiosk(KIOSK_NAME);
    await screenshot(admin, 'feedback-kiosk-registered');
    await admin.getByTestId('register-done').click();
    await admin.getByTestId('kiosk-table').getByText(KIOSK_NAME).waitFor();

    await kiosk.goto('/kiosk/');
    await kiosk.waitForURL('**/kiosk/pair');
    await kiosk.getByTestId('pairing-code').fill(code);
    await kiosk.getByTestId('pair-submit').click();
    await expect(kiosk.getByTestId('unit-name').textContent()).resolves.toBe(MALL);
    await screenshot(kiosk, 'feedback-kiosk-start-1280x800');
  });

  it('records a rating with tags and a comment, counting the comment on screen (1280×800)', async () => {
    await kiosk.getByTestId('face-5').click();
    await kiosk.getByTestId('tag-COURTESY').click();
    await kiosk.getByTestId('tag-PATROL').click();
    await kiosk.getByTestId('comment').fill('保安师傅很负责，谢谢！');
    await expect(kiosk.getByTestId('comment-counter').textContent()).resolves.toContain('11/200');
    await screenshot(kiosk, 'feedback-kiosk-details-1280x800');
    await kiosk.getByTestId('details-submit').click();
    await kiosk.getByTestId('thanks').waitFor();
    await screenshot(kiosk, 'feedback-kiosk-thanks-1280x800');

    // The tap is stored at once; the tags and comment amend it.
    await waitFor(
      async () => (await rowsOf(KIOSK_NAME))[0]?.comment === '保安师傅很负责，谢谢！',
      10_000,
      'the rating and its details to arrive',
    );
    expect(await rowsOf(KIOSK_NAME)).toMatchObject([
      { rating: 5, tags: ['COURTESY', 'PATROL'], comment: '保安师傅很负责，谢谢！' },
    ]);
    await backToFaces();
  });

  it('works upright too (800×1280): faces, details with a comment too long, thanks; taps too soon wait', async () => {
    await kiosk.setViewportSize(PORTRAIT);
    await screenshot(kiosk, 'feedback-kiosk-start-800x1280');
    await kiosk.getByTestId('face-4').click();
    await kiosk.getByTestId('comment').fill('好'.repeat(205));
    await expect(kiosk.getByTestId('comment-counter').textContent()).resolves.toMatch(
      /超出 5 字.*205\/200/,
    );
    await expect(kiosk.getByTestId('details-submit').isDisabled()).resolves.toBe(true);
    await screenshot(kiosk, 'feedback-kiosk-details-800x1280');
    await kiosk.getByTestId('comment').fill('');
    await kiosk.getByTestId('details-skip').click();
    await kiosk.getByTestId('thanks').waitFor();
    await screenshot(kiosk, 'feedback-kiosk-thanks-800x1280');
    // A tap on the thank-you screen goes back at once; a rating right after is noise and waits.
    await kiosk.getByTestId('thanks').click();
    await kiosk.getByTestId('face-2').click();
    await expect(kiosk.getByTestId('rate-note').textContent()).resolves.toMatch(/请 \d 秒后再评价/);
    await screenshot(kiosk, 'feedback-kiosk-too-soon-800x1280');
    await expect(kiosk.getByTestId('details').count()).resolves.toBe(0);
    await waitFor(async () => (await rowsOf(KIOSK_NAME)).length === 2, 10_000, 'the second rating');
    await kiosk.setViewportSize(LANDSCAPE);
    await new Promise((r) => setTimeout(r, 5000));
  });

  it('with the server process stopped, queues three ratings with an offline mark, then sends exactly those three, in order', async () => {
    const before = (await rowsOf(KIOSK_NAME)).length;
    await stopServer();
    try {
      for (const level of [4, 2, 3]) {
        await rate(level);
        await backToFaces();
      }
      await kiosk.getByTestId('offline-mark').waitFor();
      await expect(kiosk.getByTestId('offline-pending').textContent()).resolves.toContain(
        '3 条评价待发送',
      );
      await screenshot(kiosk, 'feedback-kiosk-offline-1280x800');
      expect(await rowsOf(KIOSK_NAME)).toHaveLength(before);
      // Kept on the device, not only in memory.
      const kept = await kiosk.evaluate(
        `JSON.parse(localStorage.getItem('cqss.kiosk.outbox.v1') ?? '[]').length`,
      );
      expect(kept).toBe(3);
    } finally {
      await startServer();
    }
    await kiosk.getByTestId('offline-mark').waitFor({ state: 'detached', timeout: 40_000 });
    // The mark goes with the first answer; the outbox then sends the rest one by one.
    await waitFor(
      async () => (await rowsOf(KIOSK_NAME)).length >= before + 3,
      20_000,
      'the three queued ratings',
    );
    await kiosk.waitForTimeout(1500); // and nothing more arrives: exactly those three
    const rows = await rowsOf(KIOSK_NAME);
    expect(rows).toHaveLength(before + 3);
    const sent = rows.slice(before);
    expect(sent.map((r) => r.rating)).toEqual([4, 2, 3]);
    // Received in the order they were tapped.
    const tapped = [...sent].sort((a, b) => a.recorded_at.getTime() - b.recorded_at.getTime());
    expect(tapped.map((r) => r.rating)).toEqual([4, 2, 3]);
    await screenshot(kiosk, 'feedback-kiosk-back-online-1280x800');
  }, 120_000);

  it('shows the duty supervisor a 1-star rating live, to be handled with a comment', async () => {
    const supervisorContext = await newContext(browser);
    const supervisor = await supervisorContext.newPage();
    try {
      await signIn(supervisor, 'admin', 'cq.supervisor');
      await supervisor.waitForURL(/\/admin\/$/);
      await supervisor.goto('/admin/feedback/alerts');
      const table = supervisor.getByTestId('alert-list');
      await table.waitFor();
      await supervisor.waitForTimeout(1000); // the subscription is open

      // The tap alone reaches the supervisor, live, while the customer is still on the
      // follow-up screen (it closes after 15 s untouched).
      await kiosk.getByTestId('face-1').click();
      await kiosk.getByTestId('details').waitFor();
      const tapped = Date.now();
      await supervisor.locator('.feedback-alert-notice').first().waitFor({ timeout: 12_000 });
      expect(Date.now() - tapped).toBeLessThan(15_000);
      await expect(kiosk.getByTestId('details').isVisible()).resolves.toBe(true);
      await screenshot(supervisor, 'feedback-alert-live');
      // A low rating is offered what went wrong, not praise.
      await expect(kiosk.getByTestId('tag-COURTESY').count()).resolves.toBe(0);
      await kiosk.getByTestId('tag-SLOW_RESPONSE').click();
      await kiosk.getByTestId('comment').fill('门口无人值守，等了很久');
      await screenshot(kiosk, 'feedback-kiosk-details-low-1280x800');
      await kiosk.getByTestId('details-submit').click();
      await kiosk.getByTestId('thanks').waitFor();
      // The comment amended the same rating: the alert shows it.
      await waitFor(
        async () => (await rowsOf(KIOSK_NAME)).some((r) => r.comment === '门口无人值守，等了很久'),
        10_000,
        'the amendment',
      );
      await supervisor.reload();
      await table.getByText('门口无人值守，等了很久').waitFor({ timeout: 15_000 });

      const row = table.locator('tr', { hasText: '门口无人值守，等了很久' });
      await expect(row.textContent()).resolves.toContain(MALL);
      await row.getByTestId('acknowledge').click();
      await supervisor.getByTestId('acknowledge-submit').click();
      await supervisor.getByText('请填写处理情况', { exact: true }).waitFor();
      await supervisor.getByTestId('acknowledge-comment').fill('已致电客户致歉，并安排班长补岗。');
      await supervisor.getByTestId('acknowledge-submit').click();
      await table.getByText('门口无人值守，等了很久').waitFor({ state: 'detached' });
      await supervisor.locator('.el-radio-button', { hasText: '已处理' }).click();
      await table.getByText('已致电客户致歉，并安排班长补岗。').waitFor();
      await screenshot(supervisor, 'feedback-alert-handled');
    } finally {
      await supervisorContext.close();
    }
    await backToFaces();
  });

  it('counts the new ratings on the dashboard', async () => {
    await admin.goto('/admin/feedback');
    await admin.getByTestId('kpis').waitFor();
    await admin.waitForTimeout(800); // the chart's short animation
    await screenshot(admin, 'feedback-dashboard');
    await choose(admin, 'filter-unit', MALL);
    // The mall's ratings are this test's: 5, 4, 4, 2, 3, 1 → 6, mean 3.17, 4–5 half of them, 2 low.
    await waitFor(
      async () => (await admin.getByTestId('kpi-count').textContent())?.trim() === '6',
      10_000,
      "the mall's numbers",
    );
    await expect(admin.getByTestId('kpi-mean').textContent()).resolves.toBe('3.17');
    await expect(admin.getByTestId('kpi-index').textContent()).resolves.toBe('50.0%');
    await expect(admin.getByTestId('kpi-low').textContent()).resolves.toBe('2');
    const comments = admin.getByTestId('comments');
    await comments.getByText('门口无人值守，等了很久').waitFor();
    await comments.getByText('保安师傅很负责，谢谢！').waitFor();
    await admin.waitForTimeout(800);
    await screenshot(admin, 'feedback-dashboard-mall');
  });

  it('stops a revoked kiosk with a screen asking staff to pair again, keeping its ratings until it is', async () => {
    // The kiosk also checks its pairing every minute by itself; a fresh start puts that check a
    // minute away, so it is the tap below that learns of the revocation.
    await kiosk.reload();
    await kiosk.getByTestId('face-5').waitFor();
    await admin.goto('/admin/feedback/kiosks');
    await admin.getByTestId(`revoke-${KIOSK_NAME}`).click();
    await admin.locator('.el-message-box').getByRole('button', { name: '停用' }).click();
    await admin.getByText(`已停用「${KIOSK_NAME}」`).waitFor();

    // The tap is sent at once: the revoked kiosk learns it at the tap.
    await kiosk.getByTestId('face-5').click();
    await kiosk.getByTestId('unpaired').waitFor({ timeout: 15_000 });
    await expect(kiosk.getByTestId('unpaired-kept').textContent()).resolves.toContain('1 条评价');
    await screenshot(kiosk, 'feedback-kiosk-unpaired-1280x800');
    await kiosk.setViewportSize(PORTRAIT);
    await screenshot(kiosk, 'feedback-kiosk-unpaired-800x1280');
    await kiosk.setViewportSize(LANDSCAPE);

    const code = await registerKiosk(`${KIOSK_NAME}二号`);
    await kiosk.getByTestId('unpaired-pair').click();
    await expect(kiosk.getByTestId('pair-kept').textContent()).resolves.toContain('1 条评价');
    await kiosk.getByTestId('pairing-code').fill(code);
    await kiosk.getByTestId('pair-submit').click();
    await kiosk.getByTestId('unit-name').waitFor();
    await waitFor(
      async () => (await rowsOf(`${KIOSK_NAME}二号`)).length === 1,
      20_000,
      'the kept rating',
    );
    expect((await rowsOf(`${KIOSK_NAME}二号`)).map((r) => r.rating)).toEqual([5]);
  });
});
