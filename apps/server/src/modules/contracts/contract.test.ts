import {
  creditCodeCheckChar,
  REVIEW_CHECKS,
  retainUntil,
  toCalendarDate,
  addDays,
} from '@cqss/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { problemsOf } from '../../../test/problems';

let t: TestServer;
let cqAdmin: GqlClient;
let scAdmin: GqlClient;

const today = () => toCalendarDate(new Date());
const allYes = () => REVIEW_CHECKS.map(({ check }) => ({ check, passed: true }));
const terms = (over: Record<string, unknown> = {}) => ({
  project: '测试安保项目',
  content: '门卫值守',
  customerRightsObligations: '甲方按期付款',
  companyRightsObligations: '乙方依法提供服务',
  fee: '120000.50',
  startsOn: addDays(today(), -30),
  endsOn: addDays(today(), 335),
  projectLeaderName: '杨帆',
  projectLeaderPhone: '13800001002',
  ...over,
});
const rows = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);

async function unitId(client: GqlClient, name: string): Promise<string> {
  const r = await client.request(
    `query($s: String) { customerUnits(search: $s) { nodes { id } } }`,
    {
      s: name,
    },
  );
  return r.data!.customerUnits.nodes[0].id;
}

/** Submits and accepts a request for a unit, as a reviewer would; returns its id. */
async function acceptedRequest(client: GqlClient, unit: string): Promise<string> {
  const id = await unitId(client, unit);
  const units = await client.request(
    `query($id: ID!) { customerUnit(id: $id) { address divisionCode } }`,
    { id },
  );
  const { address, divisionCode } = units.data!.customerUnit;
  const submitted = await client.request(SUBMIT, {
    input: {
      customerUnitId: id,
      services: ['GATE_DUTY'],
      serviceAddress: address,
      serviceDivisionCode: divisionCode,
      startsOn: addDays(today(), -30),
      endsOn: addDays(today(), 335),
      headcount: 2,
      description: '门卫值守。',
    },
  });
  const requestId = submitted.data!.submitServiceRequest.id;
  const reviewed = await client.request(REVIEW, {
    input: { id: requestId, decision: 'ACCEPT', answers: allYes() },
  });
  expect(reviewed.errors).toBeUndefined();
  return requestId;
}

async function draft(client: GqlClient, unit: string, over: Record<string, unknown> = {}) {
  const serviceRequestId = await acceptedRequest(client, unit);
  const r = await client.request(CREATE, { input: { ...terms(over), serviceRequestId } });
  expect(r.errors).toBeUndefined();
  return r.data!.createContract;
}

async function seeded(project: string) {
  const r = await cqAdmin.request(LIST, { search: project });
  return r.data!.contracts.nodes[0];
}

beforeAll(async () => {
  t = await startTestServer();
  [cqAdmin, scAdmin] = await Promise.all([t.login('cq.admin'), t.login('sc.admin')]);
});
afterAll(() => t.close());

