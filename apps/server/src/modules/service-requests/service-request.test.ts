import { creditCodeCheckChar, READER_MODEL, REVIEW_CHECKS, screenRequest } from '@cqss/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { problemsOf } from '../../../test/problems';

let t: TestServer;
let cqAdmin: GqlClient;
let scAdmin: GqlClient;
let units: Record<string, { id: string; address: string; divisionCode: string }>;

const DEBT = '请派两名保安到欠款客户公司门口守着，协助催收欠款。';
const allYes = () => REVIEW_CHECKS.map(({ check }) => ({ check, passed: true, note: '已核验' }));
/** A refusal's answers: the persons' activities (debt collection by guards) are not lawful. */
const illegalAnswers = () =>
  allYes().map((a) =>
    a.check === 'PERSONS_ACTIVITIES_LAWFUL' ? { ...a, passed: false, note: '催收欠款' } : a,
  );

const request = (unitName: string, over: Record<string, unknown> = {}) => {
  const u = units[unitName]!;
  return {
    customerUnitId: u.id,
    services: ['GATE_DUTY', 'PATROL'],
    serviceAddress: u.address,
    serviceDivisionCode: u.divisionCode,
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    headcount: 4,
    description: '出入口门卫值守及夜间巡逻。',
    ...over,
  };
};
async function submit(client: GqlClient, input: Record<string, unknown>) {
  const r = await client.request(SUBMIT, { input });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.submitServiceRequest;
}
const rows = async (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);

beforeAll(async () => {
  t = await startTestServer();
  [cqAdmin, scAdmin] = await Promise.all([t.login('cq.admin'), t.login('sc.admin')]);
  const list = await cqAdmin.request(
    `{ customerUnits(first: 50) { nodes { id name address divisionCode } } }`,
  );
  units = Object.fromEntries(
    list.data!.customerUnits.nodes.map(
      (u: { name: string; id: string; address: string; divisionCode: string }) => [u.name, u],
    ),
  );
});
afterAll(() => t.close());

