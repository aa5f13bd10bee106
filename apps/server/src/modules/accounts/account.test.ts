import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_GUARD, newIdNumber } from '../../../test/operations';
import { problemList, problemsOf } from '../../../test/problems';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { socketOf } from '../../../test/ws-client';

let t: TestServer;
let admin: GqlClient;
let scAdmin: GqlClient;
let supervisor: GqlClient;
let guard: GqlClient;
let officer: GqlClient;

const FIRST = 'Lantern-Road-42';
const OWN = 'East-Gate-Morning-7';

beforeAll(async () => {
  t = await startTestServer();
  [admin, scAdmin, supervisor, guard, officer] = await Promise.all([
    t.login('cq.admin'),
    t.login('sc.admin'),
    t.login('cq.supervisor'),
    t.login('cq.guard1'),
    t.login('cq.police'),
  ]);
});
afterAll(() => t.close());

async function newGuard(name = '吴敏'): Promise<string> {
  const r = await admin.request(CREATE_GUARD, {
    input: {
      name,
      idNumber: newIdNumber(),
      certificateNo: '渝保证2024000777',
      certificateStatus: 'VALID',
      phone: '138 0000 3333',
      hiredOn: '2024-05-06',
    },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createGuard.id;
}

const open = (client: GqlClient, input: Record<string, unknown>) =>
  client.request(OPEN, { input: { initialPassword: FIRST, ...input } });

async function signIn(username: string, password: string): Promise<GqlClient> {
  const client = t.client();
  const r = await client.request(LOGIN, { input: { username, password } });
  expect(r.errors).toBeUndefined();
  return client;
}

const auditOf = async (action: string, targetId: string) =>
  (await admin.request(AUDIT, { action, targetId })).data!.auditEntries.nodes as {
    action: string;
    actorLabel: string;
  }[];

describe('opening an account for a new guard', () => {
  it('opens it with a one-time password that must be changed before anything else', async () => {
    const guardId = await newGuard();
    const r = await open(admin, {
      role: 'GUARD',
      username: ' CQ.Wumin ',
      displayName: '吴敏',
      guardId,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.openAccount).toMatchObject({
      username: 'cq.wumin',
      role: 'GUARD',
      active: true,
      mustChangePassword: true,
      lastSignInAt: null,
    });
    const accountOf = await admin.request(GUARD_ACCOUNT, { id: guardId });
    expect(accountOf.data!.guard.account.username).toBe('cq.wumin');

    const wumin = await signIn('cq.wumin', FIRST);
    expect((await wumin.request(ME)).data!.me).toMatchObject({ mustChangePassword: true });
    // Every other operation is refused with the code the console routes on.
    expect(codes(await wumin.request(ON_DUTY))).toEqual(['PASSWORD_CHANGE_REQUIRED']);

    const wrong = await wumin.request(CHANGE, {
      input: { currentPassword: 'not-it-at-all', newPassword: OWN },
    });
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(wrong)).toEqual({ currentPassword: 'PASSWORD_WRONG' });
    for (const [newPassword, code] of [
      ['short', 'TOO_SHORT'],
      ['qwertyuiop', 'PASSWORD_TOO_COMMON'],
      ['cq.wumin-2026', 'PASSWORD_HAS_USERNAME'],
      [FIRST, 'PASSWORD_UNCHANGED'],
    ]) {
      const bad = await wumin.request(CHANGE, { input: { currentPassword: FIRST, newPassword } });
      expect(problemsOf(bad), newPassword).toEqual({ newPassword: code });
    }
    expect(
      problemList(
        await wumin.request(CHANGE, { input: { currentPassword: FIRST, newPassword: 'short' } }),
      )[0],
    ).toMatchObject({ params: { min: 10 } });

    const changed = await wumin.request(CHANGE, {
      input: { currentPassword: FIRST, newPassword: OWN },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changePassword.mustChangePassword).toBe(false);
    // The same session goes on, now free.
    expect((await wumin.request(ON_DUTY)).errors).toBeUndefined();
    expect(
      codes(await t.client().request(LOGIN, { input: { username: 'cq.wumin', password: FIRST } })),
    ).toEqual(['INVALID_CREDENTIALS']);
    await signIn('cq.wumin', OWN);

    const id = r.data!.openAccount.id;
    expect((await auditOf('account.open', id)).map((e) => e.actorLabel)).toEqual(['cq.admin']);
    expect((await auditOf('account.password_change', id)).map((e) => e.actorLabel)).toEqual([
      'cq.wumin',
    ]);
    expect(await auditOf('account.password_change_failed', id)).toHaveLength(1);
    const listed = await admin.request(ACCOUNTS, { search: 'wumin' });
    expect(listed.data!.accounts.nodes[0].lastSignInAt).not.toBeNull();
  });

  it('refuses a second account for a guard, a taken username, and a guard who has left, writing nothing', async () => {
    const guardId = await newGuard('郑洁');
    expect(
      (await open(admin, { role: 'GUARD', username: 'cq.zhengjie', displayName: '郑洁', guardId }))
        .errors,
    ).toBeUndefined();
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user`);
    const auditBefore = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action LIKE 'account.%'`,
    );

    const twice = await open(admin, {
      role: 'GUARD',
      username: 'cq.zhengjie2',
      displayName: '郑洁',
      guardId,
    });
    expect(problemsOf(twice)).toEqual({ guardId: 'GUARD_HAS_ACCOUNT' });
    const taken = await open(admin, {
      role: 'DUTY_SUPERVISOR',
      username: 'CQ.Admin',
      displayName: '重名',
    });
    expect(problemsOf(taken)).toEqual({ username: 'USERNAME_TAKEN' });
    const left = await newGuard('钱立');
    await admin.request(
      `mutation($id: ID!) { updateGuard(id: $id, input: { employmentStatus: LEFT }) { id } }`,
      { id: left },
    );
    expect(
      problemsOf(
        await open(admin, {
          role: 'GUARD',
          username: 'cq.qianli',
          displayName: '钱立',
          guardId: left,
        }),
      ),
    ).toEqual({ guardId: 'NOT_EMPLOYED' });

    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user`)).toEqual(before);
    expect(
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE action LIKE 'account.%'`,
      ),
    ).toEqual(auditBefore);
  });

  it('names each bad field of an account to open', async () => {
    const r = await admin.request(OPEN, {
      input: { role: 'GUARD', username: '9x', displayName: ' ', initialPassword: '9x-9x' },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({
      username: 'TOO_SHORT',
      displayName: 'REQUIRED',
      guardId: 'REQUIRED',
      initialPassword: 'TOO_SHORT',
    });
    const officerRole = await open(admin, {
      role: 'POLICE_OFFICER',
      username: 'cq.fake',
      displayName: 'x',
    });
    expect(problemsOf(officerRole)).toEqual({ role: 'NOT_ALLOWED' });
    const common = await open(admin, {
      role: 'DUTY_SUPERVISOR',
      username: 'cq.duty9',
      displayName: '王强',
      initialPassword: 'Password123',
    });
    expect(problemsOf(common)).toEqual({ initialPassword: 'PASSWORD_TOO_COMMON' });
    const otherGuard = await scAdmin.request(`query { guards(first: 1) { nodes { id } } }`);
    const foreign = await open(admin, {
      role: 'GUARD',
      username: 'cq.foreign',
      displayName: 'x',
      guardId: otherGuard.data!.guards.nodes[0].id,
    });
    expect(problemsOf(foreign)).toEqual({ guardId: 'NOT_FOUND' });
  });
});

describe('supervisors and admins', () => {
  it('opens a duty supervisor and another admin, who must change their password first', async () => {
    for (const [role, username] of [
      ['DUTY_SUPERVISOR', 'cq.duty2'],
      ['COMPANY_ADMIN', 'cq.admin2'],
    ]) {
      const r = await open(admin, { role, username, displayName: '王强' });
      expect(r.errors).toBeUndefined();
      const client = await signIn(username!, FIRST);
      expect(codes(await client.request(ACCOUNTS, {}))).toEqual(['PASSWORD_CHANGE_REQUIRED']);
    }
  });
});

describe('disabling, enabling and resetting', () => {
  it('ends a disabled account’s sessions and sockets at once, and it cannot sign in until enabled', async () => {
    await open(admin, { role: 'DUTY_SUPERVISOR', username: 'cq.duty3', displayName: '李娜' });
    const duty = await signIn('cq.duty3', FIRST);
    await duty.request(CHANGE, { input: { currentPassword: FIRST, newPassword: OWN } });
    expect((await duty.request(ME)).data!.me.username).toBe('cq.duty3'); // cached now
    const socket = socketOf(t.url, duty);
    const closed = new Promise<unknown>((resolve) => {
      socket.subscribe(
        { query: ALERTS },
        { next: () => {}, error: resolve, complete: () => resolve('complete') },
      );
    });
    await new Promise((r) => setTimeout(r, 300)); // the subscription is live

    const id = (await admin.request(ACCOUNTS, { search: 'cq.duty3' })).data!.accounts.nodes[0].id;
    const r = await admin.request(DISABLE, { id });
    expect(r.data!.disableAccount.active).toBe(false);
    expect(codes(await duty.request(ME))).toEqual(['UNAUTHENTICATED']);
    expect(await closed).toMatchObject({ code: 4401 });
    await socket.dispose();
    expect(
      codes(await t.client().request(LOGIN, { input: { username: 'cq.duty3', password: OWN } })),
    ).toEqual(['INVALID_CREDENTIALS']);
    const listed = await admin.request(ACCOUNTS, { active: false });
    expect(listed.data!.accounts.nodes.map((u: { username: string }) => u.username)).toContain(
      'cq.duty3',
    );

    expect((await admin.request(ENABLE, { id })).data!.enableAccount.active).toBe(true);
    await signIn('cq.duty3', OWN);
    expect(await auditOf('account.disable', id)).toHaveLength(1);
    expect(await auditOf('account.enable', id)).toHaveLength(1);
  });

  it('refuses to disable one’s own account', async () => {
    const me = (await admin.request(ME)).data!.me;
    const r = await admin.request(DISABLE, { id: me.id });
    expect(problemsOf(r)).toEqual({ id: 'CANNOT_DISABLE_SELF' });
  });

  it('resets a password to a one-time one and ends the sessions', async () => {
    await open(admin, { role: 'DUTY_SUPERVISOR', username: 'cq.duty4', displayName: '周杰' });
    const duty = await signIn('cq.duty4', FIRST);
    await duty.request(CHANGE, { input: { currentPassword: FIRST, newPassword: OWN } });
    const id = (await admin.request(ACCOUNTS, { search: 'cq.duty4' })).data!.accounts.nodes[0].id;
    expect(
      problemsOf(await admin.request(RESET, { id, input: { initialPassword: 'cq.duty4-2026' } })),
    ).toEqual({ initialPassword: 'PASSWORD_HAS_USERNAME' });
    const r = await admin.request(RESET, { id, input: { initialPassword: 'Reset-Pass-2026' } });
    expect(r.data!.resetPassword.mustChangePassword).toBe(true);
    expect(codes(await duty.request(ME))).toEqual(['UNAUTHENTICATED']);
    const again = await signIn('cq.duty4', 'Reset-Pass-2026');
    expect(codes(await again.request(ON_DUTY))).toEqual(['PASSWORD_CHANGE_REQUIRED']);
    expect(await auditOf('account.password_reset', id)).toHaveLength(1);
  });

  it('ends one’s other sessions on a change of password, keeping this one', async () => {
    await open(admin, { role: 'DUTY_SUPERVISOR', username: 'cq.duty5', displayName: '孙丽' });
    const here = await signIn('cq.duty5', FIRST);
    const there = await signIn('cq.duty5', FIRST);
    await here.request(CHANGE, { input: { currentPassword: FIRST, newPassword: OWN } });
    expect(codes(await there.request(ME))).toEqual(['UNAUTHENTICATED']);
    expect((await here.request(ME)).data!.me.username).toBe('cq.duty5');
  });

  it('lets an officer change their own password', async () => {
    const r = await officer.request(CHANGE, {
      input: { currentPassword: 'Cqss@2026', newPassword: 'Jiefangbei-Patrol-9' },
    });
    expect(r.errors).toBeUndefined();
    await signIn('cq.police', 'Jiefangbei-Patrol-9');
  });
});

describe('who may manage accounts', () => {
  it('refuses supervisors, guards and officers', async () => {
    const { id } = (await admin.request(ME)).data!.me;
    for (const client of [supervisor, guard, officer]) {
      expect(codes(await client.request(ACCOUNTS, {}))).toEqual(['FORBIDDEN']);
      expect(
        codes(await open(client, { role: 'GUARD', username: 'cq.nobody', displayName: 'x' })),
      ).toEqual(['FORBIDDEN']);
      expect(codes(await client.request(DISABLE, { id }))).toEqual(['FORBIDDEN']);
      expect(
        codes(await client.request(RESET, { id, input: { initialPassword: 'Reset-Pass-2026' } })),
      ).toEqual(['FORBIDDEN']);
    }
    expect(
      codes(
        await t.client().request(CHANGE, { input: { currentPassword: 'x', newPassword: OWN } }),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps each company to its own accounts', async () => {
    const cqAdminId = (await admin.request(ME)).data!.me.id;
    const seen = await scAdmin.request(ACCOUNTS, { first: 100 });
    const names = seen.data!.accounts.nodes.map((u: { username: string }) => u.username);
    expect(names).toContain('sc.admin');
    expect(names.filter((n: string) => n.startsWith('cq.'))).toEqual([]);
    expect(codes(await scAdmin.request(DISABLE, { id: cqAdminId }))).toEqual(['NOT_FOUND']);
    expect(codes(await scAdmin.request(ENABLE, { id: cqAdminId }))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await scAdmin.request(RESET, {
          id: cqAdminId,
          input: { initialPassword: 'Reset-Pass-2026' },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    await signIn('cq.admin', 'Cqss@2026'); // untouched
  });
});

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`;
const ACCOUNT_FIELDS = `id username displayName role active mustChangePassword lastSignInAt`;
const OPEN = /* GraphQL */ `
  mutation OpenAccount($input: OpenAccountInput!) {
    openAccount(input: $input) { ${ACCOUNT_FIELDS} }
  }
`;
const RESET = /* GraphQL */ `
  mutation ResetPassword($id: ID!, $input: ResetPasswordInput!) {
    resetPassword(id: $id, input: $input) { ${ACCOUNT_FIELDS} }
  }
`;
const DISABLE = /* GraphQL */ `
  mutation DisableAccount($id: ID!) {
    disableAccount(id: $id) { ${ACCOUNT_FIELDS} }
  }
`;
const ENABLE = /* GraphQL */ `
  mutation EnableAccount($id: ID!) {
    enableAccount(id: $id) { ${ACCOUNT_FIELDS} }
  }
`;
const CHANGE = /* GraphQL */ `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { ${ACCOUNT_FIELDS} }
  }
`;
const ACCOUNTS = /* GraphQL */ `
  query Accounts($first: Int, $search: String, $active: Boolean) {
    accounts(first: $first, search: $search, active: $active) {
      nodes { ${ACCOUNT_FIELDS} }
    }
  }
`;
const ME = /* GraphQL */ `
  query {
    me { ${ACCOUNT_FIELDS} }
  }
`;
// Something every company role may read.
const ON_DUTY = /* GraphQL */ `
  query {
    policeOrgans {
      id
    }
  }
`;
const GUARD_ACCOUNT = /* GraphQL */ `
  query ($id: ID!) {
    guard(id: $id) {
      account {
        username
      }
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query ($action: String, $targetId: ID) {
    auditEntries(first: 20, action: $action, targetId: $targetId) {
      nodes {
        action
        actorLabel
      }
    }
  }
`;
const ALERTS = /* GraphQL */ `
  subscription {
    feedbackAlertRaised {
      id
    }
  }
`;