describe('the contract lifecycle', () => {
  it('drafts from an accepted request, activates, terminates with a retention date, and keeps the history', async () => {
    const c = await draft(cqAdmin, '重庆市渝中区人民医院');
    expect(c).toMatchObject({
      status: 'DRAFT',
      crossRegion: false,
      fee: '120000.50',
      customerUnit: { name: '重庆市渝中区人民医院' },
      serviceDivisionName: '重庆市渝中区',
      retainUntil: null,
      purgeable: false,
    });
    const active = await cqAdmin.request(ACTIVATE, { id: c.id });
    expect(active.data!.activateContract).toMatchObject({
      status: 'ACTIVE',
      activatedAt: expect.any(String),
    });

    const terminatedOn = today();
    const ended = await cqAdmin.request(TERMINATE, {
      input: { id: c.id, reason: '客户单位迁址', terminatedOn },
    });
    expect(ended.data!.terminateContract).toMatchObject({
      status: 'TERMINATED',
      terminatedOn,
      terminationReason: '客户单位迁址',
      retainUntil: retainUntil(terminatedOn),
      purgeUnlocksOn: addDays(retainUntil(terminatedOn), 1),
      purgeable: false,
    });

    const detail = await cqAdmin.request(ONE, { id: c.id });
    expect(detail.data!.contract.history.map((e: { action: string }) => e.action)).toEqual([
      'service_request.screen',
      'service_request.accept',
      'contract.create',
      'contract.activate',
      'contract.terminate',
    ]);
    expect(detail.data!.contract.history.at(-1).detail).toMatchObject({
      reason: '客户单位迁址',
      retainUntil: retainUntil(terminatedOn),
    });
  });

  it('edits a draft, but not an active contract', async () => {
    const c = await draft(cqAdmin, '长江国家数据中心');
    const edited = await cqAdmin.request(UPDATE, { id: c.id, input: terms({ fee: '99000' }) });
    expect(edited.data!.updateContract.fee).toBe('99000.00');
    await cqAdmin.request(ACTIVATE, { id: c.id });
    expect(codes(await cqAdmin.request(UPDATE, { id: c.id, input: terms() }))).toEqual([
      'ILLEGAL_TRANSITION',
    ]);
  });

  it('refuses every other transition with ILLEGAL_TRANSITION', async () => {
    const c = await draft(cqAdmin, '长江国家数据中心');
    const terminate = { input: { id: c.id, reason: '测试', terminatedOn: today() } };
    expect(codes(await cqAdmin.request(TERMINATE, terminate))).toEqual(['ILLEGAL_TRANSITION']);
    await cqAdmin.request(ACTIVATE, { id: c.id });
    expect(codes(await cqAdmin.request(ACTIVATE, { id: c.id }))).toEqual(['ILLEGAL_TRANSITION']);
    await cqAdmin.request(TERMINATE, terminate);
    expect(codes(await cqAdmin.request(ACTIVATE, { id: c.id }))).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes(await cqAdmin.request(TERMINATE, terminate))).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('lets one of two racing activations win', async () => {
    const c = await draft(cqAdmin, '长江国家数据中心');
    const results = await Promise.all([
      cqAdmin.request(ACTIVATE, { id: c.id }),
      cqAdmin.request(ACTIVATE, { id: c.id }),
    ]);
    expect(results.flatMap(codes)).toEqual(['ILLEGAL_TRANSITION']);
    const [{ n }] = await rows(
      `SELECT count(*)::int AS n FROM audit_entry WHERE target_id = $1 AND action = 'contract.activate'`,
      [c.id],
    );
    expect(n).toBe(1);
  });

  it('makes one contract from one request (CONFLICT the second time)', async () => {
    const serviceRequestId = await acceptedRequest(cqAdmin, '长江国家数据中心');
    const input = { ...terms(), serviceRequestId };
    expect((await cqAdmin.request(CREATE, { input })).errors).toBeUndefined();
    expect(codes(await cqAdmin.request(CREATE, { input }))).toEqual(['CONFLICT']);
  });

  it('refuses a termination without a reason, in the future or before activation', async () => {
    const c = await draft(cqAdmin, '长江国家数据中心');
    await cqAdmin.request(ACTIVATE, { id: c.id });
    const end = async (reason: string, terminatedOn: string) =>
      problemsOf(await cqAdmin.request(TERMINATE, { input: { id: c.id, reason, terminatedOn } }));
    expect(await end('  ', today())).toEqual({ reason: 'REQUIRED' });
    expect(await end('提前终止', addDays(today(), 1))).toEqual({ terminatedOn: 'DATE_IN_FUTURE' });
    expect(await end('提前终止', addDays(today(), -1))).toEqual({
      terminatedOn: 'TERMINATED_BEFORE_ACTIVATION',
    });
    const [row] = await rows(`SELECT status FROM contract WHERE id = $1`, [c.id]);
    expect(row.status).toBe('ACTIVE');
  });

  it('refuses bad terms with field messages', async () => {
    const serviceRequestId = await acceptedRequest(cqAdmin, '长江国家数据中心');
    const r = await cqAdmin.request(CREATE, {
      input: { ...terms({ fee: '-5', project: '', projectLeaderPhone: 'x' }), serviceRequestId },
    });
    expect(Object.keys(problemsOf(r)).sort()).toEqual(['fee', 'project', 'projectLeaderPhone']);
    // The one phone rule of the domain, answered as guards' and customer units' phones are.
    expect(problemsOf(r).projectLeaderPhone).toBe('PHONE_INVALID');
    const backwards = await cqAdmin.request(CREATE, {
      input: { ...terms({ startsOn: '2027-02-01', endsOn: '2027-01-01' }), serviceRequestId },
    });
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(backwards)).toEqual({ endsOn: 'ENDS_BEFORE_START' });
  });
});

