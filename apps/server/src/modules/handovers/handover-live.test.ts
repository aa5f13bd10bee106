import { toCalendarDate } from '@cqss/domain';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoverScenario, supervisorAccount, type Scenario } from '../../../test/operations';
import { problemsOf } from '../../../test/problems';
import {
  codes,
  startTestServer,
  type GqlClient,
  type GqlResult,
  type TestServer,
} from '../../../test/test-server';
import { socketOf } from '../../../test/ws-client';

// The supervisor's return with a reason, the duty state after a handover (issue 10, defect 5),
// the live events of each step, and the office's handover book with its filters.

let t: TestServer;
let admin: GqlClient;
let supervisor: GqlClient;
let scAdmin: GqlClient;
let n = 0;
const sockets: Client[] = [];

beforeAll(async () => {
  t = await startTestServer();
  [admin, supervisor, scAdmin] = await Promise.all([
    t.login('cq.admin'),
    t.login('cq.supervisor'),
    t.login('sc.admin'),
  ]);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await t.close();
});

const data = (r: GqlResult, field: string) => {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data![field] as { id: string; version: number; state: string; [k: string]: unknown };
};
const stepIn = (c: GqlClient, name: string, input: Record<string, unknown>) =>
  c.request(STEP(name), { input });

/** A handover of a scenario up to AWAITING_APPROVAL: drafted with an incident, inspected. */
async function awaitingApproval(s: Scenario) {
  const h0 = data(
    await s.outgoing.request(START, {
      input: {
        postId: s.postId,
        postStatus: '岗位正常。',
        items: [{ name: '对讲机', quantity: 2 }],
        incidentOpen: true,
        incidentNote: '访客争执，民警在场处理。',
      },
    }),
    'startHandover',
  );
  return data(
    await stepIn(s.incoming, 'inspectHandover', { id: h0.id, version: h0.version }),
    'inspectHandover',
  );
}

