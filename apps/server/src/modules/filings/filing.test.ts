import { addDays, toCalendarDate } from '@cqss/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossRegionFiling, SUBMIT_FILING } from '../../../test/filings';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { problemList, problemsOf } from '../../../test/problems';

let t: TestServer;
let cqAdmin: GqlClient;
let scAdmin: GqlClient;
let cqSupervisor: GqlClient;
let cdPolice: GqlClient;
let cqPolice: GqlClient;
let mall: { id: string; startsOn: string; customerUnitId: string };
let filingId: string;
let businessLicenseNo: string;

const today = () => toCalendarDate(new Date());
const rows = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
const guardId = async (name: string) =>
  (await rows(`SELECT id FROM guard WHERE name = $1`, [name]))[0].id as string;
const historyOf = async (client: GqlClient, id: string) =>
  (await client.request(HISTORY, { id })).data!.filing.history.map(
    (h: { action: string }) => h.action,
  );

beforeAll(async () => {
  t = await startTestServer();
  [cqAdmin, scAdmin, cqSupervisor, cdPolice, cqPolice] = await Promise.all([
    t.login('cq.admin'),
    t.login('sc.admin'),
    t.login('cq.supervisor'),
    t.login('cd.police'),
    t.login('cq.police'),
  ]);
  const contracts = await cqAdmin.request(
    `query { contracts(crossRegion: true, first: 20) { nodes { id project startsOn customerUnitId } } }`,
  );
  businessLicenseNo = (await cqAdmin.request(`query { companies { businessLicenseNo } }`)).data!
    .companies[0].businessLicenseNo;
  mall = contracts.data!.contracts.nodes.find(
    (c: { project: string }) => c.project === '成都天府国际商城促销季秩序维护项目',
  );
});
afterAll(() => t.close());

