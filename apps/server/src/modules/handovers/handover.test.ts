import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  guardAccount,
  handoverScenario,
  supervisorAccount,
  type Scenario,
} from '../../../test/operations';
import {
  codes,
  startTestServer,
  type GqlClient,
  type GqlResult,
  type TestServer,
} from '../../../test/test-server';
import { problemList, problemsOf } from '../../../test/problems';

let t: TestServer;
let admin: GqlClient;
let supervisor: GqlClient;
let scAdmin: GqlClient;
let n = 0;

beforeAll(async () => {
  t = await startTestServer();
  [admin, supervisor, scAdmin] = await Promise.all([
    t.login('cq.admin'),
    t.login('cq.supervisor'),
    t.login('sc.admin'),
  ]);
});
afterAll(() => t.close());

const record = (over: Record<string, unknown> = {}) => ({
  postStatus: '岗位正常，东门已按时开启。',
  openProblems: '道闸抬杆迟缓，已报修。',
  items: [
    { name: '门禁钥匙', quantity: 3 },
    { name: '对讲机', quantity: 2 },
  ],
  incidentOpen: false,
  ...over,
});

async function drafted(s: Scenario, over: Record<string, unknown> = {}) {
  const r = await s.outgoing.request(START, { input: { postId: s.postId, ...record(over) } });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.startHandover as { id: string; version: number; state: string };
}

const stepOf =
  (doc: string) =>
  async (c: GqlClient, h: { id: string; version: number }, extra: Record<string, unknown> = {}) =>
    c.request(doc, { input: { id: h.id, version: h.version, ...extra } }) as Promise<GqlResult>;
const inspect = stepOf(INSPECT());
const approve = stepOf(APPROVE());
const sign = stepOf(SIGN());
const release = stepOf(RELEASE());
const requestApproval = stepOf(REQUEST_APPROVAL());
const data = (r: GqlResult, field: string) => {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data![field] as { id: string; version: number; state: string; [k: string]: unknown };
};

async function auditOf(id: string) {
  return t.dataSource.query(
    `SELECT action, actor_label, created_at, detail FROM audit_entry WHERE target_id = $1 ORDER BY created_at, action`,
    [id],
  );
}

describe('the full handover without an open incident', () => {
  it('draft, inspect, sign, release — each step stamped and audited', async () => {
    const s = await handoverScenario(t, admin, `交接${++n}`);
    // The outgoing guard's screen names the successor from the roster.
    const screen = await s.outgoing.request(ON_DUTY);
    expect(screen.data!.onDuty.shift.id).toBe(s.outgoingShiftId);
    expect(screen.data!.onDuty.successorShift.guard.id).toBe(s.incomingGuardId);

    const h0 = await drafted(s);
    expect(h0).toMatchObject({ state: 'DRAFTED', version: 1, myRole: 'OUTGOING', myActions: [] });
    expect(h0).toMatchObject({
      incomingGuard: { id: s.incomingGuardId },
      items: [
        { name: '门禁钥匙', quantity: 3 },
        { name: '对讲机', quantity: 2 },
      ],
    });

    // The incoming guard sees it, may inspect, counts one key short.
    const seen = await s.incoming.request(HANDOVER, { id: h0.id });
    expect(seen.data!.handover).toMatchObject({ myRole: 'INCOMING', myActions: ['INSPECT'] });
    const h1 = data(
      await inspect(s.incoming, h0, {
        findings: '岗位情况与记录一致。',
        counts: [
          { name: '门禁钥匙', quantity: 2, note: '3号门钥匙未找到' },
          { name: '对讲机', quantity: 2 },
        ],
      }),
      'inspectHandover',
    );
    expect(h1).toMatchObject({
      state: 'INSPECTED',
      version: 2,
      discrepancies: [{ name: '门禁钥匙', expected: 3, found: 2, note: '3号门钥匙未找到' }],
    });
    expect(h1.inspectedAt).toBeTruthy();

    // The outgoing guard cannot leave before the signature.
    const early = await release(s.outgoing, h1);
    expect(codes(early)).toEqual(['ILLEGAL_TRANSITION']);
    expect(problemsOf(early)).toEqual({ id: 'NOT_SIGNED' });

    const h2 = data(await sign(s.incoming, h1), 'signHandover');
    expect(h2).toMatchObject({ state: 'SIGNED', version: 3 });
    const h3 = data(await release(s.outgoing, h2), 'releaseHandover');
    expect(h3).toMatchObject({ state: 'RELEASED', version: 4, myActions: [] });
    for (const stamp of ['createdAt', 'inspectedAt', 'signedAt', 'releasedAt'])
      expect(h3[stamp], stamp).toBeTruthy();
    expect(Date.parse(h3.signedAt as string)).toBeLessThanOrEqual(
      Date.parse(h3.releasedAt as string),
    );

    const audit = await auditOf(h0.id);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'handover.start',
      'handover.inspect',
      'handover.sign',
      'handover.release',
    ]);
    expect(audit[2].detail).toMatchObject({ from: 'INSPECTED', to: 'SIGNED', actor: 'INCOMING' });

    // Released: the post is free for the next handover.
    const book = await supervisor.request(LIST, { first: 10, postId: s.postId });
    expect(book.data!.handovers.nodes.map((h: { state: string }) => h.state)).toEqual(['RELEASED']);
  });
});

