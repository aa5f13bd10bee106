import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE_GUARD,
  activeContract,
  CREATE_POST,
  CREATE_SHIFT,
  guardAccount,
  hoursFromNow,
  newIdNumber,
} from '../../../test/operations';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { problemsOf } from '../../../test/problems';

let t: TestServer;
let admin: GqlClient;
let supervisor: GqlClient;
let scAdmin: GqlClient;
let postId: string;
let guardIds: Record<string, string>;

async function newGuard(name: string) {
  const r = await admin.request(CREATE_GUARD, {
    input: {
      name,
      idNumber: newIdNumber(),
      certificateNo: `渝保证S${name}`,
      certificateStatus: 'VALID',
      phone: '13800003333',
      hiredOn: '2023-01-01',
    },
  });
  return r.data!.createGuard.id as string;
}

const shift = (guardId: string, from: number, to: number, post = postId) =>
  admin.request(CREATE_SHIFT, {
    input: { postId: post, guardId, startsAt: hoursFromNow(from), endsAt: hoursFromNow(to) },
  });

beforeAll(async () => {
  t = await startTestServer();
  [admin, supervisor, scAdmin] = await Promise.all([
    t.login('cq.admin'),
    t.login('cq.supervisor'),
    t.login('sc.admin'),
  ]);
  const contract = await activeContract(admin);
  postId = (
    await admin.request(CREATE_POST, { input: { contractId: contract.id, name: '西门岗' } })
  ).data!.createPost.id;
  const guards = (await admin.request(`query { guards(first: 50) { nodes { id name } } }`)).data!
    .guards.nodes;
  guardIds = Object.fromEntries(guards.map((g: { id: string; name: string }) => [g.name, g.id]));
});
afterAll(() => t.close());