// One filing's life, step by step: each test continues where the one before left it.
describe("a Chongqing company's filing for its contract in Chengdu", () => {
  it('is prepared from the live records and addressed to the Chengdu organ', async () => {
    const r = await cqAdmin.request(PREPARE, { contractId: mall.id });
    expect(r.errors).toBeUndefined();
    const filing = r.data!.prepareFiling;
    filingId = filing.id;
    expect(filing).toMatchObject({
      status: 'DRAFT',
      revision: 0,
      submittedAt: null,
      addresseeDivisionCode: '510100',
      policeOrgan: { name: '成都市公安局' },
      project: '成都天府国际商城促销季秩序维护项目',
      customerUnitName: '成都天府国际商城',
      dueOn: addDays(mall.startsOn, -1),
      daysUntilDue: 39,
      current: null,
      dossier: {
        problems: [],
        policeOrgan: { name: '成都市公安局' },
        addresseeDivisionCode: '510100',
      },
    });
    const items = filing.dossier.items as { key: string; kind: string; fields: Field[] }[];
    expect(items.map((i) => i.kind)).toEqual([
      'SECURITY_LICENSE',
      'BUSINESS_LICENSE',
      'SERVICE_CONTRACT',
      'PROJECT_LEADER',
      'GUARD',
      'GUARD',
      'GUARD',
    ]);
    // The roster of the mall's post, by name, ID numbers masked.
    const guards = items.filter((i) => i.kind === 'GUARD').map((i) => fieldsOf(i.fields));
    expect(guards.map((g) => g.name).sort()).toEqual(['张伟', '刘洋', '杨帆'].sort());
    for (const g of guards) expect(g.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(fieldsOf(items[0]!.fields)).toEqual({ securityLicenseNo: '渝公保服20190001号' });
    expect(fieldsOf(items[3]!.fields)).toEqual({ name: '刘洋', phone: '13800001001' });

    // Preparing again finds the same filing; the contract shows it everywhere.
    expect((await cqAdmin.request(PREPARE, { contractId: mall.id })).data!.prepareFiling.id).toBe(
      filingId,
    );
    const contract = (await cqAdmin.request(CONTRACT, { id: mall.id })).data!.contract;
    expect(contract).toMatchObject({
      filing: { id: filingId, status: 'DRAFT' },
      filingDueOn: addDays(mall.startsOn, -1),
      filingDaysLeft: 39,
      filingNeedsAttention: true,
    });
    const due = await cqAdmin.request(NEEDING, {});
    expect(due.data!.contracts.nodes.map((c: { id: string }) => c.id)).toEqual([mall.id]);
    expect(await historyOf(cqAdmin, filingId)).toEqual(['filing.prepare']);
  });

  it('is no filing for a contract at home, another company, or a supervisor', async () => {
    const home = (
      await cqAdmin.request(
        `query { contracts(crossRegion: false, status: ACTIVE, first: 1) { nodes { id } } }`,
      )
    ).data!.contracts.nodes[0].id;
    const r = await cqAdmin.request(PREPARE, { contractId: home });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ contractId: 'NOT_CROSS_REGION' });
    expect(codes(await scAdmin.request(PREPARE, { contractId: mall.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await scAdmin.request(FILING, { id: filingId }))).toEqual(['NOT_FOUND']);
    expect(codes(await cqSupervisor.request(PREPARE, { contractId: mall.id }))).toEqual([
      'FORBIDDEN',
    ]);
    const [{ n }] = await rows(`SELECT count(*)::int AS n FROM filing WHERE contract_id = $1`, [
      home,
    ]);
    expect(n).toBe(0);
  });

  it('is invisible to every officer while a draft, and the contract cannot be activated', async () => {
    expect(codes(await cdPolice.request(FILING, { id: filingId }))).toEqual(['NOT_FOUND']);
    expect(codes(await cdPolice.request(CLAIM, { id: filingId }))).toEqual(['NOT_FOUND']);
    const activate = await cqAdmin.request(ACTIVATE, { id: mall.id });
    expect(codes(activate)).toEqual(['FILING_REQUIRED']);
  });

  it("cannot be submitted while a rostered guard's certificate is invalid, and nothing is written", async () => {
    const zhang = await guardId('张伟');
    await cqAdmin.request(UPDATE_GUARD, { id: zhang, input: { certificateStatus: 'SUSPENDED' } });
    const dossier = (await cqAdmin.request(FILING, { id: filingId })).data!.filing.dossier;
    expect(dossier.problems).toEqual([
      {
        code: 'GUARD_CERTIFICATE_INVALID',
        field: expect.stringMatching(/^guards\.\d\.certificateStatus$/),
        message: "A guard's certificate is not valid",
        itemKey: `guard-${zhang}`,
        params: {
          name: '张伟',
          certificateNo: '渝保证2019000101',
          certificateStatus: 'SUSPENDED',
        },
      },
    ]);
    const r = await cqAdmin.request(SUBMIT_FILING, { id: filingId });
    expect(codes(r)).toEqual(['DOSSIER_INCOMPLETE']);
    expect(r.errors![0]!.extensions).toMatchObject({ count: 1 });
    expect(problemList(r)).toEqual([
      expect.objectContaining({
        code: 'GUARD_CERTIFICATE_INVALID',
        field: expect.stringMatching(/^guards\.\d\.certificateStatus$/),
        params: expect.objectContaining({ name: '张伟' }),
      }),
    ]);
    const after = (await cqAdmin.request(FILING, { id: filingId })).data!.filing;
    expect(after).toMatchObject({ status: 'DRAFT', revision: 0, submissions: [] });
    expect(await historyOf(cqAdmin, filingId)).toEqual(['filing.prepare']);

    await cqAdmin.request(UPDATE_GUARD, { id: zhang, input: { certificateStatus: 'VALID' } });
  });

  it('is submitted to Chengdu: its officer sees it, the Chongqing officer does not', async () => {
    const r = await cqAdmin.request(SUBMIT, { id: filingId });
    expect(r.errors).toBeUndefined();
    expect(r.data!.submitFiling).toMatchObject({
      status: 'SUBMITTED',
      revision: 1,
      submittedAt: expect.any(String),
      current: { number: 1, submittedBy: { username: 'cq.admin' }, decision: null },
    });
    const queue = await cdPolice.request(QUEUE, { statuses: ['SUBMITTED', 'UNDER_REVIEW'] });
    expect(queue.data!.filings.nodes.map((f: { id: string }) => f.id)).toContain(filingId);
    const answer = await cdPolice.request(FILING, { id: filingId });
    expect(answer.errors!.map((e) => [e.path!.join('.'), e.extensions.code])).toEqual([
      ['filing.contract', 'FORBIDDEN'],
      ['filing.dossier', 'FORBIDDEN'],
    ]);
    const seen = answer.data!.filing;
    expect(seen).toMatchObject({
      company: { name: '重庆保安服务有限公司' },
      contract: null,
      dossier: null,
      current: {
        customerUnitName: '成都天府国际商城',
        serviceAddress: '四川省成都市锦江区春熙路99号',
      },
    });
    expect(seen.current.items).toHaveLength(7);
    // No full ID number anywhere in what the officer receives.
    const ids = await rows(`SELECT id_number FROM guard`);
    const text = JSON.stringify(seen);
    expect(ids.filter((g: { id_number: string }) => text.includes(g.id_number))).toEqual([]);

    const cq = await cqPolice.request(QUEUE, {});
    expect(cq.data!.filings.nodes.map((f: { id: string }) => f.id)).not.toContain(filingId);
    expect(codes(await cqPolice.request(FILING, { id: filingId }))).toEqual(['NOT_FOUND']);
    expect(codes(await cqPolice.request(CLAIM, { id: filingId }))).toEqual(['NOT_FOUND']);
    // The Sichuan company's filing in Chongqing is the Chongqing officer's, not Chengdu's.
    const square = cq.data!.filings.nodes.find(
      (f: { company: { name: string } }) => f.company.name === '四川蜀安中外合资保安服务有限公司',
    );
    expect(square).toMatchObject({ status: 'SUBMITTED', policeOrgan: { name: '重庆市公安局' } });
    expect(codes(await cdPolice.request(FILING, { id: square.id }))).toEqual(['NOT_FOUND']);
    // A submitted filing is not submitted again.
    expect(codes(await cqAdmin.request(SUBMIT_FILING, { id: filingId }))).toEqual([
      'ILLEGAL_TRANSITION',
    ]);
  });

  it('keeps its snapshot when the guard and the contract are edited afterwards', async () => {
    const before = (await cqAdmin.request(FILING, { id: filingId })).data!.filing.current.items;
    const liu = await guardId('刘洋');
    await cqAdmin.request(UPDATE_GUARD, {
      id: liu,
      input: { name: '刘洋（改）', certificateNo: '渝保证2026999999' },
    });
    const c = (await cqAdmin.request(CONTRACT, { id: mall.id })).data!.contract;
    const edited = await cqAdmin.request(UPDATE_CONTRACT, {
      id: mall.id,
      input: { ...termsOf(c), project: '改过的项目名' },
    });
    expect(edited.errors).toBeUndefined();

    const after = (await cqAdmin.request(FILING, { id: filingId })).data!.filing;
    expect(after.current.items).toEqual(before);
    expect(after.project).toBe('成都天府国际商城促销季秩序维护项目');
    const officer = (await cdPolice.request(FILING, { id: filingId })).data!.filing;
    expect(officer.current.items).toEqual(before);
    // The live dossier does show the edits: they would go into a resubmission.
    const live = after.dossier.items.map((i: { fields: Field[] }) => fieldsOf(i.fields));
    expect(live.map((f: Record<string, string>) => f.name)).toContain('刘洋（改）');
    expect(live.map((f: Record<string, string>) => f.project)).toContain('改过的项目名');
    // And the database itself refuses to touch what was filed.
    await expect(
      rows(`UPDATE filing_submission SET items = '[]' WHERE filing_id = $1`, [filingId]),
    ).rejects.toThrow(/frozen/);

    await cqAdmin.request(UPDATE_GUARD, {
      id: liu,
      input: { name: '刘洋', certificateNo: '渝保证2019000102' },
    });
    await cqAdmin.request(UPDATE_CONTRACT, { id: mall.id, input: termsOf(c) });
  });

  it("refuses a company user every officer's step (FORBIDDEN), and an officer the company's", async () => {
    for (const [query, variables] of [
      [ACCEPT, { id: filingId }],
      [CLAIM, { id: filingId }],
      [RETURN, { input: { id: filingId, items: [] } }],
      [REVIEW_ITEM, { input: { filingId, key: 'contract', status: 'ACCEPTED' } }],
    ] as const) {
      expect(codes(await cqAdmin.request(query, variables))).toEqual(['FORBIDDEN']);
      expect(codes(await cqSupervisor.request(query, variables))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await cdPolice.request(SUBMIT_FILING, { id: filingId }))).toEqual(['FORBIDDEN']);
    expect(codes(await cdPolice.request(PREPARE, { contractId: mall.id }))).toEqual(['FORBIDDEN']);
    expect((await cqAdmin.request(FILING, { id: filingId })).data!.filing.status).toBe('SUBMITTED');
  });

  it('is claimed, reviewed item by item and returned with a reason on one item', async () => {
    expect(codes(await cdPolice.request(ACCEPT, { id: filingId }))).toEqual(['ILLEGAL_TRANSITION']);
    const claimed = await cdPolice.request(CLAIM, { id: filingId });
    expect(claimed.data!.claimFiling).toMatchObject({
      status: 'UNDER_REVIEW',
      current: { claimedBy: { username: 'cd.police' }, claimedAt: expect.any(String) },
    });
    expect(codes(await cdPolice.request(CLAIM, { id: filingId }))).toEqual(['ILLEGAL_TRANSITION']);

    // Another officer of the organ does not review what a colleague has claimed.
    await rows(
      `INSERT INTO app_user (username, display_name, role, police_organ_id, password_hash)
       SELECT 'cd.police2', '周警官', role, police_organ_id, password_hash FROM app_user WHERE username = 'cd.police'`,
    );
    const colleague = await t.login('cd.police2');
    expect(
      codes(
        await colleague.request(REVIEW_ITEM, {
          input: { filingId, key: 'contract', status: 'ACCEPTED' },
        }),
      ),
    ).toEqual(['CONFLICT']);

    const noReason = await cdPolice.request(REVIEW_ITEM, {
      input: { filingId, key: 'project-leader', status: 'REJECTED', reason: ' ' },
    });
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(noReason)).toEqual({ reason: 'REQUIRED' });
    const unknown = await cdPolice.request(REVIEW_ITEM, {
      input: { filingId, key: 'no-such-item', status: 'ACCEPTED' },
    });
    expect(problemsOf(unknown)).toEqual({ key: 'NOT_IN_SUBMISSION' });
    expect(codes(await cdPolice.request(ACCEPT, { id: filingId }))).toEqual(['REVIEW_INCOMPLETE']);
    expect(codes(await cdPolice.request(RETURN, { input: { id: filingId } }))).toEqual([
      'REVIEW_INCOMPLETE',
    ]);

    const ok = await cdPolice.request(REVIEW_ITEM, {
      input: { filingId, key: 'security-license', status: 'ACCEPTED' },
    });
    expect(ok.errors).toBeUndefined();
    const returned = await cdPolice.request(RETURN, {
      input: {
        id: filingId,
        items: [
          {
            key: 'project-leader',
            status: 'REJECTED',
            reason: '项目负责人联系电话无法接通，请核实',
          },
        ],
      },
    });
    // The company's live contract and dossier are refused to the officer; the rest is answered.
    expect(returned.errors!.map((e) => [e.path!.join('.'), e.extensions.code])).toEqual([
      ['returnFiling.contract', 'FORBIDDEN'],
      ['returnFiling.dossier', 'FORBIDDEN'],
    ]);
    expect(returned.data!.returnFiling).toMatchObject({
      status: 'RETURNED',
      current: { decision: 'RETURNED', decidedBy: { username: 'cd.police' } },
    });

    // The company sees the reason next to the item, and cannot activate meanwhile.
    const mine = (await cqAdmin.request(FILING, { id: filingId })).data!.filing;
    const byKey = Object.fromEntries(
      mine.current.items.map((i: { key: string }) => [i.key, i]),
    ) as Record<string, { status: string; reason: string | null }>;
    expect(byKey['project-leader']).toMatchObject({
      status: 'REJECTED',
      reason: '项目负责人联系电话无法接通，请核实',
    });
    expect(byKey['security-license']).toMatchObject({ status: 'ACCEPTED', reason: null });
    expect(byKey.contract).toMatchObject({ status: 'PENDING' });
    expect(codes(await cqAdmin.request(ACTIVATE, { id: mall.id }))).toEqual(['FILING_REQUIRED']);
    const contract = (await cqAdmin.request(CONTRACT, { id: mall.id })).data!.contract;
    expect(contract.filingNeedsAttention).toBe(true);
    // A decided submission's review is closed, in the database too.
    await expect(
      rows(`UPDATE filing_submission SET reviews = '[]' WHERE filing_id = $1`, [filingId]),
    ).rejects.toThrow(/decided/);
  });

  it('is resubmitted with a new snapshot, accepted, and keeps both snapshots and the whole history', async () => {
    const c = (await cqAdmin.request(CONTRACT, { id: mall.id })).data!.contract;
    await cqAdmin.request(UPDATE_CONTRACT, {
      id: mall.id,
      input: { ...termsOf(c), projectLeaderPhone: '13900002222' },
    });
    const again = await cqAdmin.request(SUBMIT, { id: filingId });
    expect(again.errors).toBeUndefined();
    expect(again.data!.submitFiling).toMatchObject({ status: 'SUBMITTED', revision: 2 });
    const changed = again
      .data!.submitFiling.current.items.filter((i: { changed: boolean }) => i.changed)
      .map((i: { key: string }) => i.key);
    expect(changed).toEqual(['project-leader']);

    await cdPolice.request(CLAIM, { id: filingId });
    const keys = again.data!.submitFiling.current.items.map((i: { key: string }) => i.key);
    for (const key of keys) {
      const r = await cdPolice.request(REVIEW_ITEM, {
        input: { filingId, key, status: 'ACCEPTED' },
      });
      expect(r.errors).toBeUndefined();
    }
    const accepted = await cdPolice.request(ACCEPT, { id: filingId });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptFiling.status).toBe('ACCEPTED');

    const filing = (await cqAdmin.request(FILING, { id: filingId })).data!.filing;
    expect(
      filing.submissions.map((s: { number: number; decision: string }) => [s.number, s.decision]),
    ).toEqual([
      [2, 'ACCEPTED'],
      [1, 'RETURNED'],
    ]);
    const [second, first] = filing.submissions;
    const phone = (s: { items: { key: string; fields: Field[] }[] }) =>
      fieldsOf(s.items.find((i) => i.key === 'project-leader')!.fields).phone;
    expect([phone(first), phone(second)]).toEqual(['13800001001', '13900002222']);
    expect(first.items.find((i: { key: string }) => i.key === 'project-leader').reason).toBe(
      '项目负责人联系电话无法接通，请核实',
    );
    const history = await historyOf(cdPolice, filingId);
    expect(history.filter((a: string) => a !== 'filing.review_item')).toEqual([
      'filing.prepare',
      'filing.submit',
      'filing.claim',
      'filing.return',
      'filing.resubmit',
      'filing.claim',
      'filing.accept',
    ]);
    // One verdict before the return (the return's own are in filing.return), then every item.
    expect(history.filter((a: string) => a === 'filing.review_item')).toHaveLength(1 + keys.length);
    // Both sides find the steps in their audit log.
    const entries = async (client: GqlClient) =>
      (await client.request(AUDIT, { targetId: filingId })).data!.auditEntries.nodes.length;
    expect(await entries(cqAdmin)).toBe(history.length);
    expect(await entries(cdPolice)).toBeGreaterThanOrEqual(history.length - 1);

    // Filed: the contract may be activated, and no longer needs the company's attention.
    expect(codes(await cqAdmin.request(ACTIVATE, { id: mall.id }))).toEqual([]);
    expect((await cqAdmin.request(NEEDING, {})).data!.contracts.nodes).toEqual([]);
  });
});

