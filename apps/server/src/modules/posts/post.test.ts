import { DEFAULT_POST_ORDERS } from '@cqss/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeContract, CREATE_POST, CREATE_SHIFT } from '../../../test/operations';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { problemsOf } from '../../../test/problems';

let t: TestServer;
let admin: GqlClient;
let supervisor: GqlClient;
let scAdmin: GqlClient;
let contractId: string;
let supervisorId: string;

beforeAll(async () => {
  t = await startTestServer();
  [admin, supervisor, scAdmin] = await Promise.all([
    t.login('cq.admin'),
    t.login('cq.supervisor'),
    t.login('sc.admin'),
  ]);
  contractId = (await activeContract(admin)).id;
  supervisorId = (await admin.request(`query { dutySupervisors { id username } }`)).data!
    .dutySupervisors[0].id;
});
afterAll(() => t.close());

describe('posts', () => {
  it('start with the post orders of the platform, then of the company once it has its own', async () => {
    const first = await admin.request(CREATE_POST, {
      input: { contractId, name: '住院部岗', supervisorId },
    });
    expect(first.data!.createPost).toMatchObject({
      postOrders: DEFAULT_POST_ORDERS,
      postOrdersRevision: 1,
    });
    expect(DEFAULT_POST_ORDERS).toMatch(/主动问候[\s\S]*耐心细致[\s\S]*不得以“不知道”/);

    const own = '一、岗位职责\n按时到岗。\n二、服务规范\n主动问候，耐心解答，不说“不知道”。';
    const set = await admin.request(SET_DEFAULT, { postOrders: `  ${own}  ` });
    expect(set.data!.setDefaultPostOrders.defaultPostOrders).toBe(own);
    const second = await admin.request(CREATE_POST, {
      input: { contractId, name: '停车场岗' },
    });
    expect(second.data!.createPost.postOrders).toBe(own);
    // Existing posts keep theirs.
    const again = await admin.request(POST, { id: first.data!.createPost.id });
    expect(again.data!.post.postOrders).toBe(DEFAULT_POST_ORDERS);
  });

  it('edits the orders per post, with a new revision, under its contract', async () => {
    const created = await admin.request(CREATE_POST, {
      input: { contractId, name: '急诊岗', postOrders: '急诊岗守则' },
    });
    const id = created.data!.createPost.id;
    const r = await admin.request(UPDATE, {
      id,
      input: { postOrders: '急诊岗守则（修订）', supervisorId, contractId },
    });
    expect(r.data!.updatePost).toMatchObject({
      postOrders: '急诊岗守则（修订）',
      postOrdersRevision: 2,
      contractId,
      contract: { id: contractId, status: 'ACTIVE' },
      supervisor: { username: 'cq.supervisor', role: 'DUTY_SUPERVISOR' },
    });
    // Saving the same text again is no new revision.
    const same = await admin.request(UPDATE, { id, input: { postOrders: '急诊岗守则（修订）' } });
    expect(same.data!.updatePost.postOrdersRevision).toBe(2);
  });

  it('hangs off a contract of the company that has not ended, at its customer unit', async () => {
    const all = (await admin.request(CONTRACTS)).data!.contracts.nodes as {
      id: string;
      status: string;
      crossRegion: boolean;
      customerUnitId: string;
    }[];
    const active = all.find((c) => c.id === contractId)!;
    const terminated = all.find((c) => c.status === 'TERMINATED')!;
    const draft = all.find((c) => c.status === 'DRAFT')!;
    const otherUnit = all.find(
      (c) => c.status !== 'TERMINATED' && c.customerUnitId !== active.customerUnitId,
    )!;

    const ended = await admin.request(CREATE_POST, {
      input: { contractId: terminated.id, name: '旧岗' },
    });
    expect(codes(ended)).toEqual(['ILLEGAL_TRANSITION']);
    expect(problemsOf(ended)).toEqual({ contractId: 'CONTRACT_TERMINATED' });
    const unknown = await admin.request(CREATE_POST, {
      input: { contractId: '6f1c1e2a-3b4c-4d5e-8f90-a1b2c3d4e5f6', name: 'x' },
    });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const mismatch = await admin.request(CREATE_POST, {
      input: { contractId, customerUnitId: otherUnit.customerUnitId, name: 'x' },
    });
    expect(codes(mismatch)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(mismatch)).toEqual({ contractId: 'CONTRACT_OTHER_UNIT' });

    // A draft's posts are planned (its roster can be filed) at the draft's unit.
    const planned = await admin.request(CREATE_POST, {
      input: { contractId: draft.id, name: '筹备岗', supervisorId },
    });
    expect(
      (await admin.request(POST, { id: planned.data!.createPost.id })).data!.post,
    ).toMatchObject({ contractId: draft.id, contract: { status: 'DRAFT' } });
    // Moving a post to another unit's contract is refused.
    const moved = await admin.request(UPDATE, {
      id: planned.data!.createPost.id,
      input: { contractId: otherUnit.id === draft.id ? contractId : otherUnit.id },
    });
    expect(codes(moved)).toEqual(['BAD_USER_INPUT']);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM post WHERE contract_id = $1`,
      [terminated.id],
    );
    expect(n).toBe(0);
  });

  it('refuses a supervisor who is not a duty supervisor of the company, and blank orders', async () => {
    const guardUser = (
      await admin.request(`query { users(first: 20) { nodes { id role } } }`)
    ).data!.users.nodes.find((u: { role: string }) => u.role === 'GUARD').id;
    const r = await admin.request(CREATE_POST, {
      input: { contractId, name: 'x', supervisorId: guardUser },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ supervisorId: 'NOT_DUTY_SUPERVISOR' });
    const blank = await admin.request(CREATE_POST, {
      input: { contractId, name: 'x', postOrders: '   ' },
    });
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(blank)).toEqual({ postOrders: 'REQUIRED' });
  });

  it("keeps other companies' units and posts out", async () => {
    expect(codes(await scAdmin.request(CREATE_POST, { input: { contractId, name: 'x' } }))).toEqual(
      ['NOT_FOUND'],
    );
    const cqPost = (await admin.request(LIST, { first: 1 })).data!.posts.nodes[0].id;
    expect(codes(await scAdmin.request(POST, { id: cqPost }))).toEqual(['NOT_FOUND']);
    expect(codes(await supervisor.request(SET_DEFAULT, { postOrders: 'x' }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('are searched by name for the pickers, with LIKE wildcards taken literally', async () => {
    await admin.request(CREATE_POST, { input: { contractId, name: '南门_100%岗', supervisorId } });
    const names = async (search: string) =>
      ((await admin.request(SEARCH, { search })).data!.posts.nodes as { name: string }[]).map(
        (p) => p.name,
      );
    expect(await names('南门')).toEqual(['南门_100%岗']);
    expect(await names('_100%')).toEqual(['南门_100%岗']);
    expect(await names('%')).toEqual(['南门_100%岗']);
    expect(await names('岗')).toEqual(expect.arrayContaining(['南门_100%岗', '急诊岗']));
    // Another company's posts never match.
    const other = (await scAdmin.request(SEARCH, { search: '南门' })).data!.posts.nodes;
    expect(other).toEqual([]);
    expect(codes(await admin.request(SEARCH, { search: 'x'.repeat(61) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('list with a fixed number of statements whatever the page size', async () => {
    const q = (first: number) => () => supervisor.request(LIST, { first });
    await q(1)();
    const one = await t.countStatements(q(1));
    const all = await t.countStatements(q(20));
    expect(
      (await supervisor.request(LIST, { first: 20 })).data!.posts.nodes.length,
    ).toBeGreaterThan(3);
    expect(all).toBe(one);
  });
});

describe('the weekly roster', () => {
  it("shows a post's shifts from Monday to Sunday, Beijing time", async () => {
    const posts = (await supervisor.request(LIST, { first: 20 })).data!.posts.nodes;
    const hospital = posts.find((p: { name: string }) => p.name === '医院东门岗');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const r = await supervisor.request(ROSTER, { postId: hospital.id, weekOf: today });
    const roster = r.data!.postRoster;
    expect(roster.days).toHaveLength(7);
    expect(new Date(`${roster.weekStart}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(roster.days).toContain(today);
    // The demo's shifts of this week, each with its guard.
    const names = new Set(roster.shifts.map((s: { guard: { name: string } }) => s.guard.name));
    expect([...names].sort()).toEqual(['刘洋', '张伟']);
    const starts = roster.shifts.map((s: { startsAt: string }) => s.startsAt);
    expect([...starts].sort()).toEqual(starts);
  });

  it('costs the same few statements with one shift or many', async () => {
    const post = (await admin.request(CREATE_POST, { input: { contractId, name: '巡逻岗' } })).data!
      .createPost.id;
    const guards = (
      await admin.request(
        `query { guards(first: 20, certificateStatus: VALID, employmentStatus: ACTIVE) { nodes { id } } }`,
      )
    ).data!.guards.nodes.map((g: { id: string }) => g.id);
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const q = () => supervisor.request(ROSTER, { postId: post, weekOf: day });
    const thisMonday = (await q()).data!.postRoster.weekStart;
    const empty = await t.countStatements(q);
    // One shift per guard in a week ten weeks ahead, so the demo roster does not get in the way.
    const monday = new Date(new Date(`${thisMonday}T00:00:00+08:00`).getTime() + 70 * 86_400_000);
    for (const [i, guardId] of guards.entries()) {
      const startsAt = new Date(monday.getTime() + i * 9 * 3600_000);
      const r = await admin.request(CREATE_SHIFT, {
        input: {
          postId: post,
          guardId,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 8 * 3600_000).toISOString(),
        },
      });
      expect(r.errors).toBeUndefined();
    }
    const weekOf = new Date(monday.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const full = () => supervisor.request(ROSTER, { postId: post, weekOf });
    expect((await full()).data!.postRoster.shifts).toHaveLength(guards.length);
    expect(guards.length).toBeGreaterThan(2);
    expect(await t.countStatements(full)).toBe(empty + 2); // + one batch of guards, one of posts
  });
});