describe('the full handover with an open incident', () => {
  it('needs the supervisor between inspection and signature', async () => {
    const s = await handoverScenario(t, admin, `交接${++n}`);
    const h0 = await drafted(s, {
      incidentOpen: true,
      incidentNote: '访客与患者家属发生争执，已报警，民警在场处理。',
    });
    const h1 = data(
      await inspect(s.incoming, h0, { findings: '争执仍在处理。' }),
      'inspectHandover',
    );
    expect(h1).toMatchObject({ state: 'AWAITING_APPROVAL', myActions: [] });
    expect(h1.approvalRequestedAt).toBeTruthy();

    const tooSoon = await sign(s.incoming, h1);
    expect(codes(tooSoon)).toEqual(['ILLEGAL_TRANSITION']);
    expect(problemsOf(tooSoon)).toEqual({ id: 'APPROVAL_REQUIRED' });
    expect(codes(await release(s.outgoing, h1))).toEqual(['ILLEGAL_TRANSITION']);
    // Only a duty supervisor approves: not the guards, not the company admin.
    expect(codes(await approve(s.incoming, h1))).toEqual(['FORBIDDEN']);
    expect(codes(await approve(admin, h1))).toEqual(['FORBIDDEN']);

    const queue = await supervisor.request(LIST, { first: 10, state: 'AWAITING_APPROVAL' });
    const queued = queue.data!.handovers.nodes.find((h: { id: string }) => h.id === h0.id);
    expect(queued).toMatchObject({
      myRole: 'SUPERVISOR',
      myActions: ['APPROVE', 'RETURN'],
      incidentOpen: true,
    });

    const h2 = data(
      await approve(supervisor, h1, { note: '已了解，同意交接，接班人员继续跟进。' }),
      'approveHandover',
    );
    expect(h2).toMatchObject({
      state: 'APPROVED',
      approvedBy: { username: 'cq.supervisor' },
      approvalNote: '已了解，同意交接，接班人员继续跟进。',
    });
    const h3 = data(await sign(s.incoming, h2), 'signHandover');
    const h4 = data(await release(s.outgoing, h3), 'releaseHandover');
    expect(h4.state).toBe('RELEASED');
    const audit = await auditOf(h0.id);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'handover.start',
      'handover.inspect',
      'handover.approve',
      'handover.sign',
      'handover.release',
    ]);
    expect(audit[2].actor_label).toBe('cq.supervisor');
  });

  it('an incident found at inspection also needs approval', async () => {
    const s = await handoverScenario(t, admin, `交接${++n}`);
    const h0 = await drafted(s);
    const h1 = data(
      await inspect(s.incoming, h0, {
        incidentOpen: true,
        incidentNote: '发现消防通道被占用，正在协调挪车。',
      }),
      'inspectHandover',
    );
    expect(h1).toMatchObject({ state: 'AWAITING_APPROVAL', incidentOpen: true });
  });

  it('either guard may ask for approval after a clean inspection', async () => {
    const s = await handoverScenario(t, admin, `交接${++n}`);
    const h1 = data(await inspect(s.incoming, await drafted(s)), 'inspectHandover');
    const h2 = data(
      await requestApproval(s.outgoing, h1, { note: '钥匙数量有出入，请主管确认。' }),
      'requestHandoverApproval',
    );
    expect(h2).toMatchObject({
      state: 'AWAITING_APPROVAL',
      approvalNote: '钥匙数量有出入，请主管确认。',
    });
  });
});

