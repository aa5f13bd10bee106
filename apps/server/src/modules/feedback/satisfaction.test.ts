import { addDays, satisfactionByWeek, satisfactionSummary, weekStartOf } from '@cqss/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { makePost, pairedKiosk, submit, unitIds } from '../../../test/kiosk-fixtures';
import { problemsOf } from '../../../test/problems';

let t: TestServer;
let admin: GqlClient;
let units: Record<string, string>;
let postA: string;
let postB: string;
const MALL = '成都天府国际商城';

// Two whole weeks back, so every rating is in the past: W1 starts on m1, W2 on m2.
const m1 = addDays(weekStartOf(new Date()), -14);
const m2 = addDays(m1, 7);
const at = (day: string, time: string) => `${day}T${time}:00+08:00`;

/**
 * The hand-computed fixture: 5,5,4,3,2,1,4,5 at the mall, across posts A and B and a kiosk
 * without a post, in two Beijing weeks split at Sunday 23:59 / Monday 00:30.
 * count 8, sum 29, mean 3.625, 4–5: five → 0.625, 1–2: two, distribution [1,1,1,2,3].
 * W1: 5,5,3,4 → mean 4.25, share 0.75. W2: 4,2,1,5 → mean 3, share 0.5.
 * Post A: 5,5,4 → mean 14/3, share 1. Post B: 3,2,1 → mean 2, share 0. No post: 4,5 → 4.5, 1.
 * Tags (praise with 4–5, problems with 1–3): COURTESY 2, APPEARANCE 1, PATROL 1, SAFETY 1,
 * IMPOLITE 1, SLOW_RESPONSE 1.
 */
const FIXTURE = [
  { kiosk: 'A', rating: 5, at: at(addDays(m1, 1), '10:00'), tags: ['COURTESY', 'PATROL'] },
  { kiosk: 'A', rating: 5, at: at(addDays(m1, 6), '23:59'), tags: ['COURTESY'] },
  { kiosk: 'A', rating: 4, at: at(m2, '00:30'), tags: ['SAFETY'], comment: '夜里巡逻很认真' },
  { kiosk: 'B', rating: 3, at: at(addDays(m1, 2), '09:00') },
  { kiosk: 'B', rating: 2, at: at(addDays(m2, 1), '11:00'), tags: ['SLOW_RESPONSE'] },
  {
    kiosk: 'B',
    rating: 1,
    at: at(addDays(m2, 1), '11:10'),
    tags: ['IMPOLITE'],
    comment: '<i>态度差</i>',
  },
  { kiosk: 'none', rating: 4, at: at(addDays(m1, 3), '15:00'), tags: ['APPEARANCE'] },
  { kiosk: 'none', rating: 5, at: at(addDays(m2, 2), '16:00') },
] as const;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login('cq.admin');
  units = await unitIds(admin);
  postA = await makePost(t, units[MALL]!, '商城正门岗', 'cq.supervisor');
  postB = await makePost(t, units[MALL]!, '商城停车场岗', null);
  const kiosks = {
    A: (await pairedKiosk(t, admin, units[MALL]!, { postId: postA, pairedDaysAgo: 30 })).kiosk,
    B: (await pairedKiosk(t, admin, units[MALL]!, { postId: postB, pairedDaysAgo: 30 })).kiosk,
    none: (await pairedKiosk(t, admin, units[MALL]!, { pairedDaysAgo: 30 })).kiosk,
  };
  for (const f of FIXTURE) {
    const r = await submit(kiosks[f.kiosk], {
      rating: f.rating,
      recordedAt: new Date(f.at).toISOString(),
      tags: 'tags' in f ? f.tags : [],
      comment: 'comment' in f ? f.comment : null,
    });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
});
afterAll(() => t.close());

const near = (x: number) => expect.closeTo(x, 9);

