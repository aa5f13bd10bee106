import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../test/test-server';

let t: TestServer;
let cqAdmin: GqlClient;
let scAdmin: GqlClient;
let guard: GqlClient;
let cqOfficer: GqlClient;
let cdOfficer: GqlClient;
let ids: { cq: string; sc: string; cqAdminUser: string; scAdminUser: string };

beforeAll(async () => {
  t = await startTestServer();
  [cqAdmin, scAdmin, guard, cqOfficer, cdOfficer] = await Promise.all([
    t.login('cq.admin'),
    t.login('sc.admin'),
    t.login('cq.guard1'),
    t.login('cq.police'),
    t.login('cd.police'),
  ]);
  const [cq, sc] = await Promise.all([cqAdmin.request(ME), scAdmin.request(ME)]);
  ids = {
    cq: cq.data!.me.company.id,
    sc: sc.data!.me.company.id,
    cqAdminUser: cq.data!.me.id,
    scAdminUser: sc.data!.me.id,
  };
});
afterAll(() => t.close());

describe('company tenancy', () => {
  it("lists only the admin's own company's users", async () => {
    const users = await cqAdmin.request(USERS);
    const names = users.data!.users.nodes.map((u: { username: string }) => u.username).sort();
    expect(names).toEqual([
      'cq.admin',
      'cq.guard1',
      'cq.guard2',
      'cq.guard3',
      'cq.guard4',
      'cq.supervisor',
    ]);
  });

  it("answers NOT_FOUND for another company's user, as if it did not exist", async () => {
    expect(codes(await cqAdmin.request(USER, { id: ids.scAdminUser }))).toEqual(['NOT_FOUND']);
    expect((await scAdmin.request(USER, { id: ids.scAdminUser })).data!.user.username).toBe(
      'sc.admin',
    );
  });

  it("never shows one company's customer units to another", async () => {
    const cq = await cqAdmin.request(UNITS);
    const sc = await scAdmin.request(UNITS);
    expect(
      cq.data!.customerUnits.nodes.every(
        (u: { company: { id: string } }) => u.company.id === ids.cq,
      ),
    ).toBe(true);
    expect(sc.data!.customerUnits.nodes.map((u: { name: string }) => u.name).sort()).toEqual([
      '成都锦江写字楼',
      '重庆解放碑时代广场',
    ]);
    expect(codes(await scAdmin.request(COMPANY, { id: ids.cq }))).toEqual(['NOT_FOUND']);
  });
});

describe('roles', () => {
  it('refuses a guard an admin mutation with FORBIDDEN', async () => {
    const units = await cqAdmin.request(UNITS);
    const result = await guard.request(REGISTER_KIOSK, {
      input: { customerUnitId: units.data!.customerUnits.nodes[0].id, name: 'x' },
    });
    expect(codes(result)).toEqual(['FORBIDDEN']);
  });

  it('refuses a guard the user list and customer units', async () => {
    expect(codes(await guard.request(USERS))).toEqual(['FORBIDDEN']);
    expect(codes(await guard.request(UNITS))).toEqual(['FORBIDDEN']);
  });

  it('refuses officers the company lists', async () => {
    expect(codes(await cdOfficer.request(UNITS))).toEqual(['FORBIDDEN']);
  });
});

describe('police jurisdiction', () => {
  it("shows a Chengdu officer nothing of Chongqing's", async () => {
    const companies = await cdOfficer.request(COMPANIES);
    expect(companies.data!.companies.map((c: { name: string }) => c.name)).toEqual([
      '四川蜀安中外合资保安服务有限公司',
    ]);
    expect(codes(await cdOfficer.request(COMPANY, { id: ids.cq }))).toEqual(['NOT_FOUND']);
    const users = await cdOfficer.request(USERS);
    expect(users.data!.users.nodes.map((u: { username: string }) => u.username)).toEqual([
      'cd.police',
    ]);
    expect(codes(await cdOfficer.request(USER, { id: ids.cqAdminUser }))).toEqual(['NOT_FOUND']);
  });

  it('shows a Chongqing officer the Chongqing company only', async () => {
    const companies = await cqOfficer.request(COMPANIES);
    expect(companies.data!.companies.map((c: { id: string }) => c.id)).toEqual([ids.cq]);
  });
});

const ME = /* GraphQL */ `
  query {
    me {
      id
      company {
        id
      }
    }
  }
`;
const USERS = /* GraphQL */ `
  query {
    users(first: 50) {
      nodes {
        id
        username
      }
    }
  }
`;
const USER = /* GraphQL */ `
  query User($id: ID!) {
    user(id: $id) {
      id
      username
    }
  }
`;
const UNITS = /* GraphQL */ `
  query {
    customerUnits(first: 50) {
      nodes {
        id
        name
        company {
          id
        }
      }
    }
  }
`;
const COMPANIES = /* GraphQL */ `
  query {
    companies {
      id
      name
    }
  }
`;
const COMPANY = /* GraphQL */ `
  query Company($id: ID!) {
    company(id: $id) {
      id
      name
    }
  }
`;
const REGISTER_KIOSK = /* GraphQL */ `
  mutation Register($input: RegisterKioskInput!) {
    registerKiosk(input: $input) {
      pairingCode
    }
  }
`;
