import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, creditCodeCheckChar, idNumberCheckChar, REVIEW_CHECKS } from '@cqss/domain';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { RESULTS_DIR, stackUnderTest } from './support/env';
import { exportRows } from './support/export';
import { sql } from './support/server';

// The Sichuan company's new cross-region project in Chongqing, filed with 重庆市公安局 — its
// own records, so the other browser tests' filings (the Chengdu mall) are left as they are.
const PROJECT = '重庆来福士广场春节秩序维护项目';
const UNIT = '重庆来福士广场';

/** A signed-in API session of a demo account, for setting up records a test builds on. */
async function apiSession(username: string) {
  const base = stackUnderTest().baseUrl;
  let cookie = '';
  const request = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (set.length) cookie = set.join('; ');
    const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${username}: ${body.errors[0]!.message}`);
    return body.data;
  };
  await request(`mutation($input: LoginInput!) { login(input: $input) { id } }`, {
    input: { username, password: DEMO_PASSWORD },
  });
  return request;
}

/** sc.admin's draft contract at a Chongqing unit, with a post and one rostered guard. */
async function prepareChongqingContract(): Promise<string> {
  const api = await apiSession('sc.admin');
  const today = new Date().toISOString().slice(0, 10);
  const code17 = `91500103${String(Date.now() % 1e9).padStart(9, '0')}`;
  const unit = (
    await api(
      `mutation($input: CustomerUnitInput!) { createCustomerUnit(input: $input) { id address divisionCode } }`,
      {
        input: {
          name: UNIT,
          creditCode: code17 + creditCodeCheckChar(code17),
          address: '重庆市渝中区接圣街8号',
          divisionCode: '500103',
          contactName: '陈经理',
          contactPhone: '023-63000001',
          isKeyUnit: false,
        },
      },
    )
  ).createCustomerUnit;
  const request = (
    await api(
      `mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { id } }`,
      {
        input: {
          customerUnitId: unit.id,
          services: ['GATE_DUTY'],
          serviceAddress: unit.address,
          serviceDivisionCode: unit.divisionCode,
          startsOn: addDays(today, 30),
          endsOn: addDays(today, 90),
          headcount: 1,
          description: '春节期间商场出入口秩序维护。',
        },
      },
    )
  ).submitServiceRequest.id;
  await api(
    `mutation($input: ReviewServiceRequestInput!) { reviewServiceRequest(input: $input) { id } }`,
    {
      input: {
        id: request,
        decision: 'ACCEPT',
        answers: REVIEW_CHECKS.map(({ check }) => ({ check, passed: true })),
      },
    },
  );
  const contractId = (
    await api(`mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`, {
      input: {
        serviceRequestId: request,
        project: PROJECT,
        content: '商场出入口秩序维护、巡逻',
        customerRightsObligations: '甲方按期支付服务费，提供必要的工作条件。',
        companyRightsObligations: '乙方派驻持证保安员，依法提供服务。',
        fee: '60000',
        startsOn: addDays(today, 30),
        endsOn: addDays(today, 90),
        projectLeaderName: '王强',
        projectLeaderPhone: '13800003333',
      },
    })
  ).createContract.id;
  const postId = (
    await api(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, {
      input: { contractId, name: '来福士北门岗' },
    })
  ).createPost.id;
  const id17 = `51010419900101${String(100 + (Date.now() % 800))}`;
  const guardId = (
    await api(`mutation($input: CreateGuardInput!) { createGuard(input: $input) { id } }`, {
      input: {
        name: '罗军',
        idNumber: id17 + idNumberCheckChar(id17),
        certificateNo: '川保证2023000123',
        certificateStatus: 'VALID',
        phone: '13800004444',
        hiredOn: '2023-03-01',
      },
    })
  ).createGuard.id;
  const start = new Date(Date.now() + (30 * 24 + 10) * 3600_000);
  await api(`mutation($input: CreateShiftInput!) { createShift(input: $input) { id } }`, {
    input: {
      postId,
      guardId,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 8 * 3600_000).toISOString(),
    },
  });
  return (
    await api(`mutation($id: ID!) { prepareFiling(contractId: $id) { id } }`, { id: contractId })
  ).prepareFiling.id;
}

/** A one-page PDF as a scanner writes it (enough for the server's sniffer and Chromium's viewer). */
function scanPdf(): Buffer {
  const text = 'BT /F1 20 Tf 72 760 Td (Security Service Licence - scan) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Decodes the QR code in a screenshot of an element. */
async function decodeQr(page: Page, testId: string): Promise<string | null> {
  const png = PNG.sync.read(await page.getByTestId(testId).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** Waits until an image of the page has loaded (a QR code served by the server). */
const imageLoaded = (page: Page, testId: string) =>
  expect
    .poll(() =>
      page
        .getByTestId(testId)
        .evaluate(
          (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
        ),
    )
    .toBe(true);

/** A screenshot as the page prints: print media on a viewport as wide as A4 at 96 dpi. */
const printShot = async (page: Page, name: string) => {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, name);
  await page.emulateMedia({ media: 'screen' });
  if (viewport) await page.setViewportSize(viewport);
};

describe('papers: scans, print views and the filing receipt', () => {
  let browser: Browser;
  let adminContext: BrowserContext;
  let officerContext: BrowserContext;
  let publicContext: BrowserContext;
  let admin: Page;
  let filingId: string;
  const files = path.join(RESULTS_DIR, 'papers-files');

  beforeAll(async () => {
    browser = await launchBrowser();
    filingId = await prepareChongqingContract();
    mkdirSync(files, { recursive: true });
    writeFileSync(path.join(files, '许可证扫描2026.pdf'), scanPdf());
    writeFileSync(path.join(files, 'notes.txt'), 'not a scan');
  });
  afterAll(async () => {
    await adminContext?.close();
    await officerContext?.close();
    await publicContext?.close();
    await browser?.close();
  });

  it('uploads a licence scan, refuses a text file in words, files, and the officer opens the scan', async () => {
    adminContext = await newContext(browser);
    admin = await adminContext.newPage();
    await signIn(admin, 'admin', 'sc.admin');
    await admin.waitForURL(/\/admin\/?$/);
    await admin.goto(`/admin/filings/${filingId}`);
    const papers = admin.getByTestId('filing-papers');
    await papers.getByTestId('document-SECURITY_LICENSE_SCAN').waitFor();

    // A text file is refused by its bytes, in the user's language, and nothing is stored.
    await papers
      .getByTestId('upload-input-SECURITY_LICENSE_SCAN')
      .setInputFiles(path.join(files, 'notes.txt'));
    const refusal = papers.getByTestId('upload-error');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('只接受 PDF, JPEG, PNG 文件');
    await papers.scrollIntoViewIfNeeded();
    await screenshot(admin, 'papers-01-upload-refused');

    // A real scan replaces the seeded one in what would be filed.
    await papers
      .getByTestId('upload-input-SECURITY_LICENSE_SCAN')
      .setInputFiles(path.join(files, '许可证扫描2026.pdf'));
    await papers.getByText('许可证扫描2026.pdf').waitFor();
    await expect(refusal.count()).resolves.toBe(0);
    await screenshot(admin, 'papers-02-scan-uploaded');

    await admin.getByTestId('submit-filing').click();
    await admin.getByRole('button', { name: '确认提交' }).click();
    await admin.getByText('已报送重庆市公安局，等待受理。').waitFor();
    await papers.getByText(/第 1 次报送时冻结的文件/).waitFor();

    // 重庆市公安局's officer sees the frozen scans in the review and opens one.
    officerContext = await newContext(browser);
    const officer = await officerContext.newPage();
    await signIn(officer, 'police', 'cq.police');
    await officer.getByText('您好，赵警官').waitFor();
    await officer.goto(`/police/filings/${filingId}`);
    const filed = officer.getByTestId('filed-documents');
    await filed.getByTestId('document-SECURITY_LICENSE_SCAN').waitFor();
    await expect(filed.getByTestId('documents').locator('li').count()).resolves.toBe(2);
    await filed.scrollIntoViewIfNeeded();
    await screenshot(officer, 'papers-03-officer-review-documents');
    const link = filed.getByTestId('document-SECURITY_LICENSE_SCAN').getByTestId('document-open');
    const href = await link.getAttribute('href');
    const opened = await officer.request.get(href!);
    expect(opened.status()).toBe(200);
    expect(opened.headers()['content-type']).toBe('application/pdf');
    expect(opened.headers()['x-content-type-options']).toBe('nosniff');
    expect((await opened.body()).equals(scanPdf())).toBe(true);
    const [tab] = await Promise.all([officerContext.waitForEvent('page'), link.click()]);
    await expect.poll(() => tab.url()).toContain(href!);
    await tab.close();

    // The Chengdu officer cannot open it.
    const chengdu = await newContext(browser);
    const other = await chengdu.newPage();
    await signIn(other, 'police', 'cd.police');
    await other.getByText('您好，孙警官').waitFor();
    expect((await other.request.get(href!)).status()).toBe(404);
    await chengdu.close();
  });

  it('issues a receipt whose QR code opens the public page without a session, until revoked', async () => {
    const card = admin.getByTestId('filing-receipt');
    await card.getByTestId('issue-receipt').click();
    await card.getByTestId('receipt-qr').waitFor();
    await imageLoaded(admin, 'receipt-qr');
    await screenshot(admin, 'papers-04-receipt-issued');

    // The print view of the receipt, as paper: its QR code decodes to the public page.
    await card.getByTestId('print-receipt').click();
    await admin.getByTestId('print-receipt-qr').waitFor();
    await imageLoaded(admin, 'print-receipt-qr');
    await printShot(admin, 'papers-05-print-receipt');
    const url = await decodeQr(admin, 'print-receipt-qr');
    expect(url).toMatch(new RegExp(`^${stackUnderTest().baseUrl}/r/[A-Za-z0-9_-]{43}$`));

    publicContext = await browser.newContext({ locale: 'zh-CN' });
    const visitor = await publicContext.newPage();
    await visitor.goto(url!);
    await expect(visitor.getByTestId('receipt-state').getAttribute('data-state')).resolves.toBe(
      'valid',
    );
    const text = (await visitor.locator('main').textContent()) ?? '';
    expect(text).toContain('四川蜀安中外合资保安服务有限公司');
    expect(text).toContain('重庆市渝中区');
    expect(text).toContain('已报送，待审核');
    expect(text).not.toContain(PROJECT);
    expect(text).not.toContain('罗军');
    await screenshot(visitor, 'papers-06-public-receipt');
    await visitor.getByRole('link', { name: 'English' }).click();
    await visitor.getByText('Submitted, awaiting review').waitFor();
    await screenshot(visitor, 'papers-07-public-receipt-en');

    // Revoked: the same address says so and shows nothing else.
    await admin.goBack();
    await admin.getByTestId('revoke-receipt').click();
    await admin.getByRole('button', { name: '确定' }).click();
    await admin.getByTestId('receipt-revoked').waitFor();
    await visitor.goto(url!);
    await expect(visitor.getByTestId('receipt-state').getAttribute('data-state')).resolves.toBe(
      'revoked',
    );
    const revoked = (await visitor.locator('main').textContent()) ?? '';
    expect(revoked).not.toContain('四川蜀安');
    expect(revoked).not.toContain('重庆市渝中区');
    await screenshot(visitor, 'papers-08-public-receipt-revoked');
  });

  it('prints the filing form, the contract, the report and the handover book on A4', async () => {
    await admin.goto(`/admin/print/filings/${filingId}/dossier`);
    await admin.getByTestId('print-attachments').waitFor();
    await expect(admin.getByTestId('print-guards').textContent()).resolves.toContain('罗军');
    await expect(admin.getByTestId('print-attachments').textContent()).resolves.toContain(
      '保安服务许可证扫描件',
    );
    await screenshot(admin, 'papers-09-dossier-screen');
    await printShot(admin, 'papers-10-dossier-print');
    // On paper the toolbar is gone: the sheet is all there is.
    await admin.emulateMedia({ media: 'print' });
    await expect(admin.getByTestId('print-now').isVisible()).resolves.toBe(false);
    await admin.emulateMedia({ media: 'screen' });

    // The contract from its page's print button.
    await admin.goto('/admin/contracts');
    await admin.getByText(PROJECT).first().click();
    await admin.getByTestId('print').click();
    await admin.getByText('保安服务合同').first().waitFor();
    await expect(admin.getByTestId('print-sheet').textContent()).resolves.toContain(UNIT);
    await printShot(admin, 'papers-11-contract-print');

    // In English, the same form in the user's language.
    await admin.evaluate("localStorage.setItem('cqss.locale', 'en')");
    await admin.reload();
    await admin.getByText('Security service contract').first().waitFor();
    await printShot(admin, 'papers-12-contract-print-en');
    await admin.evaluate("localStorage.setItem('cqss.locale', 'zh-CN')");
  });

  it("prints cq.admin's illegal-request report and a post's handover book", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'admin', 'cq.admin');
    await page.waitForURL(/\/admin\/?$/);
    await page.goto('/admin/reports');
    await page.getByTestId('report').first().getByTestId('print').click();
    await page.getByText('违法保安服务请求报告').first().waitFor();
    await expect(page.getByTestId('print-sheet').textContent()).resolves.toContain('重庆市公安局');
    await printShot(page, 'papers-13-report-print');

    await page.goto('/admin/posts');
    await page.getByText('医院东门岗').first().click();
    await page.getByTestId('print').click();
    await page.getByTestId('print-book').waitFor();
    await printShot(page, 'papers-14-handover-book-print');
    await context.close();
  });

  it('exports the handover book with its filter, a row for each record the list shows', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'admin', 'cq.admin');
    await page.waitForURL(/\/admin\/?$/);
    await page.goto('/admin/handovers');
    const book = page.getByTestId('handover-book');
    await book.locator('tbody tr').first().waitFor();
    const count = async (state?: string) =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM handover h JOIN company c ON c.id = h.company_id
            WHERE c.name = '重庆保安服务有限公司' AND ($1::text IS NULL OR h.state::text = $1)`,
          [state ?? null],
        )
      )[0]!.n;
    const all = await exportRows(page);
    expect(all.name).toMatch(/\.xlsx$/);
    expect(all.header.slice(0, 6)).toEqual([
      '交班时间',
      '客户单位',
      '岗位',
      '交班人',
      '接班人',
      '状态',
    ]);
    expect(all.rows).toHaveLength(await count());
    expect(all.rows.length).toBeGreaterThan(0);

    // The state filter goes with the file: only the released records.
    await page.getByTestId('book-state').click();
    await page.locator('.el-select-dropdown__item', { hasText: '交接完成' }).click();
    await expect
      .poll(async () =>
        (await book.getByTestId('book-state-tag').allTextContents()).every(
          (s) => s.trim() === '交接完成',
        ),
      )
      .toBe(true);
    await screenshot(page, 'papers-15-handover-book-export');
    const released = await exportRows(page);
    expect(released.rows).toHaveLength(await count('RELEASED'));
    expect(released.rows.length).toBeGreaterThan(0);
    expect(released.rows.every((r) => r[5] === '已离岗')).toBe(true);
    const [entry] = await sql<{ detail: Record<string, unknown> }>(
      `SELECT detail FROM audit_entry WHERE action = 'export.download' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(entry!.detail).toMatchObject({ list: 'handovers', filters: { state: 'RELEASED' } });
    await context.close();
  });
});
