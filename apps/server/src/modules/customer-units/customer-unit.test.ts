import { creditCodeCheckChar } from '@cqss/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { problemList, problemsOf } from '../../../test/problems';

let t: TestServer;
let cqAdmin: GqlClient;
let scAdmin: GqlClient;

const creditCode = (n: number) => {
  const first17 = `91500103MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};
const unit = (over: Record<string, unknown> = {}) => ({
  name: '重庆大剧院',
  creditCode: creditCode(1),
  address: '重庆市江北区文华街1号',
  divisionCode: '500105',
  contactName: '钱主任',
  contactPhone: '023-67000000',
  isKeyUnit: false,
  keyUnitAuthority: null,
  ...over,
});
const count = async () =>
  (await t.dataSource.query(`SELECT count(*)::int AS n FROM customer_unit`))[0].n as number;

beforeAll(async () => {
  t = await startTestServer();
  [cqAdmin, scAdmin] = await Promise.all([t.login('cq.admin'), t.login('sc.admin')]);
});
afterAll(() => t.close());

describe('successful customer units', () => {
  it('creates a unit with a valid credit code (any case), lists it first and audits it', async () => {
    const r = await cqAdmin.request(CREATE, {
      input: unit({ creditCode: ` ${creditCode(1).toLowerCase()} ` }),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createCustomerUnit).toMatchObject({
      name: '重庆大剧院',
      creditCode: creditCode(1),
      divisionName: '重庆市江北区',
      keyUnitAuthority: null,
    });
    const list = await cqAdmin.request(LIST, { first: 1 });
    expect(list.data!.customerUnits.nodes[0].name).toBe('重庆大剧院');
    const audit = await cqAdmin.request(AUDIT, { targetId: r.data!.createCustomerUnit.id });
    expect(audit.data!.auditEntries.nodes).toMatchObject([
      { action: 'customer_unit.create', actorLabel: 'cq.admin' },
    ]);
  });

  it('searches by part of the name or the start of the credit code', async () => {
    const byName = await cqAdmin.request(LIST, { search: '人民医院' });
    expect(byName.data!.customerUnits.nodes.map((u: { name: string }) => u.name)).toEqual([
      '重庆市渝中区人民医院',
    ]);
    const byCode = await cqAdmin.request(LIST, {
      search: creditCode(1).slice(0, 12).toLowerCase(),
    });
    expect(byCode.data!.customerUnits.nodes.map((u: { name: string }) => u.name)).toEqual([
      '重庆大剧院',
    ]);
    const wildcard = await cqAdmin.request(LIST, { search: '%' });
    expect(wildcard.data!.customerUnits.nodes).toEqual([]);
  });

  it('filters by region (a province, a city or a district) and by the key-unit flag', async () => {
    const names = async (vars: Record<string, unknown>) =>
      (await cqAdmin.request(LIST, vars))
        .data!.customerUnits.nodes.map((u: { name: string }) => u.name)
        .sort();
    expect(await names({ region: '510000' })).toEqual(['成都天府国际商城']);
    expect(await names({ region: '510100' })).toEqual(['成都天府国际商城']);
    expect(await names({ region: '500103' })).toEqual(['重庆市渝中区人民医院']);
    expect(await names({ isKeyUnit: true })).toEqual(['长江国家数据中心']);
    expect(await names({ region: '500000', isKeyUnit: false })).toEqual([
      '重庆大剧院',
      '重庆市渝中区人民医院',
    ]);
  });

  it('pages with a cursor', async () => {
    const first = await cqAdmin.request(LIST, { first: 2 });
    const { endCursor, hasNextPage } = first.data!.customerUnits.pageInfo;
    expect(hasNextPage).toBe(true);
    const second = await cqAdmin.request(LIST, { first: 10, after: endCursor });
    const ids = [...first.data!.customerUnits.nodes, ...second.data!.customerUnits.nodes].map(
      (u: { id: string }) => u.id,
    );
    expect(new Set(ids).size).toBe(4);
  });

  it('edits a unit, making it a key unit with its determining authority', async () => {
    const [created] = (await cqAdmin.request(LIST, { search: '大剧院' })).data!.customerUnits.nodes;
    const r = await cqAdmin.request(UPDATE, {
      id: created.id,
      input: unit({ isKeyUnit: true, keyUnitAuthority: '重庆市人民政府', contactName: '孙主任' }),
    });
    expect(r.data!.updateCustomerUnit).toMatchObject({
      isKeyUnit: true,
      keyUnitAuthority: '重庆市人民政府',
      contactName: '孙主任',
    });
  });

  it('lists in a fixed number of statements whatever the page size', async () => {
    await cqAdmin.request(LIST, { first: 1 });
    const one = await t.countStatements(() => cqAdmin.request(LIST, { first: 1 }));
    const all = await t.countStatements(() => cqAdmin.request(LIST, { first: 50 }));
    expect(all).toBe(one);
  });
});

describe('failing customer units', () => {
  it('refuses a credit code whose check character is wrong, with the field and its problem', async () => {
    const good = creditCode(2);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const before = await count();
    const r = await cqAdmin.request(CREATE, { input: unit({ creditCode: bad, name: '错码单位' }) });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemList(r)).toEqual([
      {
        field: 'creditCode',
        code: 'CREDIT_CODE_INVALID',
        message: expect.stringMatching(/check character/),
      },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses an unknown division, a key unit without authority and empty fields, all at once', async () => {
    const r = await cqAdmin.request(CREATE, {
      input: unit({
        creditCode: creditCode(3),
        divisionCode: '999999',
        isKeyUnit: true,
        keyUnitAuthority: ' ',
        contactName: '',
      }),
    });
    expect(problemsOf(r)).toEqual({
      divisionCode: 'DIVISION_UNKNOWN',
      keyUnitAuthority: 'KEY_UNIT_AUTHORITY_REQUIRED',
      contactName: 'REQUIRED',
    });
  });

  it('refuses a credit code already registered by the company, but not by another company', async () => {
    const dup = await cqAdmin.request(CREATE, { input: unit({ name: '重复' }) });
    expect(codes(dup)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(dup)).toEqual({ creditCode: 'CREDIT_CODE_TAKEN' });
    const other = await scAdmin.request(CREATE, {
      input: unit({ divisionCode: '510104', address: '成都市锦江区' }),
    });
    expect(other.errors).toBeUndefined();
  });

  it('refuses an unknown region filter', async () => {
    expect(codes(await cqAdmin.request(LIST, { region: '990000' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('is for company admins: a supervisor reads but does not write, a guard does neither', async () => {
    const supervisor = await t.login('cq.supervisor');
    expect((await supervisor.request(LIST, {})).data!.customerUnits.nodes.length).toBeGreaterThan(
      0,
    );
    expect(
      codes(await supervisor.request(CREATE, { input: unit({ creditCode: creditCode(4) }) })),
    ).toEqual(['FORBIDDEN']);
    const guard = await t.login('cq.guard1');
    expect(codes(await guard.request(LIST, {}))).toEqual(['FORBIDDEN']);
  });

  it("answers NOT_FOUND for another company's unit, to read or to edit", async () => {
    const [hospital] = (await cqAdmin.request(LIST, { search: '人民医院' })).data!.customerUnits
      .nodes;
    expect(codes(await scAdmin.request(ONE, { id: hospital.id }))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await scAdmin.request(UPDATE, {
          id: hospital.id,
          input: unit({ creditCode: creditCode(5) }),
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    const sc = await scAdmin.request(LIST, { search: '人民医院' });
    expect(sc.data!.customerUnits.nodes).toEqual([]);
  });
});

const FIELDS = /* GraphQL */ `
  fragment UnitFields on CustomerUnit {
    id
    name
    creditCode
    address
    divisionCode
    divisionName
    contactName
    contactPhone
    isKeyUnit
    keyUnitAuthority
    company {
      id
      name
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CustomerUnitInput!) {
    createCustomerUnit(input: $input) {
      ...UnitFields
    }
  }
  ${FIELDS}
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: CustomerUnitInput!) {
    updateCustomerUnit(id: $id, input: $input) {
      ...UnitFields
    }
  }
  ${FIELDS}
`;
const ONE = /* GraphQL */ `
  query One($id: ID!) {
    customerUnit(id: $id) {
      ...UnitFields
    }
  }
  ${FIELDS}
`;
const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $search: String, $region: String, $isKeyUnit: Boolean) {
    customerUnits(
      first: $first
      after: $after
      search: $search
      region: $region
      isKeyUnit: $isKeyUnit
    ) {
      nodes {
        ...UnitFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${FIELDS}
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