describe('satisfaction', () => {
  it('matches the hand-computed fixture overall, per unit, per post, per week and per tag', async () => {
    const r = await admin.request(REPORT, { customerUnitId: units[MALL] });
    const report = r.data!.satisfaction;
    const overall = {
      count: 8,
      satisfied: 5,
      low: 2,
      mean: 3.625,
      satisfiedShare: 0.625,
      distribution: [1, 1, 1, 2, 3],
    };
    expect(report.overall).toEqual(overall);
    // The domain's reference function agrees with the SQL.
    const reference = satisfactionSummary(FIXTURE.map((f) => f.rating));
    expect(report.overall).toEqual({
      count: reference.count,
      satisfied: reference.satisfied,
      low: reference.low,
      mean: reference.mean,
      satisfiedShare: reference.satisfiedShare,
      distribution: reference.distribution,
    });
    expect(report.byUnit).toEqual([{ customerUnit: { name: MALL }, summary: overall }]);

    const posts = Object.fromEntries(
      report.byPost.map((p: any) => [p.post?.name ?? '-', p.summary]),
    );
    expect(posts['商城正门岗']).toMatchObject({ count: 3, mean: near(14 / 3), satisfiedShare: 1 });
    expect(posts['商城停车场岗']).toMatchObject({ count: 3, mean: 2, satisfiedShare: 0, low: 2 });
    expect(posts['-']).toMatchObject({ count: 2, mean: 4.5, satisfiedShare: 1 });

    expect(
      report.byWeek.map((w: any) => [
        w.weekStart,
        w.summary.count,
        w.summary.mean,
        w.summary.satisfiedShare,
      ]),
    ).toEqual([
      [m1, 4, 4.25, 0.75],
      [m2, 4, 3, 0.5],
    ]);
    expect(
      satisfactionByWeek(FIXTURE.map((f) => ({ rating: f.rating, at: f.at }))).map((w) => [
        w.weekStart,
        w.summary.mean,
      ]),
    ).toEqual([
      [m1, 4.25],
      [m2, 3],
    ]);
    expect(report.tags).toEqual([
      { tag: 'COURTESY', count: 2 },
      { tag: 'RESPONSIVENESS', count: 0 },
      { tag: 'APPEARANCE', count: 1 },
      { tag: 'PATROL', count: 1 },
      { tag: 'SAFETY', count: 1 },
      { tag: 'IMPOLITE', count: 1 },
      { tag: 'SLOW_RESPONSE', count: 1 },
      { tag: 'UNTIDY', count: 0 },
      { tag: 'PATROL_LAX', count: 0 },
      { tag: 'UNSAFE', count: 0 },
    ]);
  });

  it('filters by post and by period, and shows every week of the period, empty ones too', async () => {
    const a = await admin.request(REPORT, { postId: postA });
    expect(a.data!.satisfaction.overall).toMatchObject({ count: 3, satisfied: 3 });
    expect(a.data!.satisfaction.byPost.map((p: any) => p.post.name)).toEqual(['商城正门岗']);

    const w2 = await admin.request(REPORT, {
      customerUnitId: units[MALL],
      from: m2,
      to: addDays(m2, 13),
    });
    expect(w2.data!.satisfaction.overall).toMatchObject({ count: 4, mean: 3, satisfiedShare: 0.5 });
    expect(
      w2.data!.satisfaction.byWeek.map((w: any) => [w.weekStart, w.summary.count, w.summary.mean]),
    ).toEqual([
      [m2, 4, 3],
      [addDays(m2, 7), 0, null],
    ]);
    // The last day is included; the Monday 00:30 rating is W2's, the Sunday 23:59 one W1's.
    const sunday = await admin.request(REPORT, {
      customerUnitId: units[MALL],
      from: addDays(m1, 6),
      to: addDays(m1, 6),
    });
    expect(sunday.data!.satisfaction.overall.count).toBe(1);
  });

  it('lists the latest comments newest first, as plain text, with unit and post', async () => {
    const r = await admin.request(COMMENTS, { customerUnitId: units[MALL], first: 10 });
    expect(
      r.data!.feedbackComments.nodes.map((c: any) => [
        c.rating,
        c.comment,
        c.post?.name,
        c.customerUnit.name,
      ]),
    ).toEqual([
      [1, '<i>态度差</i>', '商城停车场岗', MALL],
      [4, '夜里巡逻很认真', '商城正门岗', MALL],
    ]);
    const page1 = await admin.request(COMMENTS, { customerUnitId: units[MALL], first: 1 });
    const page2 = await admin.request(COMMENTS, {
      customerUnitId: units[MALL],
      first: 1,
      after: page1.data!.feedbackComments.pageInfo.endCursor,
    });
    expect(page2.data!.feedbackComments.nodes[0].comment).toBe('夜里巡逻很认真');
  });

  it('lists the units with their posts for the filters', async () => {
    const r = await admin.request(`{ feedbackUnitOptions { name posts { name } } }`);
    expect(
      r.data!.feedbackUnitOptions.find((u: any) => u.name === MALL).posts.map((p: any) => p.name),
    ).toEqual(['商城中庭岗', '商城停车场岗', '商城正门岗']);
  });

  it('aggregates in a fixed number of SQL statements, whatever the number of units, posts and ratings', async () => {
    const supervisor = await t.login('cq.supervisor');
    await supervisor.request(REPORT, {});
    await supervisor.request(COMMENTS, { first: 1 });
    const before = await t.countStatements(() => supervisor.request(REPORT, {}));
    const commentsSmall = await t.countStatements(() => supervisor.request(COMMENTS, { first: 2 }));
    // More units, posts and ratings (added directly: the numbers, not the path, are tested here).
    await t.dataSource.query(
      `WITH u AS (
         INSERT INTO customer_unit (company_id, name, credit_code, address, division_code, contact_name, contact_phone)
         SELECT company_id, '单位 ' || i, lpad(i::text, 18, '7'), '重庆', '500103', '联系人', '023'
           FROM customer_unit, generate_series(1, 6) i WHERE id = $1 RETURNING id, company_id),
       p AS (INSERT INTO post (company_id, customer_unit_id, contract_id, name, post_orders) SELECT company_id, id, (SELECT c.id FROM contract c WHERE c.company_id = u.company_id LIMIT 1), '岗', '岗位职责' FROM u RETURNING id, customer_unit_id, company_id),
       d AS (INSERT INTO kiosk_device (company_id, customer_unit_id, post_id, name, paired_at) SELECT company_id, customer_unit_id, id, '终端', now() FROM p RETURNING id, company_id, customer_unit_id, post_id)
       INSERT INTO feedback (company_id, customer_unit_id, post_id, device_id, idempotency_key, rating, comment, recorded_at)
       SELECT company_id, customer_unit_id, post_id, id, gen_random_uuid(), 1 + i % 5, '评论 ' || i, now() - make_interval(mins => i)
         FROM d, generate_series(1, 30) i`,
      [units[MALL]],
    );
    const after = await t.countStatements(() => supervisor.request(REPORT, {}));
    const commentsLarge = await t.countStatements(() =>
      supervisor.request(COMMENTS, { first: 20 }),
    );
    expect(after).toBe(before);
    expect(commentsLarge).toBe(commentsSmall);
    expect(before).toBe(3); // the aggregate, then the units and the posts by id
    expect(commentsSmall).toBe(4); // the page, then its units, posts and kiosks by id
  });
});

