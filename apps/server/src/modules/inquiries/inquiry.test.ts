import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardAccount, handoverScenario } from '../../../test/operations';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { problemsOf } from '../../../test/problems';

let t: TestServer;
let admin: GqlClient;
let supervisor: GqlClient;
let guard1: GqlClient;
let scAdmin: GqlClient;
let hospital: string;

beforeAll(async () => {
  t = await startTestServer();
  [admin, supervisor, guard1, scAdmin] = await Promise.all([
    t.login('cq.admin'),
    t.login('cq.supervisor'),
    t.login('cq.guard1'),
    t.login('sc.admin'),
  ]);
  // The demo has cq.guard1 on duty at 医院东门岗 now.
  hospital = (await guard1.request(`query { onDuty { shift { post { id name } } } }`)).data!.onDuty
    .shift.post.id;
});
afterAll(() => t.close());

const log = (c: GqlClient, input: Record<string, unknown>) =>
  c.request(LOG, { input: { postId: hospital, ...input } });

describe('the inquiry log', () => {
  it('records a question with a real answer', async () => {
    const r = await log(guard1, {
      question: '请问CT室在哪里？',
      answer: 'CT室在医技楼二楼，从东门进去左转乘电梯。',
    });
    expect(r.data!.logInquiry).toMatchObject({
      state: 'ANSWERED',
      answer: 'CT室在医技楼二楼，从东门进去左转乘电梯。',
      guard: { name: '张伟' },
      post: { name: '医院东门岗' },
      escalationAge: null,
    });
  });

  it('refuses "I don\'t know" as an answer, and writes nothing', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM inquiry`);
    for (const answer of ['不知道', '我也不太清楚', "Sorry, I don't know"]) {
      const r = await log(guard1, { question: '医保窗口几点下班？', answer });
      expect(codes(r)).toEqual(['NOT_AN_ANSWER']);
      expect(problemsOf(r)).toEqual({ answer: 'NOT_AN_ANSWER' });
    }
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM inquiry`)).toEqual(before);
  });

  it('escalates to the post supervisor, who replies; the guard sees the reply', async () => {
    const logged = await log(guard1, { question: '能否在东门临时停车接送病人？' });
    expect(logged.data!.logInquiry.state).toBe('OPEN');
    const id = logged.data!.logInquiry.id;
    const esc = await guard1.request(ESCALATE, { id });
    expect(esc.data!.escalateInquiry).toMatchObject({
      state: 'ESCALATED',
      escalatedTo: { username: 'cq.supervisor' },
      escalationAge: { totalMinutes: 0 },
    });

    // The supervisor's queue has it, with its age; the demo's older escalation is the oldest.
    const queue = await supervisor.request(LIST, { first: 20, state: 'ESCALATED' });
    expect(queue.data!.inquiries.nodes.map((i: { id: string }) => i.id)).toContain(id);
    const summary = await supervisor.request(SUMMARY);
    expect(summary.data!.escalationSummary.count).toBe(2);
    expect(
      summary.data!.escalationSummary.oldest.escalationAge.totalMinutes,
    ).toBeGreaterThanOrEqual(44);
    expect(summary.data!.escalationSummary.oldest.question).toMatch(/住院部/);

    // "I don't know" is no reply either, and a guard cannot reply to an escalation.
    expect(codes(await supervisor.request(ANSWER, { input: { id, answer: '不清楚' } }))).toEqual([
      'NOT_AN_ANSWER',
    ]);
    expect(codes(await guard1.request(ANSWER, { input: { id, answer: '可以' } }))).toEqual([
      'ILLEGAL_TRANSITION',
    ]);

    const reply = '可以在东门落客区临时停靠5分钟，请勿长时间停放，保安协助指引。';
    const r = await supervisor.request(ANSWER, { input: { id, answer: reply } });
    expect(r.data!.answerInquiry).toMatchObject({
      state: 'REPLIED',
      reply,
      repliedBy: { username: 'cq.supervisor' },
      escalationAge: null,
    });
    const mine = await guard1.request(LIST, { first: 20 });
    expect(mine.data!.inquiries.nodes.find((i: { id: string }) => i.id === id)).toMatchObject({
      state: 'REPLIED',
      reply,
    });
    expect((await supervisor.request(SUMMARY)).data!.escalationSummary.count).toBe(1);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY created_at`,
      [id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'inquiry.log',
      'inquiry.escalate',
      'inquiry.reply',
    ]);
  });

  it('answers an open inquiry once the guard has found out', async () => {
    const id = (await log(guard1, { question: '自助缴费机在哪？' })).data!.logInquiry.id;
    const r = await guard1.request(ANSWER, {
      input: { id, answer: '门诊一楼大厅西侧有6台自助缴费机。' },
    });
    expect(r.data!.answerInquiry.state).toBe('ANSWERED');
    expect(codes(await guard1.request(ESCALATE, { id }))).toEqual(['ILLEGAL_TRANSITION']);
  });

  it('can be escalated at once when logged', async () => {
    const r = await log(guard1, { question: '投诉某科室医生态度不好，找谁？', escalate: true });
    expect(r.data!.logInquiry).toMatchObject({
      state: 'ESCALATED',
      escalatedTo: { username: 'cq.supervisor' },
    });
    const both = await log(guard1, { question: 'x', answer: '在三楼', escalate: true });
    expect(codes(both)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('who may see and act', () => {
  it("a guard sees only their own inquiries; others' are NOT_FOUND", async () => {
    const guard2 = await t.login('cq.guard2');
    const list = await guard2.request(LIST, { first: 50 });
    expect(list.data!.inquiries.nodes).toEqual([]);
    const theirs = (await guard1.request(LIST, { first: 1 })).data!.inquiries.nodes[0].id;
    expect(codes(await guard2.request(ESCALATE, { id: theirs }))).toEqual(['NOT_FOUND']);
  });

  it('a guard off duty at the post cannot log there', async () => {
    const guard2 = await t.login('cq.guard2');
    const r = await log(guard2, { question: '请问几点了？', answer: '下午三点。' });
    // cq.guard2 starts at the hospital in two hours: not yet in the working window.
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ postId: 'NOT_ON_DUTY' });
  });

  it('another company sees nothing of it and cannot reply', async () => {
    const id = (await log(guard1, { question: '可以带宠物进医院吗？', escalate: true })).data!
      .logInquiry.id;
    expect((await scAdmin.request(LIST, { first: 50 })).data!.inquiries.nodes).toEqual([]);
    expect((await scAdmin.request(SUMMARY)).data!.escalationSummary.count).toBe(0);
    const scGuardId = (await scAdmin.request(`query { guards(first: 1) { nodes { id } } }`)).data!
      .guards.nodes[0].id;
    const scGuard = await guardAccount(t, scGuardId, 'sc.guard.inq');
    expect(codes(await scGuard.request(ANSWER, { input: { id, answer: '不可以。' } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await admin.request(ANSWER, { input: { id, answer: '不可以。' } }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});

describe('SQL statements', () => {
  it('listing the log costs the same whatever the page size', async () => {
    // The newest inquiry has every relation (post, guard, supervisor escalated to, replier).
    const s = await handoverScenario(t, admin, '咨询');
    const id = (
      await s.outgoing.request(LOG, {
        input: { postId: s.postId, question: '几点换班？', escalate: true },
      })
    ).data!.logInquiry.id;
    await supervisor.request(ANSWER, { input: { id, answer: '八点换班。' } });
    const q = (first: number) => () => supervisor.request(LIST, { first });
    await q(1)();
    const one = await t.countStatements(q(1));
    const all = await t.countStatements(q(50));
    expect(
      (await supervisor.request(LIST, { first: 50 })).data!.inquiries.nodes.length,
    ).toBeGreaterThan(5);
    expect(all).toBe(one);
    expect(one).toBe(4); // the page, then one batch each of posts, guards and users
  });
});

const FIELDS = /* GraphQL */ `
  fragment InquiryFields on Inquiry {
    id
    state
    question
    answer
    reply
    createdAt
    escalatedAt
    repliedAt
    escalationAge {
      totalMinutes
      days
      hours
      minutes
    }
    post {
      name
    }
    guard {
      name
    }
    escalatedTo {
      username
    }
    repliedBy {
      username
    }
  }
`;
const LOG = /* GraphQL */ `
  ${FIELDS}
  mutation Log($input: LogInquiryInput!) {
    logInquiry(input: $input) {
      ...InquiryFields
    }
  }
`;
const ESCALATE = /* GraphQL */ `
  ${FIELDS}
  mutation Escalate($id: ID!) {
    escalateInquiry(id: $id) {
      ...InquiryFields
    }
  }
`;
const ANSWER = /* GraphQL */ `
  ${FIELDS}
  mutation Answer($input: AnswerInquiryInput!) {
    answerInquiry(input: $input) {
      ...InquiryFields
    }
  }
`;
const LIST = /* GraphQL */ `
  ${FIELDS}
  query Inquiries($first: Int!, $state: InquiryState) {
    inquiries(first: $first, state: $state) {
      nodes {
        ...InquiryFields
      }
    }
  }
`;
const SUMMARY = /* GraphQL */ `
  ${FIELDS}
  query Summary {
    escalationSummary {
      count
      oldest {
        ...InquiryFields
      }
    }
  }
`;