describe('cross-region contracts', () => {
  it('marks a contract cross-region and refuses to activate it before its filing (FILING_REQUIRED), changing nothing', async () => {
    const c = await draft(cqAdmin, '成都天府国际商城');
    expect(c.crossRegion).toBe(true);
    const r = await cqAdmin.request(ACTIVATE, { id: c.id });
    expect(r.errors![0]!.extensions).toMatchObject({
      code: 'FILING_REQUIRED',
      basis: '《保安服务管理条例》第二十三条',
    });
    const [row] = await rows(`SELECT status, activated_at FROM contract WHERE id = $1`, [c.id]);
    expect(row).toEqual({ status: 'DRAFT', activated_at: null });
    const [{ n }] = await rows(
      `SELECT count(*)::int AS n FROM audit_entry WHERE target_id = $1 AND action = 'contract.activate'`,
      [c.id],
    );
    expect(n).toBe(0);
  });

  it('is not cross-region for a company at home there (Chengdu for the Sichuan company)', async () => {
    const office = await scAdmin.request(LIST, {});
    expect(
      office
        .data!.contracts.nodes.map((n: { project: string; crossRegion: boolean }) => [
          n.project,
          n.crossRegion,
        ])
        .sort(),
    ).toEqual([
      ['解放碑时代广场秩序维护项目', true], // in Chongqing
      ['锦江写字楼门卫巡逻服务项目', false],
    ]);
  });
});

describe('the key-unit rule', () => {
  it('refuses the joint-venture company a contract with a key unit, citing the rule, and writes nothing', async () => {
    const first17 = '91510104MA6K00000';
    const fields = {
      name: '成都市保密档案馆',
      creditCode: first17 + creditCodeCheckChar(first17),
      address: '四川省成都市锦江区档案路1号',
      divisionCode: '510104',
      contactName: '林处长',
      contactPhone: '028-86000001',
    };
    const created = await scAdmin.request(CREATE_UNIT, {
      input: { ...fields, isKeyUnit: false, keyUnitAuthority: null },
    });
    expect(created.errors).toBeUndefined();
    // Accepted while the unit was not yet a key unit; determined one before the contract is made.
    const serviceRequestId = await acceptedRequest(scAdmin, '成都市保密档案馆');
    const marked = await scAdmin.request(UPDATE_UNIT, {
      id: created.data!.createCustomerUnit.id,
      input: { ...fields, isKeyUnit: true, keyUnitAuthority: '成都市人民政府' },
    });
    expect(marked.errors).toBeUndefined();
    const [{ n: before }] = await rows(`SELECT count(*)::int AS n FROM contract`);
    const r = await scAdmin.request(CREATE, { input: { ...terms(), serviceRequestId } });
    expect(r.errors![0]!.extensions).toMatchObject({
      code: 'FOREIGN_INVESTED_KEY_UNIT',
      ownershipType: 'SINO_FOREIGN_JOINT_VENTURE',
      basis: '《保安服务管理条例》第二十二条',
    });
    expect(r.errors![0]!.message).toMatch(/第二十二条/);
    const [{ n: after }] = await rows(`SELECT count(*)::int AS n FROM contract`);
    expect(after).toBe(before);
  });

  it('refuses to make a served unit a key unit for the joint venture', async () => {
    const id = await unitId(scAdmin, '成都锦江写字楼');
    const unit = (
      await scAdmin.request(
        `query($id: ID!) { customerUnit(id: $id) { name creditCode address divisionCode contactName contactPhone } }`,
        { id },
      )
    ).data!.customerUnit;
    const r = await scAdmin.request(UPDATE_UNIT, {
      id,
      input: { ...unit, isKeyUnit: true, keyUnitAuthority: '成都市人民政府' },
    });
    expect(codes(r)).toEqual(['FOREIGN_INVESTED_KEY_UNIT']);
    const [row] = await rows(`SELECT is_key_unit FROM customer_unit WHERE id = $1`, [id]);
    expect(row.is_key_unit).toBe(false);
  });

  it('lets a domestic company serve a key unit', async () => {
    const c = await draft(cqAdmin, '长江国家数据中心');
    expect(codes(await cqAdmin.request(ACTIVATE, { id: c.id }))).toEqual([]);
  });
});