describe('races', () => {
  it('signatures at once: exactly one wins, the others get CONFLICT', async () => {
    const s = await handoverScenario(t, admin, `交接${++n}`);
    const h1 = data(await inspect(s.incoming, await drafted(s)), 'inspectHandover');
    // The incoming guard signs on four tablets at the same moment.
    const username = (await s.incoming.request(`query { me { username } }`)).data!.me.username;
    const tablets = [s.incoming, ...(await Promise.all([1, 2, 3].map(() => t.login(username))))];
    const results = await Promise.all(tablets.map((c) => sign(c, h1)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    const row = await t.dataSource.query(`SELECT state, version FROM handover WHERE id = $1`, [
      h1.id,
    ]);
    expect(row[0]).toEqual({ state: 'SIGNED', version: 3 });
    const signs = (await auditOf(h1.id)).filter(
      (a: { action: string }) => a.action === 'handover.sign',
    );
    expect(signs).toHaveLength(1);
  });

  it('two supervisors approving at once: exactly one wins, the other gets CONFLICT', async () => {
    const s = await handoverScenario(t, admin, `交接${++n}`);
    const h0 = await drafted(s, {
      incidentOpen: true,
      incidentNote: '电梯困人，维保人员正在救援。',
    });
    const h1 = data(await inspect(s.incoming, h0), 'inspectHandover');
    const other = await supervisorAccount(t, 'cq.supervisor2');
    const results = await Promise.all([approve(supervisor, h1), approve(other, h1)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(['CONFLICT']);
    const approvals = (await auditOf(h1.id)).filter(
      (a: { action: string }) => a.action === 'handover.approve',
    );
    expect(approvals).toHaveLength(1);
  });

  it('a stale screen gets CONFLICT, not a second step', async () => {
    const s = await handoverScenario(t, admin, `交接${++n}`);
    const h0 = await drafted(s);
    data(await inspect(s.incoming, h0), 'inspectHandover');
    expect(codes(await inspect(s.incoming, h0))).toEqual(['CONFLICT']);
  });
});

describe('who may touch a handover', () => {
  let s: Scenario;
  let h: { id: string; version: number };
  beforeAll(async () => {
    s = await handoverScenario(t, admin, `交接${++n}`);
    h = await drafted(s);
  });

  it('a guard of another company cannot see or touch it (NOT_FOUND)', async () => {
    const scGuardId = (await scAdmin.request(`query { guards(first: 5) { nodes { id } } }`)).data!
      .guards.nodes[0].id;
    const scGuard = await guardAccount(t, scGuardId, 'sc.guard.test');
    expect(codes(await scGuard.request(HANDOVER, { id: h.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await inspect(scGuard, h))).toEqual(['NOT_FOUND']);
    expect(codes(await sign(scGuard, h))).toEqual(['NOT_FOUND']);
    expect(codes(await release(scGuard, h))).toEqual(['NOT_FOUND']);
    expect((await scGuard.request(LIST, { first: 10 })).data!.handovers.nodes).toEqual([]);
    expect(codes(await scAdmin.request(HANDOVER, { id: h.id }))).toEqual(['NOT_FOUND']);
    const row = await t.dataSource.query(`SELECT state, version FROM handover WHERE id = $1`, [
      h.id,
    ]);
    expect(row[0]).toEqual({ state: 'DRAFTED', version: 1 });
  });

  it('a guard of the same company who is no party: not shown, and FORBIDDEN to act', async () => {
    const bystander = await t.login('cq.guard2');
    expect(codes(await bystander.request(HANDOVER, { id: h.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await inspect(bystander, h))).toEqual(['FORBIDDEN']);
  });

  it('the wrong party is FORBIDDEN: the outgoing guard cannot inspect their own handover', async () => {
    expect(codes(await inspect(s.outgoing, h))).toEqual(['FORBIDDEN']);
  });

  it('one open handover a post', async () => {
    const again = await s.outgoing.request(START, { input: { postId: s.postId, ...record() } });
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  it('the database refuses a release without a signature, whoever writes', async () => {
    await expect(
      t.dataSource.query(`UPDATE handover SET released_at = now() WHERE id = $1`, [h.id]),
    ).rejects.toThrow(/ck_handover_released_after_signature/);
    await expect(
      t.dataSource.query(`UPDATE handover SET state = 'SIGNED' WHERE id = $1`, [h.id]),
    ).rejects.toThrow(/ck_handover_state_stamps/);
  });
});

describe('starting a handover is refused', () => {
  it('to a guard with no shift at the post now', async () => {
    const s = await handoverScenario(t, admin, `交接${++n}`);
    const r = await s.incoming.request(START, { input: { postId: s.postId, ...record() } });
    // The incoming guard's shift starts in an hour: the post is not theirs before they sign.
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ postId: 'NOT_ON_DUTY' });
    const off = await t.login('cq.guard2');
    const hospital = (
      await admin.request(`query { posts(first: 20) { nodes { id name } } }`)
    ).data!.posts.nodes.find((p: { name: string }) => p.name === '数据中心大门岗').id;
    const r2 = await off.request(START, { input: { postId: hospital, ...record() } });
    expect(problemsOf(r2)).toEqual({ postId: 'NOT_ON_DUTY' });
  });

  it('with bad items, or an incident without a note; nothing is written', async () => {
    const s = await handoverScenario(t, admin, `交接${++n}`);
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM handover`);
    const dup = await s.outgoing.request(START, {
      input: {
        postId: s.postId,
        ...record({
          items: [
            { name: '对讲机', quantity: 1 },
            { name: '对讲机 ', quantity: 1 },
          ],
        }),
      },
    });
    expect(codes(dup)).toEqual(['BAD_USER_INPUT']);
    expect(problemList(dup)).toEqual([
      {
        field: 'items.1.name',
        code: 'DUPLICATE',
        message: '对讲机 is listed twice',
        params: { name: '对讲机' },
      },
    ]);
    const silent = await s.outgoing.request(START, {
      input: { postId: s.postId, ...record({ incidentOpen: true }) },
    });
    expect(problemsOf(silent)).toEqual({ incidentNote: 'REQUIRED' });
    const blank = await s.outgoing.request(START, {
      input: { postId: s.postId, ...record({ postStatus: '' }) },
    });
    expect(problemsOf(blank)).toEqual({ postStatus: 'REQUIRED' });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM handover`)).toEqual(before);
  });

  it('for the office: only guards on duty start handovers', async () => {
    const posts = (await admin.request(`query { posts(first: 1) { nodes { id } } }`)).data!.posts
      .nodes;
    expect(
      codes(await supervisor.request(START, { input: { postId: posts[0].id, ...record() } })),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('SQL statements', () => {
  it('listing the book costs the same whatever the page size', async () => {
    // The newest handover has every relation (post, guards, approver), so page 1 loads them all too.
    const s = await handoverScenario(t, admin, `交接${++n}`);
    const h0 = await drafted(s, { incidentOpen: true, incidentNote: '停电，物业正在抢修。' });
    await approve(supervisor, data(await inspect(s.incoming, h0), 'inspectHandover'));
    const q = (first: number) => () => supervisor.request(LIST, { first });
    await q(1)();
    const one = await t.countStatements(q(1));
    const all = await t.countStatements(q(50));
    expect(
      (await supervisor.request(LIST, { first: 50 })).data!.handovers.nodes.length,
    ).toBeGreaterThan(5);
    expect(all).toBe(one);
    expect(one).toBe(4); // the page, then one batch each of posts, guards and users
  });
});

function FIELDS() {
  return /* GraphQL */ `
    fragment HandoverFields on Handover {
      id
      state
      version
      myRole
      myActions
      incidentOpen
      incidentNote
      postStatus
      items {
        name
        quantity
      }
      discrepancies {
        name
        expected
        found
        note
      }
      outgoingGuard {
        id
        name
      }
      incomingGuard {
        id
        name
      }
      post {
        name
      }
      approvedBy {
        username
      }
      approvalNote
      createdAt
      inspectedAt
      approvalRequestedAt
      approvedAt
      signedAt
      releasedAt
    }
  `;
}
function step(name: string, input: string) {
  return /* GraphQL */ `
    ${FIELDS()}
    mutation Step($input: ${input}!) {
      ${name}(input: $input) {
        ...HandoverFields
      }
    }
  `;
}
function INSPECT() {
  return step('inspectHandover', 'InspectHandoverInput');
}
function APPROVE() {
  return step('approveHandover', 'HandoverStepInput');
}
function SIGN() {
  return step('signHandover', 'HandoverStepInput');
}
function RELEASE() {
  return step('releaseHandover', 'HandoverStepInput');
}
function REQUEST_APPROVAL() {
  return step('requestHandoverApproval', 'HandoverStepInput');
}
const START = step('startHandover', 'StartHandoverInput');
const HANDOVER = /* GraphQL */ `
  ${FIELDS()}
  query Handover($id: ID!) {
    handover(id: $id) {
      ...HandoverFields
    }
  }
`;
const LIST = /* GraphQL */ `
  ${FIELDS()}
  query Handovers($first: Int!, $state: HandoverState, $postId: ID) {
    handovers(first: $first, state: $state, postId: $postId) {
      nodes {
        ...HandoverFields
      }
    }
  }
`;
const ON_DUTY = /* GraphQL */ `
  query OnDuty {
    onDuty {
      shift {
        id
      }
      successorShift {
        guard {
          id
        }
      }
    }
  }
`;