const POST_FIELDS = /* GraphQL */ `
  fragment PostFields on Post {
    id
    name
    postOrders
    postOrdersRevision
    contractId
    contract {
      id
      status
    }
    customerUnit {
      name
    }
    supervisor {
      username
      role
    }
  }
`;
const POST = /* GraphQL */ `
  ${POST_FIELDS}
  query Post($id: ID!) {
    post(id: $id) {
      ...PostFields
    }
  }
`;
const LIST = /* GraphQL */ `
  ${POST_FIELDS}
  query Posts($first: Int!) {
    posts(first: $first) {
      nodes {
        ...PostFields
      }
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query SearchPosts($search: String) {
    posts(first: 20, search: $search) {
      nodes {
        id
        name
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  ${POST_FIELDS}
  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {
    updatePost(id: $id, input: $input) {
      ...PostFields
    }
  }
`;
const SET_DEFAULT = /* GraphQL */ `
  mutation SetDefault($postOrders: String!) {
    setDefaultPostOrders(postOrders: $postOrders) {
      id
      defaultPostOrders
    }
  }
`;
const ROSTER = /* GraphQL */ `
  query Roster($postId: ID!, $weekOf: String!) {
    postRoster(postId: $postId, weekOf: $weekOf) {
      weekStart
      days
      shifts {
        id
        startsAt
        endsAt
        guard {
          name
        }
        post {
          name
        }
      }
    }
  }
`;
const CONTRACTS = /* GraphQL */ `
  query {
    contracts(first: 50) {
      nodes {
        id
        status
        crossRegion
        customerUnitId
      }
    }
  }
`;