describe('the supervisor returns a handover with a reason', () => {
  it('returned, seen by both guards with the reason, asked again, approved, signed', async () => {
    const s = await handoverScenario(t, admin, `退回${++n}`);
    const h1 = await awaitingApproval(s);
    expect(h1).toMatchObject({ state: 'AWAITING_APPROVAL' });

    const h2 = data(
      await supervisor.request(RETURN, {
        input: { id: h1.id, version: h1.version, reason: '  对讲机只交了一部，请清点后再提请。 ' },
      }),
      'returnHandover',
    );
    expect(h2).toMatchObject({
      state: 'RETURNED',
      version: h1.version + 1,
      returnReason: '对讲机只交了一部，请清点后再提请。',
      returnedBy: { username: 'cq.supervisor' },
      myActions: [],
    });
    expect(h2.returnedAt).toBeTruthy();

    // Both guards see it back with the reason, and either may ask again; nobody signs yet.
    for (const guard of [s.incoming, s.outgoing]) {
      const seen = data(await guard.request(HANDOVER, { id: h1.id }), 'handover');
      expect(seen).toMatchObject({
        state: 'RETURNED',
        returnReason: '对讲机只交了一部，请清点后再提请。',
        myActions: ['REQUEST_APPROVAL'],
      });
    }
    const tooSoon = await stepIn(s.incoming, 'signHandover', { id: h2.id, version: h2.version });
    expect(codes(tooSoon)).toEqual(['ILLEGAL_TRANSITION']);
    expect(problemsOf(tooSoon)).toEqual({ id: 'APPROVAL_REQUIRED' });

    const h3 = data(
      await stepIn(s.outgoing, 'requestHandoverApproval', {
        id: h2.id,
        version: h2.version,
        note: '已清点，对讲机两部均在岗。',
      }),
      'requestHandoverApproval',
    );
    expect(h3).toMatchObject({
      state: 'AWAITING_APPROVAL',
      approvalNote: '已清点，对讲机两部均在岗。',
    });
    const h4 = data(
      await stepIn(supervisor, 'approveHandover', { id: h3.id, version: h3.version }),
      'approveHandover',
    );
    const h5 = data(
      await stepIn(s.incoming, 'signHandover', { id: h4.id, version: h4.version }),
      'signHandover',
    );
    expect(h5.state).toBe('SIGNED');

    const audit: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY created_at`,
      [h1.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'handover.start',
      'handover.inspect',
      'handover.return',
      'handover.request_approval',
      'handover.approve',
      'handover.sign',
    ]);
  });

  it('is refused without a reason, to the wrong roles, to another company and in the wrong state; nothing changes', async () => {
    const s = await handoverScenario(t, admin, `退回${++n}`);
    const h = await awaitingApproval(s);
    const input = { id: h.id, version: h.version, reason: '请补充事件经过。' };

    const blank = await supervisor.request(RETURN, { input: { ...input, reason: '   ' } });
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(blank)).toEqual({ reason: 'REQUIRED' });
    const long = await supervisor.request(RETURN, {
      input: { ...input, reason: '长'.repeat(2001) },
    });
    expect(problemsOf(long)).toEqual({ reason: 'TOO_LONG' });

    // Only a duty supervisor returns: not the guards, not the company admin.
    expect(codes(await s.incoming.request(RETURN, { input }))).toEqual(['FORBIDDEN']);
    expect(codes(await s.outgoing.request(RETURN, { input }))).toEqual(['FORBIDDEN']);
    expect(codes(await admin.request(RETURN, { input }))).toEqual(['FORBIDDEN']);
    // A supervisor of another company does not find it.
    const scSupervisor = await supervisorAccount(t, `t.sc.sup.${n}`, 'sc.admin');
    expect(codes(await scSupervisor.request(RETURN, { input }))).toEqual(['NOT_FOUND']);
    expect(codes(await scAdmin.request(RETURN, { input }))).toEqual(['FORBIDDEN']);

    const still = data(await supervisor.request(HANDOVER, { id: h.id }), 'handover');
    expect(still).toMatchObject({
      state: 'AWAITING_APPROVAL',
      version: h.version,
      returnReason: null,
    });

    // Approved, it can no longer be returned.
    const approved = data(
      await stepIn(supervisor, 'approveHandover', { id: h.id, version: h.version }),
      'approveHandover',
    );
    const late = await supervisor.request(RETURN, {
      input: { ...input, version: approved.version },
    });
    expect(codes(late)).toEqual(['ILLEGAL_TRANSITION']);
    expect(problemsOf(late)).toEqual({ id: 'WRONG_STATE' });
  });
});

describe('duty after a handover: one rule for the server, On duty and the roster', () => {
  it('the post passes at the signature: the incoming guard logs inquiries, the released guard cannot', async () => {
    const s = await handoverScenario(t, admin, `值班${++n}`);
    const weekOf = toCalendarDate(new Date());
    const roster = async () =>
      Object.fromEntries(
        (await admin.request(ROSTER, { postId: s.postId, weekOf })).data!.postRoster.shifts.map(
          (x: { id: string; dutyPhase: string }) => [x.id, x.dutyPhase],
        ),
      );
    const inquiry = (c: GqlClient) =>
      c.request(LOG_INQUIRY, {
        input: { postId: s.postId, question: '挂号处在哪？', answer: '门诊楼一层左手边。' },
      });

    // Before: the outgoing guard's post; the incoming guard's shift starts in an hour.
    expect((await s.outgoing.request(ON_DUTY)).data!.onDuty).toMatchObject({
      phase: 'ON',
      onDuty: true,
    });
    expect((await s.incoming.request(ON_DUTY)).data!.onDuty).toMatchObject({
      phase: 'UPCOMING',
      onDuty: false,
    });
    expect(await roster()).toEqual({ [s.outgoingShiftId]: 'ON', [s.incomingShiftId]: 'UPCOMING' });
    expect(problemsOf(await inquiry(s.incoming))).toEqual({ postId: 'NOT_ON_DUTY' });

    const h0 = data(
      await s.outgoing.request(START, {
        input: { postId: s.postId, postStatus: '岗位正常。', items: [], incidentOpen: false },
      }),
      'startHandover',
    );
    const h1 = data(
      await stepIn(s.incoming, 'inspectHandover', { id: h0.id, version: h0.version }),
      'inspectHandover',
    );
    const h2 = data(
      await stepIn(s.incoming, 'signHandover', { id: h1.id, version: h1.version }),
      'signHandover',
    );

    // Signed: the post is the incoming guard's, an hour before their shift starts.
    expect((await s.incoming.request(ON_DUTY)).data!.onDuty).toMatchObject({
      phase: 'ON',
      onDuty: true,
      shift: { id: s.incomingShiftId },
    });
    expect((await s.outgoing.request(ON_DUTY)).data!.onDuty).toMatchObject({
      phase: 'HANDED_OVER',
      onDuty: false,
    });
    expect(await roster()).toEqual({
      [s.outgoingShiftId]: 'HANDED_OVER',
      [s.incomingShiftId]: 'ON',
    });
    expect(data(await inquiry(s.incoming), 'logInquiry').state).toBe('ANSWERED');
    expect(problemsOf(await inquiry(s.outgoing))).toEqual({ postId: 'NOT_ON_DUTY' });

    data(
      await stepIn(s.outgoing, 'releaseHandover', { id: h2.id, version: h2.version }),
      'releaseHandover',
    );
    expect((await s.outgoing.request(ON_DUTY)).data!.onDuty).toMatchObject({
      phase: 'RELEASED',
      onDuty: false,
      shift: { id: s.outgoingShiftId },
    });
    expect(await roster()).toEqual({ [s.outgoingShiftId]: 'RELEASED', [s.incomingShiftId]: 'ON' });
    const refused = await inquiry(s.outgoing);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(refused)).toEqual({ postId: 'NOT_ON_DUTY' });
    // The released guard cannot hand the post over again either; the new holder has nobody after them.
    expect(
      problemsOf(
        await s.outgoing.request(START, {
          input: { postId: s.postId, postStatus: '岗位正常。', items: [], incidentOpen: false },
        }),
      ),
    ).toEqual({ postId: 'NOT_ON_DUTY' });
    expect(
      problemsOf(
        await s.incoming.request(START, {
          input: { postId: s.postId, postStatus: '岗位正常。', items: [], incidentOpen: false },
        }),
      ),
    ).toEqual({ incomingGuardId: 'NO_SUCCESSOR' });
  });
});

describe('each step goes out live', () => {
  /** Subscribes as `client` and collects the handovers it hears of. */
  async function listen(client: GqlClient) {
    const socket = socketOf(t.url, client);
    sockets.push(socket);
    const heard: { id: string; state: string; returnReason: string | null }[] = [];
    socket.subscribe(
      { query: CHANGED },
      {
        next: (r) => {
          if (r.data)
            heard.push((r.data as { handoverChanged: (typeof heard)[0] }).handoverChanged);
        },
        error: () => {},
        complete: () => {},
      },
    );
    await new Promise<void>((resolve) => socket.on('connected', () => resolve()));
    await new Promise((r) => setTimeout(r, 300)); // the subscription registered
    return heard;
  }
  const until = async (fn: () => boolean) => {
    for (let i = 0; i < 50 && !fn(); i += 1) await new Promise((r) => setTimeout(r, 100));
    return fn();
  };

  it("to the two guards and the company's supervisor, not to another guard or company", async () => {
    const s = await handoverScenario(t, admin, `实时${++n}`);
    const other = await handoverScenario(t, admin, `旁人${n}`);
    const [toIncoming, toSupervisor, toOther, toOtherCompany] = await Promise.all([
      listen(s.incoming),
      listen(supervisor),
      listen(other.incoming),
      listen(scAdmin),
    ]);
    const h = await awaitingApproval(s);
    data(
      await supervisor.request(RETURN, {
        input: { id: h.id, version: h.version, reason: '请补充事件经过。' },
      }),
      'returnHandover',
    );
    expect(await until(() => toIncoming.some((x) => x.id === h.id && x.state === 'RETURNED'))).toBe(
      true,
    );
    expect(toIncoming.find((x) => x.state === 'RETURNED')?.returnReason).toBe('请补充事件经过。');
    expect(
      await until(() => toSupervisor.some((x) => x.id === h.id && x.state === 'AWAITING_APPROVAL')),
    ).toBe(true);
    expect(toIncoming.map((x) => x.state)).toEqual(['DRAFTED', 'AWAITING_APPROVAL', 'RETURNED']);
    expect(toOther.filter((x) => x.id === h.id)).toEqual([]);
    expect(toOtherCompany).toEqual([]);
  });
});

describe('inquiries go out live', () => {
  it("an escalation reaches the company's supervisor, the reply reaches the guard; nobody else hears", async () => {
    const s = await handoverScenario(t, admin, `咨询${++n}`);
    const other = await handoverScenario(t, admin, `咨询外${n}`);
    const socket = (c: GqlClient) => {
      const ws = socketOf(t.url, c);
      sockets.push(ws);
      const heard: { id: string; state: string }[] = [];
      ws.subscribe(
        { query: INQUIRY_CHANGED },
        {
          next: (r) => {
            if (r.data)
              heard.push((r.data as { inquiryChanged: (typeof heard)[0] }).inquiryChanged);
          },
          error: () => {},
          complete: () => {},
        },
      );
      return new Promise<typeof heard>((resolve) =>
        ws.on('connected', () => setTimeout(() => resolve(heard), 300)),
      );
    };
    const [toGuard, toSupervisor, toOtherGuard, toOtherCompany] = await Promise.all([
      socket(s.outgoing),
      socket(supervisor),
      socket(other.outgoing),
      socket(scAdmin),
    ]);
    const logged = data(
      await s.outgoing.request(LOG_INQUIRY, {
        input: { postId: s.postId, question: '能否代收快递？', escalate: true },
      }),
      'logInquiry',
    );
    const until = async (fn: () => boolean) => {
      for (let i = 0; i < 50 && !fn(); i += 1) await new Promise((r) => setTimeout(r, 100));
      return fn();
    };
    expect(await until(() => toSupervisor.some((x) => x.id === logged.id))).toBe(true);
    await supervisor.request(REPLY, { input: { id: logged.id, answer: '可以，登记后放在门岗。' } });
    expect(
      await until(() => toGuard.some((x) => x.id === logged.id && x.state === 'REPLIED')),
    ).toBe(true);
    expect(toOtherGuard.filter((x) => x.id === logged.id)).toEqual([]);
    expect(toOtherCompany).toEqual([]);
  });
});

describe("the office's handover book of every post", () => {
  it('filters by post, guard, state and date; a guard still sees only their own', async () => {
    const s = await handoverScenario(t, admin, `台账${++n}`);
    const h = await awaitingApproval(s);
    const ids = async (c: GqlClient, args: Record<string, unknown>) =>
      (await c.request(BOOK, { first: 50, ...args })).data!.handovers.nodes.map(
        (x: { id: string }) => x.id,
      );
    expect(await ids(admin, { postId: s.postId })).toEqual([h.id]);
    expect(await ids(admin, { guardId: s.incomingGuardId })).toEqual([h.id]);
    expect(await ids(admin, { guardId: s.outgoingGuardId, state: 'AWAITING_APPROVAL' })).toEqual([
      h.id,
    ]);
    expect(await ids(admin, { guardId: s.outgoingGuardId, state: 'SIGNED' })).toEqual([]);
    const hour = 3600_000;
    expect(
      await ids(admin, {
        postId: s.postId,
        from: new Date(Date.now() - hour).toISOString(),
        to: new Date(Date.now() + hour).toISOString(),
      }),
    ).toEqual([h.id]);
    expect(
      await ids(admin, { postId: s.postId, to: new Date(Date.now() - hour).toISOString() }),
    ).toEqual([]);
    // Another company's admin sees none of it; a guard of no part neither.
    expect(await ids(scAdmin, { postId: s.postId })).toEqual([]);
    const other = await handoverScenario(t, admin, `台账外${n}`);
    expect(await ids(other.incoming, { guardId: s.incomingGuardId })).toEqual([]);
  });
});

const FIELDS = /* GraphQL */ `
  fragment F on Handover {
    id
    state
    version
    myActions
    approvalNote
    returnReason
    returnedAt
    returnedBy {
      username
    }
  }
`;
const STEP = (name: string) => {
  const input: Record<string, string> = {
    inspectHandover: 'InspectHandoverInput',
    returnHandover: 'ReturnHandoverInput',
  };
  return /* GraphQL */ `
    ${FIELDS}
    mutation Step($input: ${input[name] ?? 'HandoverStepInput'}!) {
      ${name}(input: $input) {
        ...F
      }
    }
  `;
};
const RETURN = STEP('returnHandover');
const START = /* GraphQL */ `
  ${FIELDS}
  mutation Start($input: StartHandoverInput!) {
    startHandover(input: $input) {
      ...F
    }
  }
`;
const HANDOVER = /* GraphQL */ `
  ${FIELDS}
  query Handover($id: ID!) {
    handover(id: $id) {
      ...F
    }
  }
`;
const BOOK = /* GraphQL */ `
  query Book(
    $first: Int!
    $postId: ID
    $guardId: ID
    $state: HandoverState
    $from: DateTimeISO
    $to: DateTimeISO
  ) {
    handovers(
      first: $first
      postId: $postId
      guardId: $guardId
      state: $state
      from: $from
      to: $to
    ) {
      nodes {
        id
      }
    }
  }
`;
const ON_DUTY = /* GraphQL */ `
  query OnDuty {
    onDuty {
      phase
      onDuty
      shift {
        id
      }
    }
  }
`;
const ROSTER = /* GraphQL */ `
  query Roster($postId: ID!, $weekOf: String!) {
    postRoster(postId: $postId, weekOf: $weekOf) {
      shifts {
        id
        dutyPhase
      }
    }
  }
`;
const LOG_INQUIRY = /* GraphQL */ `
  mutation LogInquiry($input: LogInquiryInput!) {
    logInquiry(input: $input) {
      id
      state
    }
  }
`;
const CHANGED = /* GraphQL */ `
  subscription {
    handoverChanged {
      id
      state
      returnReason
    }
  }
`;
const INQUIRY_CHANGED = /* GraphQL */ `
  subscription {
    inquiryChanged {
      id
      state
    }
  }
`;
const REPLY = /* GraphQL */ `
  mutation Reply($input: AnswerInquiryInput!) {
    answerInquiry(input: $input) {
      id
      state
    }
  }
`;