describe('an addressee the platform does not know', () => {
  it('is shown on the draft and refuses the submission with FILING_ORGAN_UNKNOWN', async () => {
    const { filingId: id } = await crossRegionFiling(cqAdmin, '昆明', {
      unit: '昆明测试商场',
      division: '530102',
    });
    const kunming = (await cqAdmin.request(FILING, { id })).data!.filing;
    expect(kunming).toMatchObject({ policeOrgan: null, addresseeDivisionCode: '530100' });
    expect(kunming.dossier).toMatchObject({
      policeOrgan: null,
      addresseeDivisionCode: '530100',
      addresseeDivisionName: expect.stringContaining('昆明'),
    });
    const submitted = await cqAdmin.request(SUBMIT_FILING, { id });
    expect(codes(submitted)).toEqual(['FILING_ORGAN_UNKNOWN']);
    expect(submitted.errors![0]!.extensions).toMatchObject({ cityCode: '530100' });
  });
});

describe('the queue', () => {
  it('filters by status, company and date, sorts by waiting time and pages by cursor', async () => {
    const made = [];
    for (const tag of ['排队甲', '排队乙', '排队丙']) {
      const f = await crossRegionFiling(cqAdmin, tag);
      const r = await cqAdmin.request(SUBMIT_FILING, { id: f.filingId });
      expect(r.errors).toBeUndefined();
      made.push(f.filingId);
    }
    const waiting = await cdPolice.request(QUEUE, { statuses: ['SUBMITTED'] });
    const ids = waiting.data!.filings.nodes.map((f: { id: string }) => f.id);
    expect(ids).toEqual(made); // longest waiting first
    const newest = await cdPolice.request(QUEUE, { statuses: ['SUBMITTED'], sort: 'NEWEST' });
    expect(newest.data!.filings.nodes.map((f: { id: string }) => f.id)).toEqual(
      [...made].reverse(),
    );

    const first = await cdPolice.request(QUEUE, { statuses: ['SUBMITTED'], first: 2 });
    expect(first.data!.filings.pageInfo.hasNextPage).toBe(true);
    const next = await cdPolice.request(QUEUE, {
      statuses: ['SUBMITTED'],
      first: 2,
      after: first.data!.filings.pageInfo.endCursor,
    });
    expect(
      [...first.data!.filings.nodes, ...next.data!.filings.nodes].map((f: { id: string }) => f.id),
    ).toEqual(made);

    const cq = (await cqAdmin.request(`query { companies { id } }`)).data!.companies[0].id;
    const byCompany = await cdPolice.request(QUEUE, { companyId: cq, first: 50 });
    expect(byCompany.data!.filings.nodes.length).toBe(4);
    const todayOnly = await cdPolice.request(QUEUE, {
      submittedFrom: today(),
      submittedTo: today(),
    });
    expect(todayOnly.data!.filings.nodes.length).toBe(4);
    const tomorrow = await cdPolice.request(QUEUE, { submittedFrom: addDays(today(), 1) });
    expect(tomorrow.data!.filings.nodes).toEqual([]);
    const bad = await cdPolice.request(QUEUE, { submittedFrom: '2026-13-45x' });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    // The right shape, but no such day: refused as a date, not a failure of the query.
    const noSuchDay = await cdPolice.request(QUEUE, { submittedTo: '2026-13-45' });
    expect(codes(noSuchDay)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(noSuchDay)).toEqual({ submittedTo: 'DATE_INVALID' });

    // The company view: the companies an officer deals with, and nothing of others.
    const companies = (await cdPolice.request(COMPANIES)).data!.filingCompanies;
    expect(companies.map((c: { name: string }) => c.name)).toEqual(['重庆保安服务有限公司']);
    expect((await cdPolice.request(COMPANY, { id: cq })).data!.filingCompany.name).toBe(
      '重庆保安服务有限公司',
    );
    const sc = (await scAdmin.request(`query { companies { id } }`)).data!.companies[0].id;
    expect(codes(await cdPolice.request(COMPANY, { id: sc }))).toEqual(['NOT_FOUND']);
    expect(
      (await cqPolice.request(COMPANIES)).data!.filingCompanies.map(
        (c: { name: string }) => c.name,
      ),
    ).toEqual(['四川蜀安中外合资保安服务有限公司', '重庆保安服务有限公司']);
    expect(codes(await cqAdmin.request(COMPANIES))).toEqual(['FORBIDDEN']);
  });

  it('costs the same number of SQL statements whatever the page size', async () => {
    const q = (first: number) => () => cdPolice.request(QUEUE_FULL, { first });
    await q(1)();
    const one = await t.countStatements(q(1));
    const many = await t.countStatements(q(20));
    expect((await q(20)()).data!.filings.nodes.length).toBeGreaterThan(3);
    expect(many).toBe(one);

    const contracts = (first: number) => () => cqAdmin.request(CONTRACTS_WITH_FILING, { first });
    await contracts(1)();
    expect(await t.countStatements(contracts(20))).toBe(await t.countStatements(contracts(1)));

    const reports = (first: number) => () => cqPolice.request(REPORTS, { first });
    await reports(1)();
    expect(await t.countStatements(reports(20))).toBe(await t.countStatements(reports(1)));
  });
});

