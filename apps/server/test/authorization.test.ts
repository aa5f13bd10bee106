import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GqlClient, type GqlResult, type TestServer } from './test-server';

// The requests of issue 15, finding 1, sent as each seeded role: refused at the field (null with
// FORBIDDEN), while what each role's screens read still answers.

let t: TestServer;
let guard: GqlClient;
let supervisor: GqlClient;
let admin: GqlClient;
let scAdmin: GqlClient;
let cqPolice: GqlClient;
let cdPolice: GqlClient;
let kiosk: GqlClient;

beforeAll(async () => {
  t = await startTestServer();
  [guard, supervisor, admin, scAdmin, cqPolice, cdPolice] = (await Promise.all(
    ['cq.guard1', 'cq.supervisor', 'cq.admin', 'sc.admin', 'cq.police', 'cd.police'].map((u) =>
      t.login(u),
    ),
  )) as [GqlClient, GqlClient, GqlClient, GqlClient, GqlClient, GqlClient];
  kiosk = t.client();
  const paired = await kiosk.request(PAIR, { input: { code: 'DEMO2026' } });
  if (paired.errors) throw new Error(JSON.stringify(paired.errors));
});
afterAll(() => t.close());

/** Each error as [path, code]. */
const refusals = (r: GqlResult) =>
  (r.errors ?? []).map((e) => [(e.path ?? []).join('.'), e.extensions.code]);

/** The contract fee, texts and contacts of the demo, which must not appear in an answer. */
async function secretsIn(r: GqlResult): Promise<string[]> {
  const [contract] = await t.dataSource.query(
    `SELECT c.fee::text AS fee, c.content, u.contact_phone, u.credit_code, r.description
       FROM contract c JOIN customer_unit u ON u.id = c.customer_unit_id
       JOIN service_request r ON r.id = c.service_request_id
       JOIN post p ON p.contract_id = c.id WHERE p.name = '医院东门岗'`,
  );
  const text = JSON.stringify(r.data ?? null);
  return Object.values(contract as Record<string, string>).filter((v) => text.includes(v));
}

describe('a guard on post (cq.guard1)', () => {
  it("is refused the contract behind the post: fee, text, customer's contacts, history", async () => {
    const r = await guard.request(`{
      onDuty { shift { post { contract { fee content
        customerUnit { contactPhone creditCode } serviceRequest { description }
        history { actorLabel ip detail } } } } } }`);
    expect(refusals(r)).toEqual([['onDuty.shift.post.contract', 'FORBIDDEN']]);
    expect(await secretsIn(r)).toEqual([]);
  });

  it('is refused them through the handovers and the coming shifts too', async () => {
    const r = await guard.request(`{
      onDuty {
        handovers { post { contract { history { actorLabel ip } } } }
        upcomingShifts { post { contract { filing { dossier { items { key } } history { ip } } } } }
      } }`);
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(new Set(r.errors!.map((e) => e.extensions.code))).toEqual(new Set(['FORBIDDEN']));
    expect(r.errors!.every((e) => e.path!.join('.').endsWith('post.contract'))).toBe(true);
  });

  it("is refused the customer unit's contacts, not its name", async () => {
    const r = await guard.request(
      `{ onDuty { shift { post { customerUnit { name contactPhone } } } } }`,
    );
    expect(refusals(r)).toEqual([['onDuty.shift.post.customerUnit.contactPhone', 'FORBIDDEN']]);
    const named = await guard.request(`{ onDuty { shift { post { customerUnit { name } } } } }`);
    expect(named.errors).toBeUndefined();
    expect(named.data!.onDuty.shift.post.customerUnit.name).toBe('重庆市渝中区人民医院');
  });

  it('still reads the On duty screen as the console asks for it', async () => {
    const r = await guard.request(ON_DUTY);
    expect(r.errors).toBeUndefined();
    expect(r.data!.onDuty.shift.post).toMatchObject({
      name: '医院东门岗',
      postOrders: expect.any(String),
      customerUnit: { name: '重庆市渝中区人民医院' },
    });
    expect(r.data!.onDuty.successorShift.guard.name).toEqual(expect.any(String));
  });
});

