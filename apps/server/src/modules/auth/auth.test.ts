import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from '../../../test/test-server';
import { problemsOf } from '../../../test/problems';
import { DEMO_PASSWORD } from '../../seed/demo-data';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('successful sign-in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and answers me', async () => {
    const client = t.client();
    const result = await client.request(LOGIN, {
      input: { username: 'CQ.Admin', password: DEMO_PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.login).toMatchObject({
      username: 'cq.admin',
      role: 'COMPANY_ADMIN',
      company: { name: '重庆保安服务有限公司' },
    });
    const cookie = client.lastSetCookies.find((c) => c.startsWith('cqss_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Expires=/i);

    const me = await client.request(ME);
    expect(me.data!.me).toMatchObject({ username: 'cq.admin', displayName: '王建国' });
  });

  it('tells an officer their organ and jurisdiction', async () => {
    const officer = await t.login('cd.police');
    const me = await officer.request(ME);
    expect(me.data!.me).toMatchObject({
      role: 'POLICE_OFFICER',
      company: null,
      policeOrgan: { name: '成都市公安局', jurisdictionName: '四川省成都市' },
    });
  });
});

describe('failing sign-in', () => {
  it('answers UNAUTHENTICATED to me without a session', async () => {
    expect(codes(await t.client().request(ME))).toEqual(['UNAUTHENTICATED']);
  });

  it('gives one generic error for a wrong password and for an unknown account', async () => {
    const wrong = await t
      .client()
      .request(LOGIN, { input: { username: 'cq.guard1', password: 'nope' } });
    const unknown = await t
      .client()
      .request(LOGIN, { input: { username: 'nobody', password: 'nope' } });
    expect(codes(wrong)).toEqual(['INVALID_CREDENTIALS']);
    expect(codes(unknown)).toEqual(['INVALID_CREDENTIALS']);
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(wrong.data).toBeNull();
  });

  it('refuses empty fields with field messages', async () => {
    const result = await t.client().request(LOGIN, { input: { username: '', password: '' } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(result)).toEqual({ password: 'REQUIRED', username: 'REQUIRED' });
  });

  it('blocks an account after five failures, even for the right password', async () => {
    const client = t.client();
    for (let i = 0; i < 5; i++) {
      expect(
        codes(
          await client.request(LOGIN, { input: { username: 'cq.guard2', password: `guess${i}` } }),
        ),
      ).toEqual(['INVALID_CREDENTIALS']);
    }
    const blocked = await client.request(LOGIN, {
      input: { username: 'cq.guard2', password: DEMO_PASSWORD },
    });
    expect(codes(blocked)).toEqual(['RATE_LIMITED']);
    expect(blocked.errors![0]!.extensions.retryAfterSeconds).toBeGreaterThan(800);
    // Other accounts are not affected by one account's lock.
    await expect(t.login('cq.supervisor')).resolves.toBeDefined();
  });

  it('ignores a forged token', async () => {
    const forged = await new SignJWT({ typ: 'user', sid: '00000000-0000-0000-0000-000000000000' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
    const client = t.client();
    client.cookies.set('cqss_session', forged);
    expect(codes(await client.request(ME))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('logout', () => {
  it('revokes the session on the server, so a copied cookie stops working', async () => {
    const client = await t.login('sc.admin');
    const copied = client.cookies.get('cqss_session')!;
    expect((await client.request(LOGOUT)).data).toEqual({ logout: true });
    expect(client.cookies.has('cqss_session')).toBe(false);

    const replay = t.client();
    replay.cookies.set('cqss_session', copied);
    expect(codes(await replay.request(ME))).toEqual(['UNAUTHENTICATED']);
  });
});

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
      username
      role
      company {
        name
      }
    }
  }
`;
const ME = /* GraphQL */ `
  query Me {
    me {
      id
      username
      displayName
      role
      company {
        name
      }
      policeOrgan {
        name
        jurisdictionName
      }
    }
  }
`;
const LOGOUT = /* GraphQL */ `
  mutation Logout {
    logout
  }
`;
