import { creditCodeCheckChar, idNumberCheckChar, REVIEW_CHECKS } from '@cqss/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signIn } from './support/browser';
import { sql } from './support/server';

// The defects a new user met on their first day (issue 10), each as that user meets it.

/** GraphQL from inside the signed-in page (its cookie), for setting up what the test is not about. */
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

/** A context that starts in English (the language switch remembers its choice the same way). */
async function englishContext(browser: Browser): Promise<BrowserContext> {
  const context = await newContext(browser);
  await context.addInitScript("localStorage.setItem('cqss.locale', 'en')");
  return context;
}

let browser: Browser;
let serial = 0;
const contexts: BrowserContext[] = [];
async function open(lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page> {
  const context = lang === 'en' ? await englishContext(browser) : await newContext(browser);
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

describe('defect 3: a foreign-invested company and a key unit', () => {
  it('says so when the request is recorded and reviewed, and cannot accept it', async () => {
    const page = await open();
    await signIn(page, 'admin', 'sc.admin');
    await page.getByText('您好，陈静').waitFor();
    const first17 = '91510104MA6K00077';
    await gql(page, CREATE_UNIT, {
      input: {
        name: '成都市机要档案馆',
        creditCode: first17 + creditCodeCheckChar(first17),
        address: '四川省成都市锦江区档案路7号',
        divisionCode: '510104',
        contactName: '林处长',
        contactPhone: '028-86000007',
        isKeyUnit: true,
        keyUnitAuthority: '成都市人民政府',
      },
    });

    await page.goto('/admin/requests/new');
    await page.getByTestId('request-unit').click();
    await page.getByTestId('request-unit').locator('input').fill('机要档案馆');
    await page.getByRole('option', { name: /成都市机要档案馆/ }).click();
    const conflict = page.getByTestId('request-key-unit-conflict');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain('第二十二条');
    await page.getByTestId('request-services').getByText('门卫', { exact: true }).click();
    await page.getByPlaceholder('开始日期').fill('2027-01-01');
    await page.getByPlaceholder('结束日期').fill('2027-06-30');
    await page.getByPlaceholder('结束日期').press('Enter');
    await page.getByTestId('request-description').fill('档案馆大门门卫值守。');
    await screenshot(page, 'first-day-3-request-key-unit-conflict');
    await page.getByTestId('request-submit').click();
    await page.waitForURL(/\/admin\/requests\/[0-9a-f-]{36}$/);

    await page.getByTestId('request-key-unit-conflict').waitFor();
    await page.getByTestId('request-review').click();
    const dialog = page.getByTestId('review-dialog');
    await dialog.getByTestId('review-key-unit-conflict').waitFor();
    // Accepting is not offered; the decision starts at refuse.
    await expect(dialog.getByTestId('review-accept').locator('input').isDisabled()).resolves.toBe(
      true,
    );
    await screenshot(page, 'first-day-3-review-key-unit-conflict');
  });
});

describe('defect 7: the review checks of a refusal, and the police acknowledgement', () => {
  it('refuses to save a refusal with the checks unanswered', async () => {
    const page = await open();
    await signIn(page, 'admin', 'cq.admin');
    await page.getByText('您好，王建国').waitFor();
    const unit = await unitNamed(page, '长江国家数据中心');
    const { submitServiceRequest: request } = await gql(page, SUBMIT_REQUEST, {
      input: {
        customerUnitId: unit.id,
        services: ['GATE_DUTY'],
        serviceAddress: unit.address,
        serviceDivisionCode: unit.divisionCode,
        startsOn: '2027-03-01',
        endsOn: '2027-08-31',
        headcount: 2,
        description: '请保安员到欠款客户公司门口值守，协助催收机房租金。',
      },
    });
    await page.goto(`/admin/requests/${request.id}`);
    await page.getByTestId('request-review').click();
    const dialog = page.getByTestId('review-dialog');
    await dialog.getByTestId('review-illegal').waitFor();
    await dialog.getByTestId('review-note').fill('客户要求协助催收欠款，违反条例第三十条。');
    await dialog.getByTestId('review-save').click();
    const stopped = dialog.getByTestId('form-stopped');
    await stopped.waitFor();
    await expect(stopped.textContent()).resolves.toContain('5 项审查事项未作答');
    await screenshot(page, 'first-day-7-refusal-unanswered');
    for (const yes of await dialog.getByTestId('review-yes').all()) await yes.click();
    await dialog
      .getByTestId('review-check-PERSONS_ACTIVITIES_LAWFUL')
      .getByTestId('review-no')
      .click();
    await dialog.getByTestId('review-save').click();
    await page.getByTestId('request-refused-banner').waitFor();
    await expect(page.getByTestId('request-report-organ').textContent()).resolves.toContain(
      '重庆市公安局',
    );
  });

  it('shows the company, live, that the police acknowledged its report', async () => {
    const admin = await open();
    await signIn(admin, 'admin', 'cq.admin');
    await admin.getByText('您好，王建国').waitFor();
    await admin.goto('/admin/reports');
    // The newest report: the one the test before filed.
    const report = admin.getByTestId('report').first();
    await report.getByText('协助催收机房租金').waitFor();
    await report.getByTestId('report-unacknowledged').waitFor();

    const officer = await open();
    await signIn(officer, 'police', 'cq.police');
    await officer.getByText('您好，赵警官').waitFor();
    await officer.goto('/police/reports');
    await officer
      .getByTestId('report-list')
      .locator('tr', { hasText: '长江国家数据中心' })
      .first()
      .click();
    await officer.waitForURL(/\/police\/reports\/[0-9a-f-]{36}$/);
    await officer.getByText('协助催收机房租金').first().waitFor();
    await officer.getByTestId('ack-note').fill('已收悉，转辖区派出所核查。');
    await officer.getByTestId('acknowledge-report').click();
    await officer.getByTestId('report-acknowledged').waitFor();

    // No reload on the company's side: the acknowledgement arrives on its own.
    await report.getByTestId('report-acknowledged').waitFor({ timeout: 10_000 });
    await expect(report.getByTestId('report-acknowledged').textContent()).resolves.toContain(
      '赵警官',
    );
    await expect(
      report.getByTestId('report-acknowledgement-note').textContent(),
    ).resolves.toContain('转辖区派出所核查');
    await screenshot(admin, 'first-day-7-report-acknowledged-live');
  });
});

describe('defect 2: a cross-region contract takes effect once its filing is submitted', () => {
  it('goes from the contract to its filing and back to 生效; a return while in service shows the days left', async () => {
    const admin = await open();
    await signIn(admin, 'admin', 'cq.admin');
    await admin.getByText('您好，王建国').waitFor();
    const { contractId } = await crossRegionContract(admin, '蓉城首日');

    await admin.goto(`/admin/contracts/${contractId}`);
    const required = admin.getByTestId('contract-filing-required');
    await required.waitFor();
    await expect(required.textContent()).resolves.not.toContain('即将上线');
    await expect(required.textContent()).resolves.toContain('提交后合同即可生效');
    await expect(admin.getByTestId('contract-activate').isDisabled()).resolves.toBe(true);
    await screenshot(admin, 'first-day-2-contract-filing-required');
    await required.getByTestId('contract-open-filing').click();
    await admin.waitForURL(/\/admin\/filings\/[0-9a-f-]{36}$/);
    await admin.getByTestId('dossier-complete').waitFor();
    await admin.getByTestId('submit-filing').click();
    await admin.getByRole('button', { name: '确认提交' }).click();

    // Submitted, not yet accepted: the filing page offers the way to 生效.
    const may = admin.getByTestId('filing-may-activate');
    await may.waitFor();
    await screenshot(admin, 'first-day-2-filing-submitted-may-activate');
    await may.getByTestId('filing-open-contract').click();
    await admin.waitForURL(`**/admin/contracts/${contractId}`);
    await admin.getByTestId('contract-activate').click();
    await admin.getByTestId('contract-status').getByText('生效').waitFor();

    // The Chengdu officer returns it while the contract is in service.
    const officer = await open();
    await signIn(officer, 'police', 'cd.police');
    await officer.getByText('您好，孙警官').waitFor();
    const { filing } = await gql(admin, `query($id: ID!) { contract(id: $id) { filing { id } } }`, {
      id: contractId,
    }).then((d) => d.contract);
    await gql(officer, CLAIM_FILING, { id: filing.id });
    await gql(officer, RETURN_FILING, {
      input: {
        id: filing.id,
        items: [{ key: 'project-leader', status: 'REJECTED', reason: '负责人电话空号，请更正' }],
      },
    });

    await admin.reload();
    const returned = admin.getByTestId('contract-filing-returned');
    await returned.waitFor();
    await expect(returned.textContent()).resolves.toContain('还剩 15 天');
    await screenshot(admin, 'first-day-2-contract-returned-in-service');
    await admin.goto('/admin/');
    const due = admin
      .getByTestId('filings-todo')
      .locator('li', { hasText: '蓉城首日项目' })
      .getByTestId('filing-resubmit-due');
    await expect(due.textContent()).resolves.toContain('还剩 15 天');
    await screenshot(admin, 'first-day-2-home-returned-in-service');

    const en = await open('en');
    await signIn(en, 'admin', 'cq.admin');
    await en.getByText('Hello, 王建国').waitFor();
    await en
      .getByTestId('filings-todo')
      .locator('li', { hasText: '蓉城首日项目' })
      .getByText('15 day(s) left')
      .waitFor();
    await screenshot(en, 'first-day-2-home-returned-in-service-en');
    await en.goto(`/admin/contracts/${contractId}`);
    await en.getByTestId('contract-filing-returned').getByText('15 day(s) left').waitFor();
    await screenshot(en, 'first-day-2-contract-returned-in-service-en');
  });
});

describe('defect 4: the police review keeps a typed note', () => {
  it('does not mark an item with an unsaved note fine when the officer presses 其余各项无误', async () => {
    const admin = await open();
    await signIn(admin, 'admin', 'cq.admin');
    await admin.getByText('您好，王建国').waitFor();
    const { filingId } = await crossRegionContract(admin, '锦城意见');
    await gql(admin, SUBMIT_FILING, { id: filingId });

    const officer = await open();
    await signIn(officer, 'police', 'cd.police');
    await officer.getByText('您好，孙警官').waitFor();
    await officer.goto(`/police/filings/${filingId}`);
    await officer.getByTestId('claim-filing').click();
    await officer.getByTestId('reject-project-leader').click();
    await officer.getByTestId('reason-project-leader').fill('负责人电话空号，请更正');
    // Not saved: the officer goes straight to "the rest is fine".
    await officer.getByTestId('accept-rest').click();
    await officer.locator('.unsaved-notes').waitFor();
    await expect(officer.getByTestId('reason-project-leader').inputValue()).resolves.toBe(
      '负责人电话空号，请更正',
    );
    await expect(officer.getByTestId('review-progress').textContent()).resolves.toMatch(
      /已审查 \d+\/(\d+) 项/,
    );
    const [, done, total] = /已审查 (\d+)\/(\d+)/.exec(
      (await officer.getByTestId('review-progress').textContent()) ?? '',
    )!;
    expect(Number(done)).toBe(Number(total) - 1);
    await screenshot(officer, 'first-day-4-unsaved-note-kept');
    await officer.getByTestId('save-reason-project-leader').click();
    await officer.getByTestId('review-progress').getByText('1 项需补正').waitFor();
    await expect(officer.getByTestId('return-filing').isDisabled()).resolves.toBe(false);
  });
});

describe('defect 1: every edit form of the console saves', () => {
  it('creates a customer unit in its form and edits it', async () => {
    const page = await open();
    await signIn(page, 'admin', 'cq.admin');
    await page.getByText('您好，王建国').waitFor();
    await page.goto('/admin/customer-units');
    await page.getByTestId('unit-table').getByText('长江国家数据中心').waitFor();
    await page.getByTestId('unit-create').click();
    const dialog = page.getByTestId('unit-dialog');
    const first17 = '91500103MA5U00077';
    await dialog.getByTestId('unit-name').fill('重庆首日测试大厦');
    await dialog.getByTestId('unit-credit-code').fill(first17 + creditCodeCheckChar(first17));
    await dialog.locator('.el-cascader').click();
    await page.getByRole('menuitem', { name: '重庆市' }).click();
    await page.getByRole('menuitem', { name: '渝中区' }).click();
    await dialog.getByTestId('unit-address').fill('重庆市渝中区首日路1号');
    await dialog.getByTestId('unit-contact-name').fill('周敏');
    await dialog.getByTestId('unit-contact-phone').fill('023-63000077');
    await dialog.getByTestId('unit-save').click();
    const row = page.getByTestId('unit-table').locator('tr', { hasText: '重庆首日测试大厦' });
    await row.waitFor();

    // Edit it: the form sends back only what the input type has.
    await row.getByTestId('unit-edit').click();
    await dialog.getByTestId('unit-contact-phone').fill('023-63000078');
    await dialog.getByTestId('unit-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('023-63000078').waitFor();
    await screenshot(page, 'first-day-1-unit-edited');
  });

  it('edits a seeded customer unit, a guard and a post', async () => {
    const page = await open();
    await signIn(page, 'admin', 'cq.admin');
    await page.getByText('您好，王建国').waitFor();
    await page.goto('/admin/customer-units');
    const unit = page.getByTestId('unit-table').locator('tr', { hasText: '长江国家数据中心' });
    await unit.getByTestId('unit-edit').click();
    const dialog = page.getByTestId('unit-dialog');
    await dialog.getByTestId('unit-contact-name').fill('钱主任');
    await dialog.getByTestId('unit-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await unit.getByText('钱主任').waitFor();

    await page.goto('/admin/guards');
    await page.getByTestId('guard-edit-张伟').click();
    await page.getByTestId('guard-phone').fill('13900001111');
    await page.getByTestId('guard-save').click();
    await page.getByTestId('guards-table').getByText('13900001111').waitFor();

    await crossRegionContract(page, '首日编辑');
    await page.goto('/admin/posts');
    await page.getByTestId('post-edit-首日编辑岗').click();
    await page.getByTestId('post-name').fill('首日编辑岗（东）');
    await page.getByTestId('post-save').click();
    await page.getByText('首日编辑岗（东）').first().waitFor();
    await expect(page.getByTestId('form-stopped').count()).resolves.toBe(0);
  });
});

describe('defect 6: the audit log in words', () => {
  it.each(['zh-CN', 'en'] as const)(
    'names every act and target, filters by every category and shows details readably (%s)',
    async (lang) => {
      const page = await open(lang);
      await signIn(page, 'admin', 'cq.admin');
      await page.waitForURL(/\/admin\/$/);
      await page.goto('/admin/audit');
      const table = page.getByTestId('audit-table');
      await table.locator('tbody tr').first().waitFor();
      // Usernames look like codes (cq.sunlei) but are data: an account's entry names its login.
      const usernames = await sql<{ username: string }>(`SELECT username FROM app_user`);
      const text = usernames.reduce(
        (rest, { username }) => rest.replaceAll(username, ''),
        (await table.textContent()) ?? '',
      );
      // No raw code (handover.release) and no untranslated key (audit.targets.Handover).
      expect(text).not.toMatch(/\b[a-z_]+\.[a-z_]+\b/);
      expect(text).not.toContain('audit.');

      // Details in words: labelled lines, no JSON and no ids.
      await table.getByTestId('audit-detail-open').first().click();
      const detail = page.locator('.el-popover:visible').first();
      await detail.waitFor();
      const shown = (await detail.textContent()) ?? '';
      expect(shown).not.toContain('{');
      expect(shown).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
      await screenshot(page, `first-day-6-audit-detail-${lang}`);

      await page.getByTestId('audit-category').click();
      await page.locator('.el-select-dropdown__item:visible').first().waitFor();
      const options = await page.locator('.el-select-dropdown__item:visible').allTextContents();
      const want =
        lang === 'en'
          ? ['Handovers', 'Inquiries', 'Cross-region filings', 'Low-rating alerts']
          : ['交接班', '咨询登记', '跨区域备案', '低分提醒'];
      for (const w of want) expect(options.map((o) => o.trim())).toContain(w);
      await page.locator('.el-select-dropdown__item:visible', { hasText: want[0] }).click();
      await screenshot(page, `first-day-6-audit-handovers-${lang}`);
    },
  );
});

describe('defect 9: unknown addresses and refusals', () => {
  it.each([
    ['admin', 'cq.admin', '/admin/no-such-page'],
    ['police', 'cq.police', '/police/no-such-page'],
  ] as const)('says the %s page does not exist instead of going home', async (app, user, path) => {
    const page = await open();
    await signIn(page, app, user);
    await page.waitForURL(new RegExp(`/${app}/$`));
    await page.goto(path);
    await page.getByTestId('not-found').waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
    await screenshot(page, `first-day-9-not-found-${app}`);
    await page.getByTestId('not-found-home').click();
    await page.waitForURL(new RegExp(`/${app}/$`));
  });

  it('offers no 重试 for a record the user may not see', async () => {
    const page = await open();
    await signIn(page, 'admin', 'sc.admin');
    await page.getByText('您好，陈静').waitFor();
    const [row] = await sql<{ id: string }>(
      `SELECT c.id FROM contract c JOIN company co ON co.id = c.company_id
        WHERE co.name = '重庆保安服务有限公司' LIMIT 1`,
    );
    await page.goto(`/admin/contracts/${row!.id}`);
    const error = page.getByTestId('query-error');
    await error.waitFor();
    await expect(error.getByText('重试').count()).resolves.toBe(0);
    await error.getByTestId('query-error-home').waitFor();
    await screenshot(page, 'first-day-9-record-refused');

    // A guard who follows a link to the audit log is refused (FORBIDDEN), not asked to retry.
    const guard = await open();
    await signIn(guard, 'admin', 'cq.guard1');
    await guard.waitForURL(/\/admin\/$/);
    await guard.goto('/admin/audit');
    const refused = guard.getByTestId('query-error');
    await refused.waitFor();
    await expect(refused.getAttribute('data-code')).resolves.toBe('FORBIDDEN');
    await expect(refused.getByText('重试').count()).resolves.toBe(0);
    await screenshot(guard, 'first-day-9-forbidden');
  });
});

/** A customer unit of the signed-in company by name, made if missing. */
async function unitNamed(page: Page, name: string, divisionCode = '510104') {
  const found = await gql(
    page,
    `query($s: String) { customerUnits(search: $s) { nodes { id name address divisionCode } } }`,
    { s: name },
  );
  const unit = found.customerUnits.nodes.find((u: { name: string }) => u.name === name);
  if (unit) return unit as { id: string; address: string; divisionCode: string };
  const first17 = `91510104MA6K${String(Date.now() % 1e5).padStart(5, '0')}`;
  const created = await gql(page, CREATE_UNIT, {
    input: {
      name,
      creditCode: first17 + creditCodeCheckChar(first17),
      address: `${name}一号`,
      divisionCode,
      contactName: '联系人',
      contactPhone: '028-63000001',
      isKeyUnit: false,
    },
  });
  return created.createCustomerUnit as { id: string; address: string; divisionCode: string };
}

/** A draft cross-region contract (Chengdu, for the Chongqing company) with a guard rostered and its filing prepared. */
async function crossRegionContract(page: Page, tag: string) {
  const unit = await unitNamed(page, `${tag}商场`);
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const { submitServiceRequest: request } = await gql(page, SUBMIT_REQUEST, {
    input: {
      customerUnitId: unit.id,
      services: ['GATE_DUTY'],
      serviceAddress: unit.address,
      serviceDivisionCode: unit.divisionCode,
      startsOn: day(30),
      endsOn: day(330),
      headcount: 1,
      description: '商场出入口门卫值守。',
    },
  });
  await gql(page, REVIEW_REQUEST, {
    input: {
      id: request.id,
      decision: 'ACCEPT',
      answers: REVIEW_CHECKS.map(({ check }) => ({ check, passed: true })),
    },
  });
  const { createContract: contract } = await gql(page, CREATE_CONTRACT, {
    input: {
      serviceRequestId: request.id,
      project: `${tag}项目`,
      content: '门卫值守',
      customerRightsObligations: '甲方按期付款',
      companyRightsObligations: '乙方依法提供服务',
      fee: '100000',
      startsOn: day(30),
      endsOn: day(330),
      projectLeaderName: '杨帆',
      projectLeaderPhone: '13800001002',
    },
  });
  const { createPost: post } = await gql(page, CREATE_POST, {
    input: { contractId: contract.id, name: `${tag}岗`, postOrders: '出入口值守，登记来访。' },
  });
  serial += 1;
  const first17 = `51010419900101${String((serial * 37 + Date.now()) % 1000).padStart(3, '0')}`;
  const { createGuard: guard } = await gql(page, CREATE_GUARD, {
    input: {
      name: `${tag}保安`,
      idNumber: first17 + idNumberCheckChar(first17),
      certificateNo: `川保证T${Date.now() % 1e6}`,
      certificateStatus: 'VALID',
      phone: '13800002222',
      hiredOn: '2024-01-01',
    },
  });
  const start = new Date(Date.now() + (30 * 24 + 10) * 3600_000);
  await gql(page, CREATE_SHIFT, {
    input: {
      postId: post.id,
      guardId: guard.id,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 8 * 3600_000).toISOString(),
    },
  });
  const { prepareFiling: filing } = await gql(page, PREPARE_FILING, { contractId: contract.id });
  return { contractId: contract.id as string, filingId: filing.id as string };
}

const CREATE_UNIT = /* GraphQL */ `
  mutation CreateUnit($input: CustomerUnitInput!) {
    createCustomerUnit(input: $input) {
      id
      address
      divisionCode
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
const REVIEW_REQUEST = /* GraphQL */ `
  mutation ReviewRequest($input: ReviewServiceRequestInput!) {
    reviewServiceRequest(input: $input) {
      id
    }
  }
`;
const CREATE_CONTRACT = /* GraphQL */ `
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
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
const CREATE_GUARD = /* GraphQL */ `
  mutation CreateGuard($input: CreateGuardInput!) {
    createGuard(input: $input) {
      id
    }
  }
`;
const CREATE_SHIFT = /* GraphQL */ `
  mutation CreateShift($input: CreateShiftInput!) {
    createShift(input: $input) {
      id
    }
  }
`;
const PREPARE_FILING = /* GraphQL */ `
  mutation PrepareFiling($contractId: ID!) {
    prepareFiling(contractId: $contractId) {
      id
    }
  }
`;
const CLAIM_FILING = /* GraphQL */ `
  mutation ClaimFiling($id: ID!) {
    claimFiling(id: $id) {
      id
    }
  }
`;
const RETURN_FILING = /* GraphQL */ `
  mutation ReturnFiling($input: ReturnFilingInput!) {
    returnFiling(input: $input) {
      id
      status
    }
  }
`;
const SUBMIT_FILING = /* GraphQL */ `
  mutation SubmitFiling($id: ID!) {
    submitFiling(id: $id) {
      id
      status
    }
  }
`;