describe('retention and purge', () => {
  async function terminated() {
    const c = await draft(cqAdmin, '重庆市渝中区人民医院', { project: '待清理项目' });
    await cqAdmin.request(ACTIVATE, { id: c.id });
    const r = await cqAdmin.request(TERMINATE, {
      input: { id: c.id, reason: '期满', terminatedOn: today() },
    });
    return r.data!.terminateContract;
  }

  it('refuses to purge before two years, with the day it unlocks', async () => {
    const c = await terminated();
    const r = await cqAdmin.request(PURGE, { id: c.id });
    expect(r.errors![0]!.extensions).toMatchObject({
      code: 'RETENTION_LOCKED',
      retainUntil: c.retainUntil,
      unlocksOn: addDays(c.retainUntil, 1),
    });
    const active = await seeded('渝中区人民医院安保服务项目');
    expect((await cqAdmin.request(PURGE, { id: active.id })).errors![0]!.extensions).toMatchObject({
      code: 'RETENTION_LOCKED',
      unlocksOn: null,
    });
  });

  it('purges after two years, for company admins only, audited, and the contract is gone', async () => {
    const c = await terminated();
    // Terminated more than two years ago.
    const terminatedOn = addDays(today(), -800);
    await rows(
      `UPDATE contract SET starts_on = $2::date, terminated_on = $2::date, retain_until = $3, activated_at = $2::date WHERE id = $1`,
      [c.id, terminatedOn, retainUntil(terminatedOn)],
    );
    const supervisor = await t.login('cq.supervisor');
    expect(codes(await supervisor.request(PURGE, { id: c.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await scAdmin.request(PURGE, { id: c.id }))).toEqual(['NOT_FOUND']);
    expect((await cqAdmin.request(ONE, { id: c.id })).data!.contract.purgeable).toBe(true);

    const r = await cqAdmin.request(PURGE, { id: c.id });
    expect(r.data!.purgeContract).toBe(c.id);
    expect(codes(await cqAdmin.request(ONE, { id: c.id }))).toEqual(['NOT_FOUND']);
    const [{ n }] = await rows(`SELECT count(*)::int AS n FROM contract WHERE id = $1`, [c.id]);
    expect(n).toBe(0);
    const audit = await cqAdmin.request(AUDIT, { targetId: c.id });
    expect(audit.data!.auditEntries.nodes[0]).toMatchObject({
      action: 'contract.purge',
      actorLabel: 'cq.admin',
      detail: { project: '待清理项目', terminatedOn, retainUntil: retainUntil(terminatedOn) },
    });
  });

  it('refuses to purge a contract that posts still hang off (CONFLICT), and deletes nothing', async () => {
    const c = await terminated();
    const terminatedOn = addDays(today(), -800);
    await rows(
      `UPDATE contract SET starts_on = $2::date, terminated_on = $2::date, retain_until = $3, activated_at = $2::date WHERE id = $1`,
      [c.id, terminatedOn, retainUntil(terminatedOn)],
    );
    await rows(
      `INSERT INTO post (company_id, customer_unit_id, contract_id, name, post_orders)
       SELECT company_id, customer_unit_id, id, '旧岗', '守则' FROM contract WHERE id = $1`,
      [c.id],
    );
    expect(codes(await cqAdmin.request(PURGE, { id: c.id }))).toEqual(['CONFLICT']);
    const [{ n }] = await rows(`SELECT count(*)::int AS n FROM contract WHERE id = $1`, [c.id]);
    expect(n).toBe(1);
  });

  it('purges the seeded contract whose retention is over', async () => {
    const old = await seeded('长江国家数据中心安全风险评估项目');
    expect(old.purgeable).toBe(true);
    expect((await cqAdmin.request(PURGE, { id: old.id })).errors).toBeUndefined();
  });

  it('lets the database itself refuse a DELETE of a retained contract, or of any before termination', async () => {
    const c = await terminated();
    await expect(rows(`DELETE FROM contract WHERE id = $1`, [c.id])).rejects.toThrow(/is retained/);
    const active = await seeded('渝中区人民医院安保服务项目');
    await expect(rows(`DELETE FROM contract WHERE id = $1`, [active.id])).rejects.toThrow(
      /is retained/,
    );
    await expect(rows(`TRUNCATE contract CASCADE`)).rejects.toThrow(/TRUNCATE refused/);
    // The last day of retention is still locked; the day after is not.
    await rows(
      `UPDATE contract SET retain_until = $2, terminated_on = $3, starts_on = $3 WHERE id = $1`,
      [c.id, today(), addDays(today(), -731)],
    );
    await expect(rows(`DELETE FROM contract WHERE id = $1`, [c.id])).rejects.toThrow(/is retained/);
    await rows(
      `UPDATE contract SET retain_until = $2, terminated_on = $3, starts_on = $3 WHERE id = $1`,
      [c.id, addDays(today(), -1), addDays(today(), -732)],
    );
    await rows(`DELETE FROM contract WHERE id = $1`, [c.id]);
  });

  it('refuses a retention shorter than two years in the database', async () => {
    const c = await terminated();
    await expect(
      rows(`UPDATE contract SET retain_until = terminated_on + 365 WHERE id = $1`, [c.id]),
    ).rejects.toThrow(/ck_contract_retention/);
  });
});

describe('lists and tenancy', () => {
  it('filter by status, cross-region and retention', async () => {
    const list = async (vars: Record<string, unknown>) =>
      (await cqAdmin.request(LIST, { first: 40, ...vars })).data!.contracts.nodes;
    expect(
      (await list({ status: 'DRAFT' })).every((c: { status: string }) => c.status === 'DRAFT'),
    ).toBe(true);
    const cross = await list({ crossRegion: true });
    expect(cross.length).toBeGreaterThan(0);
    expect(cross.every((c: { crossRegion: boolean }) => c.crossRegion)).toBe(true);
    const retained = await list({ retention: 'RETAINED' });
    expect(retained.map((c: { project: string }) => c.project)).toContain(
      '渝中区人民医院门卫服务项目（上一期）',
    );
    expect(
      retained.every(
        (c: { status: string; purgeable: boolean }) => c.status === 'TERMINATED' && !c.purgeable,
      ),
    ).toBe(true);
    const purgeable = await list({ retention: 'PURGEABLE' });
    expect(purgeable.every((c: { purgeable: boolean }) => c.purgeable)).toBe(true);
  });

  it('run a fixed number of statements whatever the page size', async () => {
    const page = (first: number) => cqAdmin.request(LIST, { first });
    expect((await page(40)).data!.contracts.nodes.length).toBeGreaterThan(5);
    const one = await t.countStatements(() => page(1));
    const many = await t.countStatements(() => page(40));
    expect(many).toBe(one);
    // The audit log the contract screens link to, too.
    const audit = (first: number) => cqAdmin.request(AUDIT_PAGE, { first });
    expect((await audit(40)).data!.auditEntries.nodes).toHaveLength(40);
    expect(await t.countStatements(() => audit(40))).toBe(await t.countStatements(() => audit(1)));
  });

  it('shows another company none of it', async () => {
    const c = await seeded('渝中区人民医院安保服务项目');
    expect(codes(await scAdmin.request(ONE, { id: c.id }))).toEqual(['NOT_FOUND']);
    for (const mutation of [ACTIVATE, PURGE])
      expect(codes(await scAdmin.request(mutation, { id: c.id }))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await scAdmin.request(TERMINATE, {
          input: { id: c.id, reason: 'x', terminatedOn: today() },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    const hospitalRequest = (await cqAdmin.request(ONE, { id: c.id })).data!.contract.serviceRequest
      .id;
    expect(
      codes(
        await scAdmin.request(CREATE, { input: { ...terms(), serviceRequestId: hospitalRequest } }),
      ),
    ).toEqual(['NOT_FOUND']);
    const theirs = await scAdmin.request(LIST, { first: 40 });
    expect(
      theirs
        .data!.contracts.nodes.map((n: { customerUnit: { name: string } }) => n.customerUnit.name)
        .sort(),
    ).toEqual(['成都锦江写字楼', '重庆解放碑时代广场']);
  });

  it('lets supervisors read contracts but not change them; not guards at all', async () => {
    const supervisor = await t.login('cq.supervisor');
    const c = await seeded('成都天府国际商城促销季秩序维护项目');
    expect((await supervisor.request(ONE, { id: c.id })).data!.contract.id).toBe(c.id);
    expect(codes(await supervisor.request(ACTIVATE, { id: c.id }))).toEqual(['FORBIDDEN']);
    const guard = await t.login('cq.guard1');
    expect(codes(await guard.request(LIST, {}))).toEqual(['FORBIDDEN']);
  });
});

const FIELDS = /* GraphQL */ `
  fragment ContractFields on Contract {
    id
    project
    status
    crossRegion
    fee
    startsOn
    endsOn
    activatedAt
    terminatedOn
    terminationReason
    retainUntil
    purgeUnlocksOn
    purgeable
    serviceDivisionName
    customerUnit {
      id
      name
    }
    serviceRequest {
      id
      status
    }
    createdBy {
      username
    }
  }
`;
const LIST = /* GraphQL */ `
  query List(
    $first: Int
    $status: ContractStatus
    $crossRegion: Boolean
    $retention: RetentionState
    $search: String
  ) {
    contracts(
      first: $first
      status: $status
      crossRegion: $crossRegion
      retention: $retention
      search: $search
    ) {
      nodes {
        ...ContractFields
      }
    }
  }
  ${FIELDS}
`;
const ONE = /* GraphQL */ `
  query One($id: ID!) {
    contract(id: $id) {
      ...ContractFields
      history {
        action
        actorLabel
        detail
        createdAt
      }
    }
  }
  ${FIELDS}
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateContractInput!) {
    createContract(input: $input) {
      ...ContractFields
    }
  }
  ${FIELDS}
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: ContractTermsInput!) {
    updateContract(id: $id, input: $input) {
      ...ContractFields
    }
  }
  ${FIELDS}
`;
const ACTIVATE = /* GraphQL */ `
  mutation Activate($id: ID!) {
    activateContract(id: $id) {
      ...ContractFields
    }
  }
  ${FIELDS}
`;
const TERMINATE = /* GraphQL */ `
  mutation Terminate($input: TerminateContractInput!) {
    terminateContract(input: $input) {
      ...ContractFields
    }
  }
  ${FIELDS}
`;
const PURGE = /* GraphQL */ `
  mutation Purge($id: ID!) {
    purgeContract(id: $id)
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      id
    }
  }
`;
const REVIEW = /* GraphQL */ `
  mutation Review($input: ReviewServiceRequestInput!) {
    reviewServiceRequest(input: $input) {
      id
      status
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
const AUDIT = /* GraphQL */ `
  query Audit($targetId: ID) {
    auditEntries(first: 20, targetId: $targetId) {
      nodes {
        action
        actorLabel
        detail
      }
    }
  }
`;
const AUDIT_PAGE = /* GraphQL */ `
  query AuditPage($first: Int) {
    auditEntries(first: $first, action: "contract.") {
      nodes {
        action
        targetId
      }
    }
  }
`;
