import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './test-server';
import { supervisorAccount } from './operations';
import { socketOf } from './ws-client';
import { pairedKiosk, submit, unitIds } from './kiosk-fixtures';

// Two replicas on one database, sharing Redis, as behind a load balancer.
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  a = await startTestServer({ REDIS_URL: redisUrl });
  b = await startTestServer({ REDIS_URL: redisUrl }, { shareDatabaseWith: a });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('replicas sharing Redis', () => {
  it('a logout on one replica revokes the session on the other at once, though the other had it cached', async () => {
    const onA = await a.login('cq.admin');
    const onB = b.client();
    onB.cookies.set('cqss_session', onA.cookies.get('cqss_session')!);
    expect((await onB.request(ME)).data!.me.username).toBe('cq.admin'); // now cached on B

    await onA.request(`mutation { logout }`);
    let result = await onB.request(ME);
    for (let i = 0; i < 20 && !result.errors; i++) {
      await new Promise((r) => setTimeout(r, 25)); // the event crosses Redis asynchronously
      result = await onB.request(ME);
    }
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
  });

  it('a disabled account is signed out on the other replica at once, its socket there closed', async () => {
    const adminOnA = await a.login('cq.admin');
    const dutyOnB = await supervisorAccount(b, 'cq.replica.duty');
    expect((await dutyOnB.request(ME)).data!.me.username).toBe('cq.replica.duty'); // cached on B
    const socket = socketOf(b.url, dutyOnB);
    const closed = new Promise<unknown>((resolve) => {
      socket.subscribe(
        { query: `subscription { feedbackAlertRaised { id } }` },
        { next: () => {}, error: resolve, complete: () => resolve('complete') },
      );
    });
    const id = (await dutyOnB.request(`query { me { id } }`)).data!.me.id;
    await new Promise((r) => setTimeout(r, 200)); // the socket is open
    const disabled = await adminOnA.request(
      `mutation($id: ID!) { disableAccount(id: $id) { active } }`,
      { id },
    );
    expect(disabled.data).toEqual({ disableAccount: { active: false } });
    let result = await dutyOnB.request(ME);
    for (let i = 0; i < 20 && !result.errors; i++) {
      await new Promise((r) => setTimeout(r, 25)); // the event crosses Redis asynchronously
      result = await dutyOnB.request(ME);
    }
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(await closed).toMatchObject({ code: 4401 });
    await socket.dispose();
  });

  it('a kiosk revoked on one replica is refused on the other at once, though the other had it cached', async () => {
    const adminOnA = await a.login('cq.admin');
    const { kiosk, deviceId } = await pairedKiosk(
      a,
      adminOnA,
      Object.values(await unitIds(adminOnA))[0]!,
    );
    const onB = b.client();
    onB.cookies.set('cqss_device', kiosk.cookies.get('cqss_device')!);
    const KIOSK = `query { kiosk { deviceName } }`;
    expect((await onB.request(KIOSK)).data).toEqual({ kiosk: { deviceName: '测试终端' } }); // cached on B

    await adminOnA.request(`mutation($id: ID!) { revokeKiosk(id: $id) { id } }`, { id: deviceId });
    let result = await onB.request(KIOSK);
    for (let i = 0; i < 20 && !result.errors; i++) {
      await new Promise((r) => setTimeout(r, 25)); // the event crosses Redis asynchronously
      result = await onB.request(KIOSK);
    }
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await submit(onB))).toEqual(['UNAUTHENTICATED']);
  });

  it('counts failed sign-ins against an account across replicas', async () => {
    for (let i = 0; i < 5; i++) {
      const server = i % 2 ? a : b;
      await server
        .client()
        .request(LOGIN, { input: { username: 'cq.supervisor', password: `x${i}` } });
    }
    expect(
      codes(
        await a
          .client()
          .request(LOGIN, { input: { username: 'cq.supervisor', password: 'Cqss@2026' } }),
      ),
    ).toEqual(['RATE_LIMITED']);
  });

  it('evaluates only five of 20 wrong passwords sent at once to both replicas for one account', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b)
          .client()
          .request(LOGIN, { input: { username: 'cq.guard2', password: `x${i}` } }),
      ),
    );
    const evaluated = results.filter((r) => codes(r)[0] === 'INVALID_CREDENTIALS').length;
    expect(evaluated).toBe(5);
    expect(results.filter((r) => codes(r)[0] === 'RATE_LIMITED')).toHaveLength(15);
  });
});

const ME = /* GraphQL */ `
  query {
    me {
      username
    }
  }
`;
const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`;
