import { addDays, FEEDBACK_TAGS, tagsForRating, weekStartOf } from '@cqss/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { makePost, pairedKiosk, submit, unitIds } from '../../../test/kiosk-fixtures';

/**
 * The dashboard reads a daily rollup that triggers keep; here it must agree with the ratings
 * themselves after random ratings, amendments of every counted column and purges.
 */
let t: TestServer;
let admin: GqlClient;
let companyId: string;
let units: string[];
let posts: { id: string; unit: string }[];
let doomedPost: string;

/** mulberry32: the same "random" data on every run, so a failure can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(16);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const TAGS = FEEDBACK_TAGS.map((x) => x.tag);
const randomTags = () => TAGS.filter(() => random() < 0.25);
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login('cq.admin');
  [{ id: companyId }] = await t.dataSource.query(
    `SELECT company_id AS id FROM app_user WHERE username = 'cq.admin'`,
  );
  const byName = await unitIds(admin);
  units = Object.values(byName).slice(0, 3);
  posts = [];
  for (const [i, unit] of units.entries()) {
    posts.push({ id: await makePost(t, unit, `抽样岗 ${i}a`, null), unit });
    posts.push({ id: await makePost(t, unit, `抽样岗 ${i}b`, null), unit });
  }
  doomedPost = posts[1]!.id;
});
afterAll(() => t?.close());

/** One random rating row at a random unit (and one of its posts, or none) in the last 400 days. */
function randomRow(device: string) {
  const post = random() < 0.8 ? pick(posts) : null;
  return {
    unit: post?.unit ?? pick(units),
    post: post?.id ?? null,
    device,
    rating: 1 + Math.floor(random() * 5),
    tags: randomTags(),
    // Near Beijing midnight on purpose for a share of them: the day boundary is +08:00.
    at: new Date(Date.now() - Math.floor(random() * 400) * DAY - Math.floor(random() * DAY)),
  };
}

async function insertRows(rows: ReturnType<typeof randomRow>[]) {
  await t.dataSource.query(
    `INSERT INTO feedback (company_id, customer_unit_id, post_id, device_id, idempotency_key, rating, tags, recorded_at)
     SELECT $1, r.unit, r.post, r.device, gen_random_uuid(), r.rating, r.tags::feedback_tag[], r.at
       FROM jsonb_to_recordset($2::jsonb) AS r(unit uuid, post uuid, device uuid, rating int, tags text[], at timestamptz)`,
    [companyId, JSON.stringify(rows)],
  );
}