describe('illegal-request reports', () => {
  it('are acknowledged once by an officer of the addressed organ, audited, and shown to the company', async () => {
    const list = await cqPolice.request(REPORTS, { first: 10, acknowledged: false });
    const report = list.data!.illegalRequestReports.nodes[0];
    expect(report).toMatchObject({
      acknowledgedAt: null,
      company: { name: '重庆保安服务有限公司' },
    });
    expect(codes(await cdPolice.request(ACK, { input: { id: report.id } }))).toEqual(['NOT_FOUND']);
    expect(codes(await cqAdmin.request(ACK, { input: { id: report.id } }))).toEqual(['FORBIDDEN']);

    const r = await cqPolice.request(ACK, { input: { id: report.id, note: '已转辖区派出所核查' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.acknowledgeReport).toMatchObject({
      acknowledgedAt: expect.any(String),
      acknowledgedBy: { username: 'cq.police' },
      acknowledgementNote: '已转辖区派出所核查',
    });
    expect(codes(await cqPolice.request(ACK, { input: { id: report.id } }))).toEqual([
      'ILLEGAL_TRANSITION',
    ]);
    const company = await cqAdmin.request(REPORTS, { first: 10, acknowledged: true });
    expect(company.data!.illegalRequestReports.nodes.map((n: { id: string }) => n.id)).toEqual([
      report.id,
    ]);
    const [entry] = await rows(
      `SELECT action, company_id IS NOT NULL AS company, police_organ_id IS NOT NULL AS organ
         FROM audit_entry WHERE target_id = $1 AND action = 'illegal_request_report.acknowledge'`,
      [report.id],
    );
    expect(entry).toEqual({
      action: 'illegal_request_report.acknowledge',
      company: true,
      organ: true,
    });
  });
});

describe('company licences', () => {
  it('are set by the admin, checked, audited, and an expired one blocks a submission', async () => {
    const bad = await cqAdmin.request(LICENSES, {
      input: {
        securityLicenseNo: ' ',
        businessLicenseNo:
          businessLicenseNo.slice(0, 17) + (businessLicenseNo.endsWith('0') ? '1' : '0'),
        licenseExpiresOn: null,
      },
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(bad)).toEqual({
      businessLicenseNo: 'CREDIT_CODE_INVALID',
      securityLicenseNo: 'REQUIRED',
    });
    expect(codes(await cqSupervisor.request(LICENSES, { input: licenses() }))).toEqual([
      'FORBIDDEN',
    ]);

    const expired = await cqAdmin.request(LICENSES, {
      input: { ...licenses(), licenseExpiresOn: addDays(today(), -1) },
    });
    expect(expired.data!.updateCompanyLicenses.licenseExpiresOn).toBe(addDays(today(), -1));
    const f = await crossRegionFiling(cqAdmin, '过期');
    const r = await cqAdmin.request(SUBMIT_FILING, { id: f.filingId });
    expect(codes(r)).toEqual(['DOSSIER_INCOMPLETE']);
    expect(problemList(r).map((p) => p.code)).toEqual(['LICENSE_EXPIRED']);
    await cqAdmin.request(LICENSES, { input: { ...licenses(), licenseExpiresOn: '2030-12-31' } });
    expect((await cqAdmin.request(SUBMIT_FILING, { id: f.filingId })).errors).toBeUndefined();
    const [{ n }] = await rows(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'company.licenses'`,
    );
    expect(n).toBe(2);
  });
});

type Field = { name: string; value: string | null };
const fieldsOf = (fields: Field[]) => Object.fromEntries(fields.map((f) => [f.name, f.value]));
const termsOf = (c: Record<string, string>) => ({
  project: c.project,
  content: c.content,
  customerRightsObligations: c.customerRightsObligations,
  companyRightsObligations: c.companyRightsObligations,
  fee: c.fee,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  projectLeaderName: c.projectLeaderName,
  projectLeaderPhone: c.projectLeaderPhone,
});
const licenses = () => ({
  securityLicenseNo: '渝公保服20190001号',
  businessLicenseNo,
  licenseExpiresOn: null as string | null,
});

describe('a filing returned while its contract is active', () => {
  it('puts the contract back in need of attention, with the day to resubmit by and the days left', async () => {
    const { contractId, filingId: id } = await crossRegionFiling(cqAdmin, '退回在服');
    expect((await cqAdmin.request(SUBMIT_FILING, { id })).errors).toBeUndefined();
    // Filed, not yet accepted: submission is what the rule asks, so the contract takes effect.
    expect(codes(await cqAdmin.request(ACTIVATE, { id: contractId }))).toEqual([]);
    const before = (await cqAdmin.request(RESUBMIT_DUE, { id: contractId })).data!.contract;
    expect(before).toMatchObject({
      status: 'ACTIVE',
      filingNeedsAttention: false,
      filingResubmitBy: null,
      filingResubmitDaysLeft: null,
    });

    await cdPolice.request(CLAIM, { id });
    const returned = await cdPolice.request(RETURN, {
      input: {
        id,
        items: [{ key: 'project-leader', status: 'REJECTED', reason: '负责人电话空号，请更正' }],
      },
    });
    expect(returned.data!.returnFiling.status).toBe('RETURNED');

    const after = (await cqAdmin.request(RESUBMIT_DUE, { id: contractId })).data!.contract;
    expect(after).toMatchObject({
      status: 'ACTIVE',
      filingNeedsAttention: true,
      filingResubmitBy: addDays(today(), 15),
      filingResubmitDaysLeft: 15,
      filing: { status: 'RETURNED' },
    });
    const needing = (await cqAdmin.request(NEEDING, {})).data!.contracts.nodes;
    expect(needing.map((n: { id: string }) => n.id)).toContain(contractId);
    // Resubmitted, it is off the list again.
    expect((await cqAdmin.request(SUBMIT_FILING, { id })).errors).toBeUndefined();
    const resubmitted = (await cqAdmin.request(RESUBMIT_DUE, { id: contractId })).data!.contract;
    expect(resubmitted).toMatchObject({
      filingNeedsAttention: false,
      filingResubmitDaysLeft: null,
    });
  });
});

const ITEM = /* GraphQL */ `
  fragment ItemFields on FilingItem {
    key
    kind
    status
    reason
    changed
    fields {
      name
      value
    }
  }
`;
const FILING_FIELDS = /* GraphQL */ `
  ${ITEM}
  fragment FilingFields on Filing {
    id
    status
    revision
    submittedAt
    addresseeDivisionCode
    project
    customerUnitName
    dueOn
    daysUntilDue
    policeOrgan {
      name
    }
    company {
      name
    }
    contract {
      id
    }
    current {
      number
      customerUnitName
      serviceAddress
      decision
      claimedAt
      submittedBy {
        username
      }
      claimedBy {
        username
      }
      decidedBy {
        username
      }
      items {
        ...ItemFields
      }
    }
    submissions {
      number
      decision
      items {
        ...ItemFields
      }
    }
    dossier {
      addresseeDivisionCode
      addresseeDivisionName
      policeOrgan {
        name
      }
      problems {
        code
        field
        message
        itemKey
        params
      }
      items {
        ...ItemFields
      }
    }
  }
`;
const PREPARE = /* GraphQL */ `
  ${FILING_FIELDS}
  mutation Prepare($contractId: ID!) {
    prepareFiling(contractId: $contractId) {
      ...FilingFields
    }
  }
`;
const SUBMIT = /* GraphQL */ `
  ${FILING_FIELDS}
  mutation Submit($id: ID!) {
    submitFiling(id: $id) {
      ...FilingFields
    }
  }
`;
const FILING = /* GraphQL */ `
  ${FILING_FIELDS}
  query Filing($id: ID!) {
    filing(id: $id) {
      ...FilingFields
    }
  }
`;
const HISTORY = /* GraphQL */ `
  query History($id: ID!) {
    filing(id: $id) {
      history {
        action
        actorLabel
      }
    }
  }
`;
const CLAIM = /* GraphQL */ `
  ${FILING_FIELDS}
  mutation Claim($id: ID!) {
    claimFiling(id: $id) {
      ...FilingFields
    }
  }
`;
const REVIEW_ITEM = /* GraphQL */ `
  mutation Review($input: ReviewFilingItemInput!) {
    reviewFilingItem(input: $input) {
      id
      status
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($id: ID!) {
    acceptFiling(id: $id) {
      id
      status
    }
  }
`;
const RETURN = /* GraphQL */ `
  ${FILING_FIELDS}
  mutation Return($input: ReturnFilingInput!) {
    returnFiling(input: $input) {
      ...FilingFields
    }
  }
`;
const QUEUE = /* GraphQL */ `
  query Queue(
    $statuses: [FilingStatus!]
    $companyId: ID
    $submittedFrom: String
    $submittedTo: String
    $sort: FilingSort
    $first: Int
    $after: String
  ) {
    filings(
      statuses: $statuses
      companyId: $companyId
      submittedFrom: $submittedFrom
      submittedTo: $submittedTo
      sort: $sort
      first: $first
      after: $after
    ) {
      nodes {
        id
        status
        company {
          name
        }
        policeOrgan {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const QUEUE_FULL = /* GraphQL */ `
  query QueueFull($first: Int!) {
    filings(first: $first) {
      nodes {
        id
        status
        submittedAt
        project
        customerUnitName
        dueOn
        daysUntilDue
        company {
          name
        }
        policeOrgan {
          name
        }
        current {
          number
          claimedBy {
            displayName
          }
          submittedBy {
            displayName
          }
        }
      }
    }
  }
`;
const CONTRACT_FIELDS = /* GraphQL */ `
  fragment ContractFilingFields on Contract {
    id
    project
    content
    customerRightsObligations
    companyRightsObligations
    fee
    startsOn
    endsOn
    projectLeaderName
    projectLeaderPhone
    filingDueOn
    filingDaysLeft
    filingNeedsAttention
    filing {
      id
      status
    }
  }
`;
const CONTRACT = /* GraphQL */ `
  ${CONTRACT_FIELDS}
  query Contract($id: ID!) {
    contract(id: $id) {
      ...ContractFilingFields
    }
  }
`;
const CONTRACTS_WITH_FILING = /* GraphQL */ `
  ${CONTRACT_FIELDS}
  query Contracts($first: Int!) {
    contracts(first: $first) {
      nodes {
        ...ContractFilingFields
      }
    }
  }
`;
const RESUBMIT_DUE = /* GraphQL */ `
  query ResubmitDue($id: ID!) {
    contract(id: $id) {
      id
      status
      filingNeedsAttention
      filingResubmitBy
      filingResubmitDaysLeft
      filing {
        id
        status
      }
    }
  }
`;
const NEEDING = /* GraphQL */ `
  query Needing {
    contracts(filingNeedsAttention: true, first: 50) {
      nodes {
        id
      }
    }
  }
`;
const ACTIVATE = /* GraphQL */ `
  mutation Activate($id: ID!) {
    activateContract(id: $id) {
      id
      status
    }
  }
`;
const UPDATE_CONTRACT = /* GraphQL */ `
  mutation UpdateContract($id: ID!, $input: ContractTermsInput!) {
    updateContract(id: $id, input: $input) {
      id
    }
  }
`;
const UPDATE_GUARD = /* GraphQL */ `
  mutation UpdateGuard($id: ID!, $input: UpdateGuardInput!) {
    updateGuard(id: $id, input: $input) {
      id
    }
  }
`;
const COMPANIES = /* GraphQL */ `
  query {
    filingCompanies {
      id
      name
    }
  }
`;
const COMPANY = /* GraphQL */ `
  query Company($id: ID!) {
    filingCompany(id: $id) {
      id
      name
      securityLicenseNo
    }
  }
`;
const REPORTS = /* GraphQL */ `
  query Reports($first: Int!, $acknowledged: Boolean, $companyId: ID) {
    illegalRequestReports(first: $first, acknowledged: $acknowledged, companyId: $companyId) {
      nodes {
        id
        acknowledgedAt
        customerUnitName
        company {
          name
        }
        policeOrgan {
          name
        }
        acknowledgedBy {
          username
        }
      }
    }
  }
`;
const ACK = /* GraphQL */ `
  mutation Ack($input: AcknowledgeReportInput!) {
    acknowledgeReport(input: $input) {
      id
      acknowledgedAt
      acknowledgementNote
      acknowledgedBy {
        username
      }
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query Audit($targetId: ID) {
    auditEntries(targetId: $targetId, first: 100) {
      nodes {
        action
      }
    }
  }
`;
const LICENSES = /* GraphQL */ `
  mutation Licenses($input: CompanyLicensesInput!) {
    updateCompanyLicenses(input: $input) {
      id
      licenseExpiresOn
    }
  }
`;