describe('a duty supervisor (cq.supervisor)', () => {
  it('is refused filings and their history with IP addresses, as the audit log', async () => {
    const r = await supervisor.request(`{
      contracts(crossRegion: true) { nodes { project filing { history { actorLabel ip } } } } }`);
    const nodes = r.data!.contracts.nodes as unknown[];
    expect(nodes.length).toBeGreaterThan(0);
    expect(refusals(r)).toEqual(nodes.map((_, i) => [`contracts.nodes.${i}.filing`, 'FORBIDDEN']));
    expect(refusals(await supervisor.request(`{ auditEntries { nodes { ip } } }`))).toEqual([
      ['auditEntries', 'FORBIDDEN'],
    ]);
  });

  it('reads a contract and its history, without the addresses it was changed from', async () => {
    const { id } = (await supervisor.request(`{ contracts(status: ACTIVE) { nodes { id } } }`))
      .data!.contracts.nodes[0];
    const r = await supervisor.request(
      `query ($id: ID!) { contract(id: $id) { fee history { action actorLabel } } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.contract.history.length).toBeGreaterThan(0);
    const ip = await supervisor.request(
      `query ($id: ID!) { contract(id: $id) { history { ip } } }`,
      { id },
    );
    expect(new Set(ip.errors!.map((e) => e.extensions.code))).toEqual(new Set(['FORBIDDEN']));
  });
});

describe("a filing's history: each side sees its own people's addresses only", () => {
  let filingId: string;
  beforeAll(async () => {
    // sc.admin's filing of its contract in Chongqing waits in cq.police's queue; the officer claims it.
    const queue = await cqPolice.request(`{ filings { nodes { id company { name } } } }`);
    filingId = queue.data!.filings.nodes.find(
      (f: { company: { name: string } }) => f.company.name === '四川蜀安中外合资保安服务有限公司',
    ).id;
    const claimed = await cqPolice.request(`mutation ($id: ID!) { claimFiling(id: $id) { id } }`, {
      id: filingId,
    });
    expect(claimed.errors).toBeUndefined();
  });

  const history = (client: GqlClient) =>
    client.request(`query ($id: ID!) { filing(id: $id) { history { action actorRole ip } } }`, {
      id: filingId,
    });

  it('the company sees its staff addresses, not the officer’s', async () => {
    const r = await history(scAdmin);
    expect(r.errors).toBeUndefined();
    const entries = r.data!.filing.history as { actorRole: string; ip: string | null }[];
    expect(entries.filter((e) => e.actorRole === 'POLICE_OFFICER').map((e) => e.ip)).toEqual([
      null,
    ]);
    const staff = entries.filter((e) => e.actorRole !== 'POLICE_OFFICER');
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.every((e) => e.ip === '127.0.0.1')).toBe(true);
  });

  it('the organ sees its officer’s address, not the staff’s', async () => {
    const r = await history(cqPolice);
    expect(r.errors).toBeUndefined();
    const entries = r.data!.filing.history as { actorRole: string; ip: string | null }[];
    expect(entries.filter((e) => e.actorRole === 'POLICE_OFFICER').map((e) => e.ip)).toEqual([
      '127.0.0.1',
    ]);
    expect(entries.filter((e) => e.actorRole !== 'POLICE_OFFICER').every((e) => !e.ip)).toBe(true);
  });

  it("refuses the officer the company's live contract and dossier, not the frozen submission", async () => {
    const r = await cqPolice.request(
      `query ($id: ID!) { filing(id: $id) { status company { name securityLicenseNo }
         current { items { key } } contract { fee } dossier { items { key } } } }`,
      { id: filingId },
    );
    expect(refusals(r)).toEqual([
      ['filing.contract', 'FORBIDDEN'],
      ['filing.dossier', 'FORBIDDEN'],
    ]);
    expect(r.data!.filing.current.items.length).toBeGreaterThan(0);
    expect(r.data!.filing.company.securityLicenseNo).toEqual(expect.any(String));
  });

  it('is NOT_FOUND for the officer of another organ (cd.police)', async () => {
    const r = await history(cdPolice);
    expect(refusals(r)).toEqual([['filing', 'NOT_FOUND']]);
  });
});

describe('a kiosk device', () => {
  it('is refused the police organs, and reads its own session', async () => {
    expect(refusals(await kiosk.request(`{ policeOrgans { name } }`))).toEqual([
      ['policeOrgans', 'FORBIDDEN'],
    ]);
    const own = await kiosk.request(`{ kiosk { customerUnitName postName } }`);
    expect(own.errors).toBeUndefined();
    expect(own.data!.kiosk.customerUnitName).toBe('重庆市渝中区人民医院');
  });
});

describe('a company admin (cq.admin)', () => {
  it('reads contracts with fee, contacts and history, and the audit log with addresses', async () => {
    const r = await admin.request(`{
      contracts { nodes { fee content customerUnit { contactPhone creditCode }
        serviceRequest { description } history { actorLabel ip } } }
      auditEntries(first: 5) { nodes { actorLabel ip } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.contracts.nodes.length).toBeGreaterThan(0);
    expect(r.data!.auditEntries.nodes.some((e: { ip: string | null }) => e.ip)).toBe(true);
  });
});

const PAIR = /* GraphQL */ `
  mutation Pair($input: PairKioskInput!) {
    pairKiosk(input: $input) {
      deviceName
    }
  }
`;

// The console's On duty query (apps/admin/src/pages/on-duty/OnDutyPage.vue), without fragments.
const ON_DUTY = /* GraphQL */ `
  query OnDuty {
    onDuty {
      guard {
        id
        name
      }
      shift {
        id
        startsAt
        endsAt
        ordersAcknowledged
        post {
          id
          name
          postOrders
          postOrdersRevision
          customerUnit {
            id
            name
          }
          supervisor {
            id
            displayName
          }
        }
      }
      upcomingShifts {
        id
        post {
          id
          name
        }
      }
      successorShift {
        id
        guard {
          id
          name
        }
      }
      handovers {
        id
        state
        myRole
        myActions
        post {
          name
        }
        outgoingGuard {
          name
        }
        incomingGuard {
          name
        }
        approvedBy {
          displayName
        }
      }
    }
  }
`;