/** The rollup's non-empty cells, and the same computed from the ratings, as sorted text. */
async function rollupAndRaw() {
  const [rollup, raw] = await Promise.all([
    t.dataSource.query(
      `SELECT company_id, day::text, customer_unit_id, post_id, r1, r2, r3, r4, r5 FROM feedback_daily
        WHERE r1 + r2 + r3 + r4 + r5 > 0 ORDER BY 1, 2, 3, 4`,
    ),
    t.dataSource.query(
      `SELECT company_id, (recorded_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day, customer_unit_id, post_id,
              ${[1, 2, 3, 4, 5].map((l) => `count(*) FILTER (WHERE rating = ${l})::int AS r${l}`).join(', ')}
         FROM feedback GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    ),
  ]);
  const [rollupTags, rawTags] = await Promise.all([
    t.dataSource.query(
      `SELECT company_id, day::text, customer_unit_id, post_id, tag::text, n FROM feedback_daily_tag
        WHERE n > 0 ORDER BY 1, 2, 3, 4, 5`,
    ),
    t.dataSource.query(
      `SELECT company_id, (recorded_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day, customer_unit_id, post_id, tag::text, count(*)::int AS n
         FROM feedback CROSS JOIN LATERAL unnest(tags) AS tag GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    ),
  ]);
  return { rollup, raw, rollupTags, rawTags };
}

interface Filter {
  customerUnitId?: string;
  postId?: string;
  from?: string;
  to?: string;
}
interface Summary {
  count: number;
  distribution: number[];
}
const REPORT = /* GraphQL */ `
  query Report($customerUnitId: ID, $postId: ID, $from: String, $to: String) {
    satisfaction(customerUnitId: $customerUnitId, postId: $postId, from: $from, to: $to) {
      overall {
        count
        distribution
        mean
      }
      byUnit {
        customerUnit {
          id
        }
        summary {
          count
          distribution
        }
      }
      byPost {
        customerUnit {
          id
        }
        post {
          id
        }
        summary {
          count
          distribution
        }
      }
      byWeek {
        weekStart
        summary {
          count
          distribution
        }
      }
      tags {
        tag
        count
      }
    }
  }
`;

/** The report computed in plain TypeScript from the ratings, in the shape the API answers. */
async function expected(filter: Filter) {
  const rows: { unit: string; post: string | null; rating: number; tags: string[]; at: Date }[] =
    await t.dataSource.query(
      `SELECT customer_unit_id AS unit, post_id AS post, rating, tags::text[] AS tags, recorded_at AS at
         FROM feedback WHERE company_id = $1`,
      [companyId],
    );
  const beijingDay = (at: Date) =>
    new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const chosen = rows.filter((r) => {
    const day = beijingDay(r.at);
    return (
      (!filter.customerUnitId || r.unit === filter.customerUnitId) &&
      (!filter.postId || r.post === filter.postId) &&
      (!filter.from || day >= filter.from) &&
      (!filter.to || day <= filter.to)
    );
  });
  const summarise = (rs: typeof chosen): Summary => ({
    count: rs.length,
    distribution: [1, 2, 3, 4, 5].map((l) => rs.filter((r) => r.rating === l).length),
  });
  const groups = (key: (r: (typeof chosen)[number]) => string) => {
    const m = new Map<string, typeof chosen>();
    for (const r of chosen) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return [...m]
      .map(([k, rs]) => [k, summarise(rs)] as const)
      .sort(([a], [b]) => a.localeCompare(b));
  };
  return {
    overall: summarise(chosen),
    byUnit: groups((r) => r.unit),
    byPost: groups((r) => `${r.unit}/${r.post}`),
    byWeek: groups((r) => weekStartOf(beijingDay(r.at))),
    tags: TAGS.map((tag) => ({ tag, count: chosen.filter((r) => r.tags.includes(tag)).length })),
  };
}

async function answered(filter: Filter) {
  const r = await admin.request(REPORT, { ...filter });
  expect(r.errors).toBeUndefined();
  const s = r.data!.satisfaction;
  const sorted = <T extends readonly [string, Summary]>(xs: T[]) =>
    xs.sort(([a], [b]) => a.localeCompare(b));
  return {
    overall: { count: s.overall.count, distribution: s.overall.distribution },
    byUnit: sorted(s.byUnit.map((u: any) => [u.customerUnit.id, u.summary] as const)),
    byPost: sorted(
      s.byPost.map((p: any) => [`${p.customerUnit.id}/${p.post?.id ?? null}`, p.summary] as const),
    ),
    byWeek: sorted(
      s.byWeek
        .filter((w: any) => w.summary.count > 0)
        .map((w: any) => [w.weekStart, w.summary] as const),
    ),
    tags: s.tags,
  };
}

describe('the satisfaction rollup', () => {
  it('agrees with the ratings after random ratings, amendments and purges, on every filter', async () => {
    const [device] = await t.dataSource.query(
      `SELECT id FROM kiosk_device WHERE company_id = $1 LIMIT 1`,
      [companyId],
    );
    // Ratings: 1,500 in three statements of different sizes, and a few through the kiosk's API.
    for (const n of [1, 499, 1000])
      await insertRows(Array.from({ length: n }, () => randomRow(device.id)));
    const { kiosk } = await pairedKiosk(t, admin, units[0]!, { postId: posts[0]!.id });
    for (let i = 0; i < 3; i++) {
      const tap = {
        idempotencyKey: randomUUID(),
        rating: 1 + i * 2,
        recordedAt: new Date(Date.now() - i * 600_000 - 60_000).toISOString(),
      };
      expect((await submit(kiosk, tap)).errors).toBeUndefined();
      // The kiosk's amendment: the same key with the tags (fitting the rating) given after the tap.
      const amended = await submit(kiosk, {
        ...tap,
        tags: tagsForRating(tap.rating).slice(0, 2),
        amendedAt: new Date(Date.parse(tap.recordedAt) + 20_000).toISOString(),
      });
      expect(amended.errors).toBeUndefined();
    }

    // Amendments of every counted column, one row and many at a time.
    const ids: string[] = (
      await t.dataSource.query(`SELECT id FROM feedback WHERE company_id = $1 ORDER BY id`, [
        companyId,
      ])
    ).map((r: { id: string }) => r.id);
    const some = (n: number) => Array.from({ length: n }, () => pick(ids));
    await t.dataSource.query(`UPDATE feedback SET rating = 6 - rating WHERE id = ANY($1)`, [
      some(200),
    ]);
    await t.dataSource.query(
      `UPDATE feedback SET tags = ARRAY['SAFETY', 'PATROL']::feedback_tag[] WHERE id = ANY($1)`,
      [some(150)],
    );
    await t.dataSource.query(`UPDATE feedback SET tags = '{}' WHERE id = ANY($1)`, [some(100)]);
    // Across Beijing midnight and across weeks.
    await t.dataSource.query(
      `UPDATE feedback SET recorded_at = recorded_at + interval '9 hours' WHERE id = ANY($1)`,
      [some(150)],
    );
    await t.dataSource.query(
      `UPDATE feedback SET recorded_at = recorded_at - interval '13 days' WHERE id = ANY($1)`,
      [some(100)],
    );
    await t.dataSource.query(
      `UPDATE feedback SET post_id = $2, customer_unit_id = $3 WHERE id = ANY($1)`,
      [some(100), posts[4]!.id, posts[4]!.unit],
    );
    await t.dataSource.query(`UPDATE feedback SET post_id = NULL WHERE id = $1`, [ids[7]]);
    // A no-op for the rollup: a column it does not count.
    await t.dataSource.query(`UPDATE feedback SET comment = '改过' WHERE id = ANY($1)`, [some(50)]);

    // Purges: single rows, many rows, and a deleted post (its ratings keep their unit, post NULL).
    await t.dataSource.query(`DELETE FROM feedback WHERE id = $1`, [ids[3]]);
    await t.dataSource.query(`DELETE FROM feedback WHERE id = ANY($1)`, [some(250)]);
    await t.dataSource.query(`DELETE FROM post WHERE id = $1`, [doomedPost]);
    // Everything at one unit on one day gone: its cells are empty, and must not show as zeros.
    await t.dataSource.query(
      `DELETE FROM feedback WHERE customer_unit_id = $1 AND recorded_at > now() - interval '30 days'`,
      [units[2]],
    );

    const cells = await rollupAndRaw();
    expect(cells.raw.length).toBeGreaterThan(500);
    expect(cells.rollup).toEqual(cells.raw);
    expect(cells.rollupTags).toEqual(cells.rawTags);

    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const filters: Filter[] = [
      {},
      { from: addDays(weekStartOf(today), -77), to: today },
      { from: addDays(today, -200), to: addDays(today, -100) },
      { customerUnitId: units[0]! },
      { customerUnitId: units[2]!, from: addDays(today, -60) },
      { postId: posts[4]!.id },
      { postId: posts[2]!.id, to: addDays(today, -30) },
    ];
    for (const filter of filters) {
      expect(await answered(filter), JSON.stringify(filter)).toEqual(await expected(filter));
    }
  });
});
