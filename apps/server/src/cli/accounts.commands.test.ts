import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli';
import { codes, startTestServer, type TestServer } from '../../test/test-server';
import { creditCodeCheckChar } from '@cqss/domain';

// The operator's commands against a running server's database (with Redis, as replicas run).
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let t: TestServer;
const cli = (...args: string[]) =>
  runCli(args, {
    DATABASE_URL: t.config.DATABASE_URL!,
    REDIS_URL: redisUrl,
    PASSWORD_HASH_COST: '10',
  });
const oneTime = (stdout: string) => /one-time password: (\S+)/.exec(stdout)?.[1] ?? '';
const NEW = 'Operator-Handed-Over-1';

beforeAll(async () => {
  t = await startTestServer({ REDIS_URL: redisUrl });
});
afterAll(() => t.close());

async function signInAndChange(username: string, password: string) {
  const client = t.client();
  const login = await client.request(LOGIN, { input: { username, password } });
  expect(login.errors, username).toBeUndefined();
  expect(login.data!.login.mustChangePassword).toBe(true);
  const changed = await client.request(CHANGE, {
    input: { currentPassword: password, newPassword: NEW },
  });
  expect(changed.errors).toBeUndefined();
  return client;
}

// Each command is a Node process compiling the CLI from source: seconds each on a busy machine.
describe('the operator’s accounts commands', { timeout: 120_000 }, () => {
  it('creates a company with its first admin, an organ and an officer, who then sign in', async () => {
    const license = '91500105MA60XY7K2';
    const company = await cli(
      'company',
      'create',
      '--name',
      '重庆江北安保服务有限公司',
      '--ownership',
      'domestic',
      '--division',
      '500105',
      '--security-license',
      '渝公保服20260042',
      '--business-license',
      license + creditCodeCheckChar(license),
      '--admin-username',
      'JB.Admin',
      '--admin-name',
      '何勇',
    );
    expect(company.stderr).toBe('');
    expect(company.code).toBe(0);
    const admin = await signInAndChange('jb.admin', oneTime(company.stdout));
    const me = await admin.request(`query { me { role company { name } } }`);
    expect(me.data!.me).toEqual({
      role: 'COMPANY_ADMIN',
      company: { name: '重庆江北安保服务有限公司' },
    });
    // The new company is empty and its own.
    const units = await admin.request(`query { customerUnits(first: 5) { nodes { id } } }`);
    expect(units.data!.customerUnits.nodes).toEqual([]);

    const organ = await cli('organ', 'create', '--name', '绵阳市公安局', '--division', '510700');
    expect(organ.code).toBe(0);
    expect(organ.stdout).toContain('绵阳市公安局');
    const officer = await cli(
      'officer',
      'create',
      '--organ',
      '510700',
      '--username',
      'my.police',
      '--name',
      '钱警官',
    );
    expect(officer.code).toBe(0);
    const police = await signInAndChange('my.police', oneTime(officer.stdout));
    const organOf = await police.request(`query { me { policeOrgan { name divisionCode } } }`);
    expect(organOf.data!.me.policeOrgan).toEqual({ name: '绵阳市公安局', divisionCode: '510700' });

    const audit = await t.dataSource.query(
      `SELECT action, actor_label FROM audit_entry WHERE actor_label = 'operator' ORDER BY created_at`,
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'company.create',
      'account.open',
      'police_organ.create',
      'account.open',
    ]);
  });

  it('resets any password to a one-time one, ending the sessions on the running server at once', async () => {
    const guard = await t.login('cq.guard3');
    expect((await guard.request(ME)).errors).toBeUndefined(); // cached by the server
    const reset = await cli('password', 'reset', 'cq.guard3');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('ended 1 session');
    let result = await guard.request(ME);
    for (let i = 0; i < 20 && !result.errors; i++) {
      await new Promise((r) => setTimeout(r, 25));
      result = await guard.request(ME);
    }
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    await signInAndChange('cq.guard3', oneTime(reset.stdout));
  });

  it('refuses what it cannot do, saying which option is wrong, and writes nothing', async () => {
    const before = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM company) c, (SELECT count(*) FROM app_user) u, (SELECT count(*) FROM police_organ) o`,
    );
    // Run side by side: each is refused before it writes anything.
    const [badCompany, takenAdmin, organTaken, organUnknown, noOrgan, noAccount] =
      await Promise.all([
        cli(
          'company',
          'create',
          '--name',
          'X',
          '--ownership',
          'ALIEN',
          '--division',
          '500105',
          '--security-license',
          'L1',
          '--business-license',
          '915001050000000000',
          '--admin-username',
          'x.admin',
          '--admin-name',
          'X',
        ),
        cli(
          'company',
          'create',
          '--name',
          'Y',
          '--ownership',
          'DOMESTIC',
          '--division',
          '500105',
          '--security-license',
          'L1',
          '--business-license',
          '91500105MA60XY7K2' + creditCodeCheckChar('91500105MA60XY7K2'),
          '--admin-username',
          'cq.admin',
          '--admin-name',
          'Y',
        ),
        cli('organ', 'create', '--name', '重庆', '--division', '500000'),
        cli('organ', 'create', '--name', '某局', '--division', '999999'),
        cli('officer', 'create', '--organ', '440300', '--username', 'sz.police', '--name', '李'),
        cli('password', 'reset', 'nobody.here'),
      ]);
    expect(badCompany.code).toBe(1);
    expect(badCompany.stderr).toContain('--ownership');
    expect(badCompany.stderr).toContain('--business-license');
    expect(takenAdmin.stderr).toContain('--admin-username: the username cq.admin is taken');
    expect(organTaken.stderr).toContain('registered already');
    expect(organUnknown.stderr).toContain('--division');
    expect(noOrgan.stderr).toContain('no police organ');
    expect(noAccount.stderr).toContain('There is no account nobody.here');
    const after = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM company) c, (SELECT count(*) FROM app_user) u, (SELECT count(*) FROM police_organ) o`,
    );
    expect(after).toEqual(before);
  });
});

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      mustChangePassword
    }
  }
`;
const CHANGE = /* GraphQL */ `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      mustChangePassword
    }
  }
`;
const ME = /* GraphQL */ `
  query {
    me {
      username
    }
  }
`;
