import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { codes, startTestServer, type GqlResult, type TestServer } from './test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

/** A sign-in as if from `address` (the server trusts X-Forwarded-For from loopback, as behind nginx). */
async function signIn(username: string, password: string, address: string): Promise<GqlResult> {
  const res = await t
    .client()
    .post(JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }), {
      'content-type': 'application/json',
      'x-forwarded-for': address,
    });
  return (await res.json()) as GqlResult;
}

const failedSignIns = async (username: string) => {
  const [{ n }] = await t.dataSource.query(
    `SELECT count(*)::int AS n FROM audit_entry a JOIN app_user u ON u.id = a.target_id
      WHERE a.action = 'auth.login_failed' AND u.username = $1`,
    [username],
  );
  return n as number;
};

describe('per-address sign-in limit', () => {
  it('blocks an address that keeps failing across many accounts, whatever account it tries next', async () => {
    for (let i = 0; i < 30; i++) {
      const r = await t
        .client()
        .request(LOGIN, { input: { username: `nobody${i}`, password: 'x' } });
      expect(codes(r)).toEqual(['INVALID_CREDENTIALS']);
    }
    const next = await t
      .client()
      .request(LOGIN, { input: { username: 'cq.admin', password: 'Cqss@2026' } });
    expect(codes(next)).toEqual(['RATE_LIMITED']);
  });
});

describe('concurrent guesses', () => {
  it('evaluates only five of 20 wrong passwords sent at once for one account', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn('cq.guard1', `guess${i}`, '10.1.0.1')),
    );
    const tally = countBy(results.map((r) => codes(r)[0]!));
    expect(tally).toEqual({ INVALID_CREDENTIALS: 5, RATE_LIMITED: 15 });
    expect(await failedSignIns('cq.guard1')).toBe(5);
  });

  it('after four failures, lets one of 20 concurrent attempts through, not the right password hidden among them', async () => {
    for (let i = 0; i < 4; i++) await signIn('cq.guard3', `guess${i}`, '10.1.0.2');
    const attempts = Array.from({ length: 20 }, (_, i) =>
      signIn('cq.guard3', i === 19 ? DEMO_PASSWORD : `again${i}`, '10.1.0.2'),
    );
    const tally = countBy((await Promise.all(attempts)).map((r) => codes(r)[0] ?? 'SIGNED_IN'));
    expect(tally.RATE_LIMITED).toBe(19);
    expect((tally.INVALID_CREDENTIALS ?? 0) + (tally.SIGNED_IN ?? 0)).toBe(1);
  });
});

describe('no one can lock an owner out', () => {
  it('an account guessed at from many addresses still lets its owner in from an address they used before, and no one else', async () => {
    expect(codes(await signIn('cq.guard4', DEMO_PASSWORD, '10.2.0.1'))).toEqual([]); // the owner, some day

    // 60 wrong passwords from 15 addresses: each address stays under its own limit of 5.
    const guesses = Array.from({ length: 60 }, (_, i) =>
      signIn('cq.guard4', `guess${i}`, `10.3.0.${i % 15}`),
    );
    const tally = countBy((await Promise.all(guesses)).map((r) => codes(r)[0]!));
    expect(tally).toEqual({ INVALID_CREDENTIALS: 50, RATE_LIMITED: 10 });

    // A new address, even with the right password, waits: the account is under attack.
    const stranger = await signIn('cq.guard4', DEMO_PASSWORD, '10.4.0.1');
    expect(codes(stranger)).toEqual(['RATE_LIMITED']);
    // The owner, from where they signed in before, gets in.
    expect(codes(await signIn('cq.guard4', DEMO_PASSWORD, '10.2.0.1'))).toEqual([]);
  });

  it("failures from one address do not block the account's owner elsewhere", async () => {
    for (let i = 0; i < 6; i++) await signIn('cq.supervisor', `guess${i}`, '10.5.0.1');
    expect(codes(await signIn('cq.supervisor', DEMO_PASSWORD, '10.5.0.1'))).toEqual([
      'RATE_LIMITED',
    ]);
    expect(codes(await signIn('cq.supervisor', DEMO_PASSWORD, '10.5.0.2'))).toEqual([]);
  });
});

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`;