describe('putting guards on shifts', () => {
  it('rosters a guard with a valid certificate; back-to-back shifts do not overlap', async () => {
    const g = await newGuard('钱进');
    const first = await shift(g, 100, 108);
    expect(first.errors).toBeUndefined();
    const second = await supervisor.request(CREATE_SHIFT, {
      input: { postId, guardId: g, startsAt: hoursFromNow(108), endsAt: hoursFromNow(116) },
    });
    expect(second.errors).toBeUndefined();
    const audit = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'shift.create' AND detail->>'guardId' = $1`,
      [g],
    );
    expect(audit[0].n).toBe(2);
  });

  it.each([
    ['赵刚', 'CERTIFICATE_INVALID', 'SUSPENDED'],
    ['孙磊', 'CERTIFICATE_INVALID', 'PENDING'],
  ])('refuses %s: %s (%s)', async (name, code, status) => {
    const r = await shift(guardIds[name]!, 200, 208);
    expect(codes(r)).toEqual([code]);
    expect(r.errors![0]!.extensions).toMatchObject({ guardName: name, certificateStatus: status });
  });

  it('refuses a guard who has left', async () => {
    const r = await shift(guardIds['周强']!, 200, 208);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ guardId: 'NOT_EMPLOYED' });
  });

  it('refuses a shift that ends before it starts', async () => {
    const r = await shift(guardIds['杨帆']!, 310, 300);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ end: 'ENDS_BEFORE_START' });
  });

  it("keeps another company's guards and posts out", async () => {
    const r = await scAdmin.request(CREATE_SHIFT, {
      input: {
        postId,
        guardId: guardIds['杨帆'],
        startsAt: hoursFromNow(400),
        endsAt: hoursFromNow(408),
      },
    });
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });
});

describe('overlapping shifts', () => {
  it('are refused by the API with SHIFT_OVERLAP, naming the shift hit, at any post', async () => {
    const g = await newGuard('冯岩');
    const existing = (await shift(g, 500, 508)).data!.createShift.id;
    const other = (
      await admin.request(`query { posts(first: 20) { nodes { id name } } }`)
    ).data!.posts.nodes.find((p: { name: string }) => p.name === '数据中心大门岗').id;
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM shift`);
    const r = await shift(g, 507, 515, other);
    expect(codes(r)).toEqual(['SHIFT_OVERLAP']);
    expect(r.errors![0]!.extensions.conflictingShiftId).toBe(existing);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM shift`)).toEqual(before);
  });

  it('are refused by the database itself (exclusion constraint), whoever writes', async () => {
    const g = await newGuard('陈晨');
    expect((await shift(g, 600, 608)).errors).toBeUndefined();
    const insert = (from: number, to: number) =>
      t.dataSource.query(
        `INSERT INTO shift (company_id, post_id, guard_id, starts_at, ends_at)
         SELECT company_id, $1, $2, now() + make_interval(hours => $3), now() + make_interval(hours => $4)
           FROM post WHERE id = $1`,
        [postId, g, from, to],
      );
    await expect(insert(604, 612)).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: '23P01', constraint: 'ex_shift_guard_overlap' }),
    });
    await expect(insert(590, 700)).rejects.toThrow(/ex_shift_guard_overlap/);
    // Back to back is fine; so is another guard at the same time.
    await expect(insert(608, 616)).resolves.toBeDefined();
    const h = await newGuard('陈曦');
    await expect(
      t.dataSource.query(
        `INSERT INTO shift (company_id, post_id, guard_id, starts_at, ends_at)
         SELECT company_id, $1, $2, now() + interval '604 hours', now() + interval '612 hours' FROM post WHERE id = $1`,
        [postId, h],
      ),
    ).resolves.toBeDefined();
    await expect(
      t.dataSource.query(
        `INSERT INTO shift (company_id, post_id, guard_id, starts_at, ends_at)
         SELECT company_id, $1, $2, now() + interval '9 hours', now() + interval '8 hours' FROM post WHERE id = $1`,
        [postId, h],
      ),
    ).rejects.toThrow(/ck_shift_range/);
  });

  it('racing to roster one guard twice: one shift is made, the other refused', async () => {
    const g = await newGuard('褚楠');
    const results = await Promise.all([shift(g, 700, 708), shift(g, 704, 712), shift(g, 706, 714)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(['SHIFT_OVERLAP', 'SHIFT_OVERLAP']);
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM shift WHERE guard_id = $1`,
      [g],
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('taking a shift off the roster', () => {
  it('works for a planned shift, not for one that has started', async () => {
    const g = await newGuard('卫东');
    const planned = (await shift(g, 800, 808)).data!.createShift.id;
    expect((await supervisor.request(DELETE, { id: planned })).data!.deleteShift).toBe(true);
    const started = (await shift(g, -1, 7)).data!.createShift.id;
    const r = await admin.request(DELETE, { id: started });
    expect(codes(r)).toEqual(['ILLEGAL_TRANSITION']);
    expect(problemsOf(r)).toEqual({ id: 'SHIFT_STARTED' });
  });
});

describe('acknowledging the post orders', () => {
  it('is recorded with the revision, once a revision, at the start of the shift', async () => {
    const g = await newGuard('蒋欣');
    const now = (await shift(g, -0.5, 7.5)).data!.createShift.id;
    const later = (await shift(g, 30, 38)).data!.createShift.id;
    const guard = await guardAccount(t, g, 't.ack.guard');

    expect(codes(await guard.request(ACK, { shiftId: later }))).toEqual(['ILLEGAL_TRANSITION']);
    const r = await guard.request(ACK, { shiftId: now });
    expect(r.data!.acknowledgePostOrders).toMatchObject({
      ordersAcknowledged: true,
      ordersAcknowledgedRevision: 1,
    });
    const at = r.data!.acknowledgePostOrders.ordersAcknowledgedAt;
    expect(Math.abs(Date.parse(at) - Date.now())).toBeLessThan(60_000);
    // Again: nothing new is recorded.
    await guard.request(ACK, { shiftId: now });
    const audit = () =>
      t.dataSource.query(
        `SELECT detail FROM audit_entry WHERE action = 'shift.acknowledge_orders' AND target_id = $1 ORDER BY created_at`,
        [now],
      );
    expect(await audit()).toHaveLength(1);

    // New orders: the guard acknowledges the new revision.
    await admin.request(
      `mutation($id: ID!) { updatePost(id: $id, input: { postOrders: "新的岗位守则" }) { postOrdersRevision } }`,
      { id: postId },
    );
    const onDuty = await guard.request(
      `query { onDuty { shift { id ordersAcknowledged post { postOrders } } } }`,
    );
    expect(onDuty.data!.onDuty.shift).toMatchObject({
      id: now,
      ordersAcknowledged: false,
      post: { postOrders: '新的岗位守则' },
    });
    const again = await guard.request(ACK, { shiftId: now });
    expect(again.data!.acknowledgePostOrders.ordersAcknowledgedRevision).toBe(2);
    expect(
      (await audit()).map(
        (a: { detail: { postOrdersRevision: number } }) => a.detail.postOrdersRevision,
      ),
    ).toEqual([1, 2]);
  });

  it("refuses another guard's shift and the office", async () => {
    const theirs = (await shift(await newGuard('沈悦'), -1, 7)).data!.createShift.id;
    const guard1 = await t.login('cq.guard1');
    expect(codes(await guard1.request(ACK, { shiftId: theirs }))).toEqual(['NOT_FOUND']);
    expect(codes(await admin.request(ACK, { shiftId: theirs }))).toEqual(['FORBIDDEN']);
  });
});

describe("the post's contract", () => {
  it('lets a draft contract be planned but not worked, and refuses a terminated one', async () => {
    const contracts = (
      await admin.request(`query { contracts(first: 50) { nodes { id status } } }`)
    ).data!.contracts.nodes as { id: string; status: string }[];
    const draft = contracts.find((c) => c.status === 'DRAFT')!;
    const draftPost = (
      await admin.request(CREATE_POST, { input: { contractId: draft.id, name: '筹备中岗' } })
    ).data!.createPost.id;
    const g = await newGuard('韩梅');
    const r = await shift(g, -0.5, 7.5, draftPost);
    expect(r.errors).toBeUndefined();
    const guard = await guardAccount(t, g, 't.draft.guard');
    const ack = await guard.request(ACK, { shiftId: r.data!.createShift.id });
    expect(codes(ack)).toEqual(['ILLEGAL_TRANSITION']);
    expect(ack.errors![0]!.extensions).toMatchObject({ contractStatus: 'DRAFT' });
    expect(problemsOf(ack)).toEqual({ shiftId: 'CONTRACT_NOT_ACTIVE' });

    // A contract terminated under a post stops its planning (seen by the database).
    await t.dataSource.query(
      `UPDATE contract SET status = 'TERMINATED', activated_at = now(), terminated_on = starts_on,
              termination_reason = 'test', terminated_at = now(), retain_until = starts_on + interval '2 years'
        WHERE id = $1`,
      [draft.id],
    );
    const late = await shift(g, 300, 308, draftPost);
    expect(codes(late)).toEqual(['ILLEGAL_TRANSITION']);
    expect(problemsOf(late)).toEqual({ postId: 'CONTRACT_TERMINATED' });
  });
});

const DELETE = /* GraphQL */ `
  mutation Delete($id: ID!) {
    deleteShift(id: $id)
  }
`;
const ACK = /* GraphQL */ `
  mutation Ack($shiftId: ID!) {
    acknowledgePostOrders(shiftId: $shiftId) {
      id
      ordersAcknowledged
      ordersAcknowledgedAt
      ordersAcknowledgedRevision
    }
  }
`;