describe('submitting and screening', () => {
  it('screens a clean request CLEAR and audits the screen decision in the same transaction', async () => {
    const r = await submit(cqAdmin, request('重庆市渝中区人民医院'));
    expect(r).toMatchObject({
      status: 'PENDING_REVIEW',
      screen: { result: 'CLEAR', matches: [] },
      submittedBy: { username: 'cq.admin' },
      customerUnit: { name: '重庆市渝中区人民医院' },
    });
    const audit = await cqAdmin.request(AUDIT, { targetId: r.id });
    expect(audit.data!.auditEntries.nodes).toMatchObject([
      { action: 'service_request.screen', detail: { result: 'CLEAR', rules: [] } },
    ]);
  });

  it('flags a request to collect a debt, with the phrase, where it is, and the legal basis — as the domain screen does', async () => {
    const r = await submit(cqAdmin, request('重庆市渝中区人民医院', { description: DEBT }));
    expect(r.screen.result).toBe('FLAGGED');
    expect(r.screen.matches).toEqual(
      screenRequest({ services: ['GATE_DUTY', 'PATROL'], description: DEBT }, READER_MODEL).matches,
    );
    const [m] = r.screen.matches;
    expect(m).toMatchObject({
      ruleId: 'DEBT_OR_FORCE',
      text: '催收',
      basis: '《保安服务管理条例》第三十条第四项',
      source: 'text',
    });
    expect(DEBT.slice(m.start, m.end)).toBe('催收');
    const audit = await cqAdmin.request(AUDIT, { targetId: r.id });
    expect(audit.data!.auditEntries.nodes[0].detail).toMatchObject({
      result: 'FLAGGED',
      rules: ['DEBT_OR_FORCE'],
      phrases: ['催收'],
    });
  });

  it('flags a forbidden service from the checklist, in English text too', async () => {
    const r = await submit(
      cqAdmin,
      request('长江国家数据中心', {
        services: ['GATE_DUTY', 'BODY_SEARCH'],
        description: 'Please frisk every visitor.',
      }),
    );
    expect(
      r.screen.matches.map((m: { source: string; ruleId: string }) => [m.source, m.ruleId]),
    ).toEqual([
      ['service', 'SEARCH_PERSONS'],
      ['text', 'SEARCH_PERSONS'],
    ]);
  });

  it('lets a duty supervisor record requests but not a guard', async () => {
    const supervisor = await t.login('cq.supervisor');
    expect(
      (await supervisor.request(SUBMIT, { input: request('长江国家数据中心') })).errors,
    ).toBeUndefined();
    const guard = await t.login('cq.guard1');
    expect(codes(await guard.request(SUBMIT, { input: request('长江国家数据中心') }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('refuses bad input with field messages, and writes nothing', async () => {
    const [{ n: before }] = await rows(`SELECT count(*)::int AS n FROM service_request`);
    const empty = await cqAdmin.request(SUBMIT, {
      input: request('长江国家数据中心', { services: [], headcount: 0 }),
    });
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(empty)).toEqual({ headcount: 'TOO_SMALL', services: 'TOO_FEW' });
    const backwards = await cqAdmin.request(SUBMIT, {
      input: request('长江国家数据中心', { startsOn: '2027-02-01', endsOn: '2027-01-31' }),
    });
    expect(problemsOf(backwards)).toEqual({ endsOn: 'ENDS_BEFORE_START' });
    const nowhere = await cqAdmin.request(SUBMIT, {
      input: request('长江国家数据中心', { serviceDivisionCode: '123456' }),
    });
    expect(problemsOf(nowhere)).toEqual({ serviceDivisionCode: 'DIVISION_UNKNOWN' });
    const [{ n: after }] = await rows(`SELECT count(*)::int AS n FROM service_request`);
    expect(after).toBe(before);
  });

  it("answers NOT_FOUND for another company's customer unit", async () => {
    const r = await scAdmin.request(SUBMIT, { input: request('重庆市渝中区人民医院') });
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });
});

describe('the second reader', () => {
  // Written blind for the legality corpus; the rules alone miss it.
  const BACK_ALLEY =
    '网吧老板：有那种在店里骂网管的小崽儿，你们的人拉到后巷扇两耳屎就老实了，不消客气。';
  // A lawful request the rules alone flag (催 & 欠物业费), said as a prohibition.
  const NO_DUNNING =
    '物业交代：欠物业费的业主，保安不准拦车、不准不让进门，跟保安没得关系，催费的事找客服。';

  it('flags on submission what only the reader sees, pointing at the clause, and audits it', async () => {
    expect(screenRequest({ services: [], description: BACK_ALLEY }).result).toBe('CLEAR');
    const r = await submit(cqAdmin, request('重庆市渝中区人民医院', { description: BACK_ALLEY }));
    expect(r.screen.result).toBe('FLAGGED');
    expect(r.screen.matches).toMatchObject([
      {
        ruleId: 'INSULT_OR_BEAT',
        text: '你们的人拉到后巷扇两耳屎就老实了',
        basis: '《保安服务管理条例》第三十条第一项',
        source: 'text',
      },
    ]);
    const [m] = r.screen.matches;
    expect(BACK_ALLEY.slice(m.start, m.end)).toBe(m.text);
    const audit = await cqAdmin.request(AUDIT, { targetId: r.id });
    expect(audit.data!.auditEntries.nodes[0].detail).toMatchObject({
      result: 'FLAGGED',
      rules: ['INSULT_OR_BEAT'],
    });
  });

  it('clears on submission a prohibition the rules alone would flag', async () => {
    expect(screenRequest({ services: [], description: NO_DUNNING }).result).toBe('FLAGGED');
    const r = await submit(cqAdmin, request('重庆市渝中区人民医院', { description: NO_DUNNING }));
    expect(r.screen).toEqual({ result: 'CLEAR', matches: [] });
  });

  it('answers the live screen of a request being written exactly as submitting would store it', async () => {
    const description = `  ${BACK_ALLEY}`;
    const live = await cqAdmin.request(LIVE, { input: { services: ['BODY_SEARCH'], description } });
    expect(live.errors).toBeUndefined();
    const screen = live.data!.legalityScreen;
    expect(screen.result).toBe('FLAGGED');
    expect(screen.matches.map((m: { ruleId: string }) => m.ruleId)).toEqual([
      'SEARCH_PERSONS',
      'INSULT_OR_BEAT',
    ]);
    // Offsets into the description as sent, leading spaces and all.
    const text = screen.matches[1];
    expect(description.slice(text.start, text.end)).toBe(text.text);
    const stored = await submit(
      cqAdmin,
      request('重庆市渝中区人民医院', { services: ['BODY_SEARCH'], description: BACK_ALLEY }),
    );
    expect(stored.screen.matches.map((m: { text: string | null }) => m.text)).toEqual(
      screen.matches.map((m: { text: string | null }) => m.text),
    );
  });

  it('gives the live screen to those who record requests only, and refuses a text over 2,000 characters', async () => {
    const supervisor = await t.login('cq.supervisor');
    const input = { services: [], description: NO_DUNNING };
    expect((await supervisor.request(LIVE, { input })).errors).toBeUndefined();
    const guard = await t.login('cq.guard1');
    expect(codes(await guard.request(LIVE, { input }))).toEqual(['FORBIDDEN']);
    const long = await cqAdmin.request(LIVE, {
      input: { services: [], description: '巡'.repeat(2001) },
    });
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(problemsOf(long))).toEqual(['description']);
  });
});

describe('the Art. 25 review', () => {
  it('accepts a clean request when every check is answered yes, and audits it', async () => {
    const r = await submit(cqAdmin, request('长江国家数据中心'));
    const reviewed = await cqAdmin.request(REVIEW, {
      input: { id: r.id, decision: 'ACCEPT', answers: allYes() },
    });
    expect(reviewed.data!.reviewServiceRequest).toMatchObject({
      status: 'ACCEPTED',
      reviewedBy: { username: 'cq.admin' },
      reviewAnswers: REVIEW_CHECKS.map(({ check }) => ({ check, passed: true, note: '已核验' })),
      report: null,
    });
    const audit = await cqAdmin.request(AUDIT, { targetId: r.id });
    expect(audit.data!.auditEntries.nodes.map((e: { action: string }) => e.action)).toEqual([
      'service_request.accept',
      'service_request.screen',
    ]);
  });

  it('refuses to accept while a check is answered no or unanswered, and changes nothing', async () => {
    const r = await submit(cqAdmin, request('长江国家数据中心'));
    const answers = allYes().map((a, i) =>
      i === 1 ? { ...a, passed: false } : i === 3 ? { ...a, passed: null } : a,
    );
    const refused = await cqAdmin.request(REVIEW, {
      input: { id: r.id, decision: 'ACCEPT', answers },
    });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'REVIEW_INCOMPLETE',
      failed: 'PROPERTY_LAWFUL',
      missing: 'APPROVALS_PRESENT',
    });
    const [row] = await rows(`SELECT status, reviewed_at FROM service_request WHERE id = $1`, [
      r.id,
    ]);
    expect(row).toEqual({ status: 'PENDING_REVIEW', reviewed_at: null });
    const audit = await cqAdmin.request(AUDIT, { targetId: r.id });
    expect(audit.data!.auditEntries.nodes).toHaveLength(1);
  });

  it('accepts a flagged request only with a note saying why', async () => {
    const r = await submit(cqAdmin, request('长江国家数据中心', { description: DEBT }));
    const bare = await cqAdmin.request(REVIEW, {
      input: { id: r.id, decision: 'ACCEPT', answers: allYes() },
    });
    expect(codes(bare)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(bare)).toEqual({ note: 'FLAGGED_NEEDS_NOTE' });
    const noted = await cqAdmin.request(REVIEW, {
      input: {
        id: r.id,
        decision: 'ACCEPT',
        answers: allYes(),
        note: '客户确认仅需门卫，删除催收内容',
      },
    });
    expect(noted.data!.reviewServiceRequest.status).toBe('ACCEPTED');
  });

  it('needs a reason to refuse', async () => {
    const r = await submit(cqAdmin, request('长江国家数据中心'));
    const bare = await cqAdmin.request(REVIEW, {
      input: { id: r.id, decision: 'REFUSE', answers: illegalAnswers() },
    });
    expect(problemsOf(bare)).toEqual({ note: 'REQUIRED' });
  });

  it('refuses a refusal while a check is unanswered (REVIEW_INCOMPLETE), and writes no report', async () => {
    const r = await submit(cqAdmin, request('重庆市渝中区人民医院', { description: DEBT }));
    const [{ n: before }] = await rows(`SELECT count(*)::int AS n FROM illegal_request_report`);
    const answers = illegalAnswers().map((a, i) => (i === 0 ? { ...a, passed: null } : a));
    for (const given of [[], answers]) {
      const refused = await cqAdmin.request(REVIEW, {
        input: { id: r.id, decision: 'REFUSE', answers: given, note: '违法', illegal: true },
      });
      expect(refused.errors![0]!.extensions).toMatchObject({
        code: 'REVIEW_INCOMPLETE',
        missing: given.length
          ? 'UNIT_LAWFULLY_ESTABLISHED'
          : REVIEW_CHECKS.map((c) => c.check).join(','),
      });
    }
    const [row] = await rows(`SELECT status FROM service_request WHERE id = $1`, [r.id]);
    expect(row.status).toBe('PENDING_REVIEW');
    const [{ n: after }] = await rows(`SELECT count(*)::int AS n FROM illegal_request_report`);
    expect(after).toBe(before);
  });

  it('refuses a flagged request as illegal and reports it to the organ of the service location', async () => {
    // A Chongqing company's customer in Chengdu: the report goes to Chengdu's organ.
    const r = await submit(cqAdmin, request('成都天府国际商城', { description: DEBT }));
    const reviewed = await cqAdmin.request(REVIEW, {
      input: {
        id: r.id,
        decision: 'REFUSE',
        answers: illegalAnswers(),
        note: '要求催收欠款，违法',
        illegal: true,
      },
    });
    const refused = reviewed.data!.reviewServiceRequest;
    expect(refused).toMatchObject({
      status: 'REFUSED',
      refusedAsIllegal: true,
      report: {
        policeOrgan: { name: '成都市公安局' },
        customerUnitName: '成都天府国际商城',
        description: DEBT,
        reason: '要求催收欠款，违法',
        serviceDivisionName: '四川省成都市锦江区',
        screen: { result: 'FLAGGED' },
      },
    });
    const audit = await cqAdmin.request(AUDIT, {});
    const actions = audit
      .data!.auditEntries.nodes.slice(0, 2)
      .map((e: { action: string; targetId: string }) => [e.action, e.targetId]);
    // Both are written in the review's transaction, so they share its timestamp.
    expect(actions).toEqual(
      expect.arrayContaining([
        ['illegal_request_report.create', refused.report.id],
        ['service_request.refuse', r.id],
      ]),
    );

    const reports = await cqAdmin.request(REPORTS);
    expect(reports.data!.illegalRequestReports.nodes[0]).toMatchObject({
      id: refused.report.id,
      policeOrgan: { name: '成都市公安局' },
      reportedBy: { username: 'cq.admin' },
    });
    // The addressed organ's officers see it; Chongqing's do not.
    const cdOfficer = await t.login('cd.police');
    expect(
      (await cdOfficer.request(REPORT, { id: refused.report.id })).data!.illegalRequestReport.id,
    ).toBe(refused.report.id);
    const cqOfficer = await t.login('cq.police');
    expect(codes(await cqOfficer.request(REPORT, { id: refused.report.id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      (await cqOfficer.request(REPORTS)).data!.illegalRequestReports.nodes.map(
        (n: { id: string }) => n.id,
      ),
    ).not.toContain(refused.report.id);
  });

  it('addresses a Chongqing location to the municipal organ', async () => {
    const r = await submit(cqAdmin, request('长江国家数据中心', { description: DEBT }));
    const reviewed = await cqAdmin.request(REVIEW, {
      input: {
        id: r.id,
        decision: 'REFUSE',
        answers: illegalAnswers(),
        note: '违法请求',
        illegal: true,
      },
    });
    expect(reviewed.data!.reviewServiceRequest.report.policeOrgan.name).toBe('重庆市公安局');
  });

  it('still files the report, with no organ, where the platform knows none', async () => {
    const first17 = '91440305MA5G00000';
    const created = await cqAdmin.request(CREATE_UNIT, {
      input: {
        name: '深圳南山科技园',
        creditCode: first17 + creditCodeCheckChar(first17),
        address: '广东省深圳市南山区科技园',
        divisionCode: '440305',
        contactName: '冯经理',
        contactPhone: '0755-26000000',
        isKeyUnit: false,
      },
    });
    const unitId = created.data!.createCustomerUnit.id;
    units['深圳南山科技园'] = {
      id: unitId,
      address: '广东省深圳市南山区科技园',
      divisionCode: '440305',
    };
    const r = await submit(cqAdmin, request('深圳南山科技园', { description: DEBT }));
    const reviewed = await cqAdmin.request(REVIEW, {
      input: {
        id: r.id,
        decision: 'REFUSE',
        answers: illegalAnswers(),
        note: '违法请求',
        illegal: true,
      },
    });
    expect(reviewed.data!.reviewServiceRequest.report).toMatchObject({
      policeOrgan: null,
      serviceDivisionCode: '440305',
    });
  });

  it('refuses the joint venture accepting a request for a key unit (FOREIGN_INVESTED_KEY_UNIT), and changes nothing', async () => {
    const first17 = '91510104MA6K00001';
    const fields = {
      name: '成都市国家安全档案中心',
      creditCode: first17 + creditCodeCheckChar(first17),
      address: '四川省成都市锦江区档案路2号',
      divisionCode: '510104',
      contactName: '林处长',
      contactPhone: '028-86000002',
    };
    const created = await scAdmin.request(CREATE_UNIT, {
      input: { ...fields, isKeyUnit: false },
    });
    const id = created.data!.createCustomerUnit.id;
    units[fields.name] = { id, address: fields.address, divisionCode: fields.divisionCode };
    const r = await submit(scAdmin, request(fields.name));
    // Determined a key unit after the request was recorded, before it is reviewed.
    const marked = await scAdmin.request(UPDATE_UNIT, {
      id,
      input: { ...fields, isKeyUnit: true, keyUnitAuthority: '成都市人民政府' },
    });
    expect(marked.errors).toBeUndefined();
    const accepted = await scAdmin.request(REVIEW, {
      input: { id: r.id, decision: 'ACCEPT', answers: allYes() },
    });
    expect(accepted.errors![0]!.extensions).toMatchObject({
      code: 'FOREIGN_INVESTED_KEY_UNIT',
      ownershipType: 'SINO_FOREIGN_JOINT_VENTURE',
      basis: '《保安服务管理条例》第二十二条',
    });
    const [row] = await rows(`SELECT status FROM service_request WHERE id = $1`, [r.id]);
    expect(row.status).toBe('PENDING_REVIEW');
    // Refusing it stays possible.
    const refused = await scAdmin.request(REVIEW, {
      input: {
        id: r.id,
        decision: 'REFUSE',
        answers: allYes(),
        note: '外商投资企业不得为重点单位服务',
      },
    });
    expect(refused.data!.reviewServiceRequest.status).toBe('REFUSED');
  });

  it('decides a request once: a second review, or two racing, yield ILLEGAL_TRANSITION', async () => {
    const r = await submit(cqAdmin, request('长江国家数据中心'));
    const [a, b] = await Promise.all([
      cqAdmin.request(REVIEW, { input: { id: r.id, decision: 'ACCEPT', answers: allYes() } }),
      cqAdmin.request(REVIEW, {
        input: {
          id: r.id,
          decision: 'REFUSE',
          answers: illegalAnswers(),
          note: '重复',
          illegal: true,
        },
      }),
    ]);
    expect([...codes(a), ...codes(b)]).toEqual(['ILLEGAL_TRANSITION']);
    const [{ n }] = await rows(`SELECT count(*)::int AS n FROM audit_entry WHERE target_id = $1`, [
      r.id,
    ]);
    expect(n).toBe(2); // the screen and the one decision
  });

  it('is for company admins, and NOT_FOUND for another company', async () => {
    const r = await submit(cqAdmin, request('长江国家数据中心'));
    const supervisor = await t.login('cq.supervisor');
    const input = { id: r.id, decision: 'ACCEPT', answers: allYes() };
    expect(codes(await supervisor.request(REVIEW, { input }))).toEqual(['FORBIDDEN']);
    expect(codes(await scAdmin.request(REVIEW, { input }))).toEqual(['NOT_FOUND']);
    expect(codes(await scAdmin.request(ONE, { id: r.id }))).toEqual(['NOT_FOUND']);
  });
});

describe('a refused request never becomes a contract', () => {
  it('refuses createContract from a refused request (REQUEST_REFUSED) and from an undecided one', async () => {
    const refused = await submit(cqAdmin, request('长江国家数据中心', { description: DEBT }));
    await cqAdmin.request(REVIEW, {
      input: {
        id: refused.id,
        decision: 'REFUSE',
        answers: illegalAnswers(),
        note: '违法',
        illegal: true,
      },
    });
    const pending = await submit(cqAdmin, request('长江国家数据中心'));
    const terms = {
      project: 'x',
      content: 'x',
      customerRightsObligations: 'x',
      companyRightsObligations: 'x',
      fee: '1000',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      projectLeaderName: '杨帆',
      projectLeaderPhone: '13800001002',
    };
    const a = await cqAdmin.request(CREATE_CONTRACT, {
      input: { ...terms, serviceRequestId: refused.id },
    });
    expect(codes(a)).toEqual(['REQUEST_REFUSED']);
    const b = await cqAdmin.request(CREATE_CONTRACT, {
      input: { ...terms, serviceRequestId: pending.id },
    });
    expect(codes(b)).toEqual(['REVIEW_INCOMPLETE']);

    // Nor can plain SQL make it one, or turn the refusal into an acceptance.
    await expect(
      rows(`UPDATE service_request SET status = 'ACCEPTED' WHERE id = $1`, [refused.id]),
    ).rejects.toThrow(/stays so/);
    await expect(
      rows(
        `INSERT INTO contract (company_id, service_request_id, customer_unit_id, project, content, customer_rights_obligations,
           company_rights_obligations, fee, starts_on, ends_on, project_leader_name, project_leader_phone, service_address,
           service_division_code, cross_region, created_by_id)
         SELECT company_id, id, customer_unit_id, 'x', 'x', 'x', 'x', 1, starts_on, ends_on, 'x', 'x', service_address,
           service_division_code, false, submitted_by_id FROM service_request WHERE id = $1`,
        [refused.id],
      ),
    ).rejects.toThrow(/accepted request/);
  });
});

describe('lists', () => {
  it('filter by status and screen result, and page', async () => {
    const flagged = await cqAdmin.request(LIST, { screenResult: 'FLAGGED', first: 30 });
    expect(flagged.errors).toBeUndefined();
    expect(
      flagged.data!.serviceRequests.nodes.every(
        (n: { screen: { result: string } }) => n.screen.result === 'FLAGGED',
      ),
    ).toBe(true);
    const refused = await cqAdmin.request(LIST, { status: 'REFUSED', first: 30 });
    expect(
      refused.data!.serviceRequests.nodes.every((n: { status: string }) => n.status === 'REFUSED'),
    ).toBe(true);
    expect(refused.data!.serviceRequests.nodes.length).toBeGreaterThan(1);
    const sc = await scAdmin.request(LIST, { first: 30 });
    expect(
      sc
        .data!.serviceRequests.nodes.map(
          (n: { customerUnit: { name: string } }) => n.customerUnit.name,
        )
        .sort(),
    ).toEqual(['成都锦江写字楼', '重庆解放碑时代广场', '成都市国家安全档案中心'].sort());
  });

  it('run a fixed number of statements whatever the page size', async () => {
    // Refused requests: every row has a report with (mostly) an organ, so both pages reach the same relations.
    const page = (first: number) => cqAdmin.request(LIST, { first, status: 'REFUSED' });
    expect((await page(30)).data!.serviceRequests.nodes.length).toBeGreaterThan(3);
    const one = await t.countStatements(() => page(1));
    const many = await t.countStatements(() => page(30));
    expect(many).toBe(one);
    await cqAdmin.request(REPORTS);
    const r1 = await t.countStatements(() => cqAdmin.request(REPORTS, { first: 1 }));
    const rMany = await t.countStatements(() => cqAdmin.request(REPORTS, { first: 50 }));
    expect(rMany).toBe(r1);
  });

  it('show another company none of it', async () => {
    expect((await scAdmin.request(REPORTS)).data!.illegalRequestReports.nodes).toEqual([]);
  });
});

const SCREEN_FIELDS = /* GraphQL */ `
  fragment ScreenFields on LegalityScreen {
    result
    matches {
      ruleId
      phrase
      basis
      source
      start
      end
      text
      service
    }
  }
`;
const REQUEST_FIELDS = /* GraphQL */ `
  fragment RequestFields on ServiceRequest {
    id
    status
    services
    description
    refusedAsIllegal
    reviewNote
    screen {
      ...ScreenFields
    }
    reviewAnswers {
      check
      passed
      note
    }
    customerUnit {
      id
      name
    }
    submittedBy {
      username
    }
    reviewedBy {
      username
    }
    contract {
      id
    }
    report {
      id
      customerUnitName
      description
      reason
      serviceDivisionCode
      serviceDivisionName
      screen {
        result
      }
      policeOrgan {
        name
      }
    }
  }
  ${SCREEN_FIELDS}
`;
const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      ...RequestFields
    }
  }
  ${REQUEST_FIELDS}
`;
const LIVE = /* GraphQL */ `
  query Live($input: LegalityScreenInput!) {
    legalityScreen(input: $input) {
      ...ScreenFields
    }
  }
  ${SCREEN_FIELDS}
`;
const REVIEW = /* GraphQL */ `
  mutation Review($input: ReviewServiceRequestInput!) {
    reviewServiceRequest(input: $input) {
      ...RequestFields
    }
  }
  ${REQUEST_FIELDS}
`;
const ONE = /* GraphQL */ `
  query One($id: ID!) {
    serviceRequest(id: $id) {
      id
    }
  }
`;
const LIST = /* GraphQL */ `
  query List($first: Int, $status: ServiceRequestStatus, $screenResult: LegalityResult) {
    serviceRequests(first: $first, status: $status, screenResult: $screenResult) {
      nodes {
        ...RequestFields
      }
    }
  }
  ${REQUEST_FIELDS}
`;
const REPORTS = /* GraphQL */ `
  query Reports($first: Int) {
    illegalRequestReports(first: $first) {
      nodes {
        id
        customerUnitName
        policeOrgan {
          name
        }
        company {
          name
        }
        reportedBy {
          username
        }
        screen {
          matches {
            text
          }
        }
      }
    }
  }
`;
const REPORT = /* GraphQL */ `
  query Report($id: ID!) {
    illegalRequestReport(id: $id) {
      id
    }
  }
`;
const CREATE_UNIT = /* GraphQL */ `
  mutation CreateUnit($input: CustomerUnitInput!) {
    createCustomerUnit(input: $input) {
      id
    }
  }
`;
const UPDATE_UNIT = /* GraphQL */ `
  mutation UpdateUnit($id: ID!, $input: CustomerUnitInput!) {
    updateCustomerUnit(id: $id, input: $input) {
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
const AUDIT = /* GraphQL */ `
  query Audit($targetId: ID) {
    auditEntries(first: 20, targetId: $targetId) {
      nodes {
        action
        targetId
        detail
      }
    }
  }
`;
