import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_GUARD, newIdNumber } from '../../../test/operations';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { problemsOf } from '../../../test/problems';

let t: TestServer;
let admin: GqlClient;
let supervisor: GqlClient;
let guard: GqlClient;
let scAdmin: GqlClient;

const input = (over: Record<string, unknown> = {}) => ({
  name: '吴敏',
  idNumber: newIdNumber(),
  certificateNo: '渝保证2024000555',
  certificateStatus: 'VALID',
  phone: '138 0000 2222',
  hiredOn: '2024-05-06',
  ...over,
});

beforeAll(async () => {
  t = await startTestServer();
  [admin, supervisor, guard, scAdmin] = await Promise.all([
    t.login('cq.admin'),
    t.login('cq.supervisor'),
    t.login('cq.guard1'),
    t.login('sc.admin'),
  ]);
});
afterAll(() => t.close());

describe('guards on file', () => {
  it('puts a guard on file and shows the ID number in full to the admin only', async () => {
    const idNumber = newIdNumber();
    const r = await admin.request(CREATE_FULL, {
      input: input({ idNumber: idNumber.toLowerCase() }),
    });
    expect(r.errors).toBeUndefined();
    const created = r.data!.createGuard;
    expect(created).toMatchObject({
      name: '吴敏',
      idNumber,
      certificateStatus: 'VALID',
      certificateValid: true,
      employmentStatus: 'ACTIVE',
      hiredOn: '2024-05-06',
      account: null,
    });
    const bySupervisor = await supervisor.request(GUARD, { id: created.id });
    expect(bySupervisor.data!.guard.idNumber).toBe(
      `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
    );
    expect((await admin.request(GUARD, { id: created.id })).data!.guard.idNumber).toBe(idNumber);
  });

  it('never writes the ID number into the audit log', async () => {
    const idNumber = newIdNumber();
    const r = await admin.request(CREATE_GUARD, { input: input({ idNumber }) });
    const rows = await t.dataSource.query(
      `SELECT action, detail::text AS detail FROM audit_entry WHERE target_id = $1`,
      [r.data!.createGuard.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].action).toBe('guard.create');
    expect(rows[0].detail).not.toContain(idNumber);
  });

  it('links the demo guard accounts to their guards', async () => {
    const r = await admin.request(LIST, { first: 50 });
    const byName = Object.fromEntries(
      r.data!.guards.nodes.map((g: { name: string; account: { username: string } | null }) => [
        g.name,
        g.account?.username ?? null,
      ]),
    );
    expect(byName).toMatchObject({ 张伟: 'cq.guard1', 刘洋: 'cq.guard2', 赵刚: null });
    // The database keeps a guard account linked, and other accounts unlinked.
    await expect(
      t.dataSource.query(`UPDATE app_user SET guard_id = NULL WHERE username = 'cq.guard1'`),
    ).rejects.toThrow(/ck_user_guard/);
    await expect(
      t.dataSource.query(
        `UPDATE app_user SET guard_id = (SELECT guard_id FROM app_user WHERE username = 'cq.guard1') WHERE username = 'cq.guard2'`,
      ),
    ).rejects.toThrow(/uq_user_guard/);
  });

  it('edits what is given and keeps the rest', async () => {
    const created = (await admin.request(CREATE_FULL, { input: input() })).data!.createGuard;
    const r = await admin.request(UPDATE, {
      id: created.id,
      input: { certificateStatus: 'SUSPENDED', phone: '13900001111' },
    });
    expect(r.data!.updateGuard).toMatchObject({
      name: '吴敏',
      phone: '13900001111',
      certificateStatus: 'SUSPENDED',
      certificateValid: false,
    });
    const audit = await t.dataSource.query(
      `SELECT detail FROM audit_entry WHERE target_id = $1 AND action = 'guard.update'`,
      [created.id],
    );
    expect(audit[0].detail.changed.sort()).toEqual(['certificateStatus', 'phone']);
  });

  it('filters by status and finds by name or certificate number', async () => {
    const suspended = await supervisor.request(LIST, { first: 50, certificateStatus: 'SUSPENDED' });
    expect(suspended.data!.guards.nodes.map((g: { name: string }) => g.name)).toContain('赵刚');
    expect(
      suspended.data!.guards.nodes.every((g: { certificateValid: boolean }) => !g.certificateValid),
    ).toBe(true);
    const found = await supervisor.request(LIST, { first: 50, search: '2019000102' });
    expect(found.data!.guards.nodes.map((g: { name: string }) => g.name)).toEqual(['刘洋']);
    const none = await supervisor.request(LIST, { first: 50, search: '%' });
    expect(none.data!.guards.nodes).toEqual([]);
  });
});

describe('refused', () => {
  it('an ID number with a wrong check character, with a field message', async () => {
    const good = newIdNumber();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const r = await admin.request(CREATE_GUARD, { input: input({ idNumber: bad }) });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ idNumber: 'ID_NUMBER_INVALID' });
  });

  it('fields that are missing or malformed, all at once', async () => {
    const r = await admin.request(CREATE_GUARD, {
      input: input({ name: '', idNumber: '123', phone: 'call me', hiredOn: '2024-02-30' }),
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(problemsOf(r)).sort()).toEqual(['hiredOn', 'idNumber', 'name', 'phone']);
  });

  it("a phone number by the domain's one rule (the units' too), with the form's code", async () => {
    const r = await admin.request(CREATE_GUARD, { input: input({ phone: '138-' }) });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ phone: 'PHONE_INVALID' });
    const ok = await admin.request(CREATE_GUARD, { input: input({ phone: '(023) 6388 1234' }) });
    expect(ok.errors).toBeUndefined();
  });

  it('a valid certificate without its number', async () => {
    const r = await admin.request(CREATE_GUARD, { input: input({ certificateNo: '  ' }) });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ certificateNo: 'CERTIFICATE_NO_REQUIRED' });
    // A pending certificate has no number yet.
    const pending = await admin.request(CREATE_FULL, {
      input: input({ certificateNo: null, certificateStatus: 'PENDING' }),
    });
    expect(pending.data!.createGuard).toMatchObject({
      certificateNo: null,
      certificateValid: false,
    });
  });

  it('the same ID number twice in a company, and nothing is written', async () => {
    const idNumber = newIdNumber();
    expect(
      (await admin.request(CREATE_GUARD, { input: input({ idNumber }) })).errors,
    ).toBeUndefined();
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM guard`);
    const r = await admin.request(CREATE_GUARD, { input: input({ idNumber, name: '另一人' }) });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ idNumber: 'ID_NUMBER_TAKEN' });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM guard`)).toEqual(before);
    // Another company may employ the same person.
    expect(
      (await scAdmin.request(CREATE_GUARD, { input: input({ idNumber }) })).errors,
    ).toBeUndefined();
  });

  it('supervisors and guards cannot put guards on file; guards cannot list them', async () => {
    expect(codes(await supervisor.request(CREATE_GUARD, { input: input() }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await guard.request(CREATE_GUARD, { input: input() }))).toEqual(['FORBIDDEN']);
    expect(codes(await guard.request(LIST, { first: 5 }))).toEqual(['FORBIDDEN']);
  });

  it("another company's guard is NOT_FOUND", async () => {
    const created = (await admin.request(CREATE_GUARD, { input: input() })).data!.createGuard;
    expect(codes(await scAdmin.request(GUARD, { id: created.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await scAdmin.request(UPDATE, { id: created.id, input: { name: 'x' } }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('SQL statements', () => {
  it('do not grow with the page size', async () => {
    for (let i = 0; i < 3; i++) await admin.request(CREATE_GUARD, { input: input() });
    const q = (first: number) => () => supervisor.request(LIST, { first });
    await q(1)();
    const one = await t.countStatements(q(1));
    const many = await t.countStatements(q(20));
    expect(
      (await supervisor.request(LIST, { first: 20 })).data!.guards.nodes.length,
    ).toBeGreaterThan(10);
    expect(many).toBe(one);
    expect(one).toBe(2); // the page, one batch of accounts
  });
});

const FIELDS = /* GraphQL */ `
  fragment GuardFields on Guard {
    id
    name
    idNumber
    certificateNo
    certificateStatus
    certificateValid
    phone
    hiredOn
    employmentStatus
    account {
      username
    }
  }
`;
const CREATE_FULL = /* GraphQL */ `
  ${FIELDS}
  mutation Create($input: CreateGuardInput!) {
    createGuard(input: $input) {
      ...GuardFields
    }
  }
`;
const UPDATE = /* GraphQL */ `
  ${FIELDS}
  mutation Update($id: ID!, $input: UpdateGuardInput!) {
    updateGuard(id: $id, input: $input) {
      ...GuardFields
    }
  }
`;
const GUARD = /* GraphQL */ `
  ${FIELDS}
  query Guard($id: ID!) {
    guard(id: $id) {
      ...GuardFields
    }
  }
`;
const LIST = /* GraphQL */ `
  ${FIELDS}
  query Guards($first: Int!, $search: String, $certificateStatus: CertificateStatus) {
    guards(first: $first, search: $search, certificateStatus: $certificateStatus) {
      nodes {
        ...GuardFields
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`;