describe('failing satisfaction', () => {
  it('is not for guards', async () => {
    const guard = await t.login('cq.guard1');
    expect(codes(await guard.request(REPORT, {}))).toEqual(['FORBIDDEN']);
    expect(codes(await guard.request(COMMENTS, { first: 5 }))).toEqual(['FORBIDDEN']);
  });

  it("never counts another company's ratings", async () => {
    const sc = await t.login('sc.admin');
    const r = await sc.request(REPORT, { customerUnitId: units[MALL] });
    expect(r.data!.satisfaction.overall.count).toBe(0);
    const own = await sc.request(REPORT, {});
    expect(own.data!.satisfaction.byUnit.map((u: any) => u.customerUnit.name)).toEqual([
      '成都锦江写字楼',
    ]);
    const comments = await sc.request(COMMENTS, { first: 50 });
    expect(
      comments.data!.feedbackComments.nodes.every(
        (c: any) => c.customerUnit.name === '成都锦江写字楼',
      ),
    ).toBe(true);
  });

  it('refuses a period that ends before it starts, and a malformed day', async () => {
    const reversed = await admin.request(REPORT, { from: m2, to: m1 });
    expect(codes(reversed)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(reversed)).toEqual({ to: 'ENDS_BEFORE_START' });
    const bad = await admin.request(REPORT, { from: '2026-02-30' });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});

const SUMMARY = /* GraphQL */ `
  fragment S on SatisfactionSummary {
    count
    satisfied
    low
    mean
    satisfiedShare
    distribution
  }
`;
const REPORT = /* GraphQL */ `
  query Report($customerUnitId: ID, $postId: ID, $from: String, $to: String) {
    satisfaction(customerUnitId: $customerUnitId, postId: $postId, from: $from, to: $to) {
      overall {
        ...S
      }
      byUnit {
        customerUnit {
          name
        }
        summary {
          ...S
        }
      }
      byPost {
        customerUnit {
          name
        }
        post {
          name
        }
        summary {
          ...S
        }
      }
      byWeek {
        weekStart
        summary {
          ...S
        }
      }
      tags {
        tag
        count
      }
    }
  }
  ${SUMMARY}
`;
const COMMENTS = /* GraphQL */ `
  query Comments($customerUnitId: ID, $first: Int!, $after: String) {
    feedbackComments(customerUnitId: $customerUnitId, first: $first, after: $after) {
      nodes {
        rating
        comment
        tags
        recordedAt
        deviceName
        customerUnit {
          name
        }
        post {
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
