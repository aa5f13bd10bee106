import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';
import { makePost, pairedKiosk, submit, unitIds } from '../../../test/kiosk-fixtures';
import { problemsOf } from '../../../test/problems';

let t: TestServer;
let admin: GqlClient;
let units: Record<string, string>;
const MALL = '成都天府国际商城';
const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();
const rowsOf = (deviceId: string) =>
  t.dataSource.query(
    `SELECT id, customer_unit_id, post_id, rating, tags::text[] AS tags, comment, recorded_at, received_at
       FROM feedback WHERE device_id = $1 ORDER BY received_at, recorded_at`,
    [deviceId],
  );

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login('cq.admin');
  units = await unitIds(admin);
});
afterAll(() => t.close());

describe('successful submitFeedback', () => {
  it("stores a rating for the device's own unit and post, normalised, as plain text", async () => {
    const postId = await makePost(t, units[MALL]!, '商城北门岗', 'cq.supervisor');
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!, { postId });
    const key = randomUUID();
    const recordedAt = ago(3);
    const r = await submit(kiosk, {
      idempotencyKey: key,
      rating: 4,
      tags: ['PATROL', 'COURTESY', 'PATROL'],
      comment: '  <b>保安</b> & "很好"\r\n  ',
      recordedAt,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.submitFeedback).toMatchObject({
      idempotencyKey: key,
      rating: 4,
      tags: ['COURTESY', 'PATROL'],
      comment: '<b>保安</b> & "很好"',
      recordedAt: new Date(recordedAt).toISOString(),
    });
    const [row] = await rowsOf(deviceId);
    expect(row).toMatchObject({
      id: r.data!.submitFeedback.id,
      customer_unit_id: units[MALL],
      post_id: postId,
      tags: ['COURTESY', 'PATROL'],
    });
    expect(row.received_at.getTime()).toBeGreaterThanOrEqual(row.recorded_at.getTime());
  });

  it('stores a key sent twice once and answers the retry with the first result', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const input = {
      idempotencyKey: randomUUID(),
      rating: 2,
      comment: '第一次',
      recordedAt: ago(1),
    };
    const first = await submit(kiosk, input);
    const again = await submit(kiosk, input);
    expect(again.data!.submitFeedback).toEqual(first.data!.submitFeedback);
    // The same key with details and no comment is a plain retry: nothing is cleared.
    const bare = await submit(kiosk, { ...input, comment: null });
    expect(bare.data!.submitFeedback).toEqual(first.data!.submitFeedback);
    // A retry whose rating changed on the way (it cannot: the kiosk stores it first) is refused.
    const changed = await submit(kiosk, { ...input, rating: 5, comment: '第二次' });
    expect(problemsOf(changed)).toEqual({ rating: 'INVALID' });
    expect(await rowsOf(deviceId)).toMatchObject([{ rating: 2, comment: '第一次' }]);
  });

  it('stores one row when the same key arrives several times at once', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const input = { idempotencyKey: randomUUID(), rating: 3, recordedAt: ago(1) };
    const results = await Promise.all([1, 2, 3, 4].map(() => submit(kiosk, input)));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(new Set(results.map((r) => r.data!.submitFeedback.id)).size).toBe(1);
    expect(await rowsOf(deviceId)).toHaveLength(1);
  });

  it('lets one of several ratings of a device tapped at once pass the rate limit, however they race', async () => {
    // The device's lock goes out with the transaction's START TRANSACTION: each rating's
    // judgement still reads what the one that held the lock before committed.
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const at = ago(20);
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => submit(kiosk, { idempotencyKey: randomUUID(), recordedAt: at })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codes)).toEqual(
      Array.from({ length: 5 }, () => ['RATE_LIMITED']),
    );
    expect(await rowsOf(deviceId)).toHaveLength(1);
  });

  it('costs a known kiosk five statements in three round trips, its retry and a refused one four', async () => {
    // START TRANSACTION with the device's lock, the judgement, the row with the COMMIT; a retry
    // and a refused rating end at the judgement (COMMIT, ROLLBACK). The device itself is read
    // once, then known from the cache.
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const first = { idempotencyKey: randomUUID(), rating: 5, recordedAt: ago(30) };
    expect(await t.countStatements(() => submit(kiosk, first))).toBe(6);
    expect(await t.countStatements(() => submit(kiosk, first))).toBe(4);
    let refused: unknown;
    const tooSoon = () => submit(kiosk, { rating: 5, recordedAt: ago(29) });
    expect(await t.countStatements(async () => (refused = await tooSoon()))).toBe(4);
    expect(codes(refused as Awaited<ReturnType<typeof submit>>)).toEqual(['RATE_LIMITED']);
    const next = { rating: 4, tags: ['COURTESY'], comment: "it's \\ fine", recordedAt: ago(20) };
    expect(await t.countStatements(() => submit(kiosk, next))).toBe(5);
    // What went in as literals is stored as sent.
    expect((await rowsOf(deviceId)).map((r: { comment: string | null }) => r.comment)).toEqual([
      null,
      "it's \\ fine",
    ]);
  });

  it('checks the key before the rate limit: a retry of a stored rating is never "too soon"', async () => {
    const { kiosk } = await pairedKiosk(t, admin, units[MALL]!);
    const first = { idempotencyKey: randomUUID(), recordedAt: ago(10) };
    const stored = await submit(kiosk, first);
    expect(codes(await submit(kiosk, { recordedAt: ago(9) }))).toEqual(['RATE_LIMITED']);
    expect((await submit(kiosk, first)).data!.submitFeedback.id).toBe(
      stored.data!.submitFeedback.id,
    );
  });

  it('judges the rate by the recorded time: a queue sent at once after an outage passes, in order', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    for (const [rating, seconds] of [
      [4, 90],
      [2, 60],
      [3, 30],
    ] as const) {
      expect((await submit(kiosk, { rating, recordedAt: ago(seconds) })).errors).toBeUndefined();
    }
    expect((await rowsOf(deviceId)).map((r: { rating: number }) => r.rating)).toEqual([4, 2, 3]);
  });

  it('keeps a rating from a bad clock, dated within bounds (never later than now, nor long before pairing)', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const before = Date.now();
    const future = await submit(kiosk, {
      recordedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(new Date(future.data!.submitFeedback.recordedAt).getTime()).toBeLessThanOrEqual(
      Date.now(),
    );
    expect(new Date(future.data!.submitFeedback.recordedAt).getTime()).toBeGreaterThanOrEqual(
      before - 1000,
    );
    const epoch = await submit(kiosk, { recordedAt: '1970-01-01T00:00:10Z' });
    const [{ paired_at }] = await t.dataSource.query(
      `SELECT paired_at FROM kiosk_device WHERE id = $1`,
      [deviceId],
    );
    expect(new Date(epoch.data!.submitFeedback.recordedAt).getTime()).toBe(
      paired_at.getTime() - 7 * 86_400_000,
    );
  });

  it('takes 200 Chinese characters or emoji as 200 characters', async () => {
    const { kiosk } = await pairedKiosk(t, admin, units[MALL]!);
    expect(
      (await submit(kiosk, { comment: '好'.repeat(200), recordedAt: ago(20) })).errors,
    ).toBeUndefined();
    expect(
      (await submit(kiosk, { comment: '😀'.repeat(200), recordedAt: ago(10) })).errors,
    ).toBeUndefined();
  });
});

describe('failing submitFeedback', () => {
  it('refuses a second rating within 5 seconds, either side, and the 61st in an hour', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    await submit(kiosk, { recordedAt: ago(3600) });
    const soon = await submit(kiosk, { recordedAt: ago(3598) });
    expect(codes(soon)).toEqual(['RATE_LIMITED']);
    expect(soon.errors![0]!.extensions).toMatchObject({ retryAfterSeconds: 3 });
    expect(problemsOf(soon)).toEqual({ recordedAt: 'TOO_SOON' });
    expect(codes(await submit(kiosk, { recordedAt: ago(3602) }))).toEqual(['RATE_LIMITED']);
    expect((await submit(kiosk, { recordedAt: ago(3595) })).errors).toBeUndefined();

    // Fill the hour ending now up to 60 (two are in it already, at −3600 s and −3595 s: 58 more).
    await t.dataSource.query(
      `INSERT INTO feedback (company_id, customer_unit_id, device_id, idempotency_key, rating, recorded_at)
       SELECT company_id, customer_unit_id, id, gen_random_uuid(), 5, now() - make_interval(secs => 3590 - i * 60)
         FROM kiosk_device, generate_series(0, 57) i WHERE id = $1`,
      [deviceId],
    );
    const capped = await submit(kiosk, { recordedAt: ago(2) });
    expect(codes(capped)).toEqual(['RATE_LIMITED']);
    expect(problemsOf(capped)).toEqual({ recordedAt: 'HOURLY_CAP' });
    expect(await rowsOf(deviceId)).toHaveLength(60);
  });

  it('turns away a hammering hand: one rating per 5 seconds however fast the taps', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const start = Date.now() - 60_000;
    const results = [];
    for (let ms = 0; ms < 20_000; ms += 500)
      results.push(await submit(kiosk, { recordedAt: new Date(start + ms).toISOString() }));
    expect(results.filter((r) => !r.errors)).toHaveLength(4);
    expect(await rowsOf(deviceId)).toHaveLength(4);
    // A refused rating is inserted and judged in one statement, then rolled back: nothing of
    // the 36 refused is left in the dashboard's daily counts either.
    const [{ raw, rolled }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM feedback WHERE customer_unit_id = $1) AS raw,
              (SELECT sum(r1 + r2 + r3 + r4 + r5)::int FROM feedback_daily WHERE customer_unit_id = $1) AS rolled`,
      [units[MALL]],
    );
    expect(rolled).toBe(raw);
  });

  it.each([
    ['a rating of 0', { rating: 0 }, 'rating'],
    ['a rating of 6', { rating: 6 }, 'rating'],
    ['201 characters', { comment: '好'.repeat(201) }, 'comment'],
  ])('refuses %s with BAD_USER_INPUT on the field, storing nothing', async (_why, input, field) => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const r = await submit(kiosk, input);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(problemsOf(r))).toEqual([field]);
    expect(await rowsOf(deviceId)).toHaveLength(0);
  });

  it('refuses a key that is not a UUID and an unknown tag', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const badKey = await submit(kiosk, { idempotencyKey: 'abc' });
    expect(codes(badKey)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(badKey)).toEqual({ idempotencyKey: 'NOT_UUID' });
    expect(problemsOf(await submit(kiosk, { tags: ['PIZZA'] }))).toEqual({
      'tags.0': 'NOT_ALLOWED',
    });
    // A value GraphQL refuses itself is named by its field, never quoted back.
    const injected = await submit(kiosk, {
      recordedAt: "' UNION SELECT password_hash FROM app_user --",
    });
    expect(problemsOf(injected)).toEqual({ recordedAt: 'INVALID' });
    expect(JSON.stringify(injected.errors)).not.toContain('SELECT');
    expect(await rowsOf(deviceId)).toHaveLength(0);
  });

  it('is for kiosks only', async () => {
    for (const who of ['cq.admin', 'cq.supervisor', 'cq.guard1']) {
      expect(codes(await submit(await t.login(who)))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await submit(t.client()))).toEqual(['UNAUTHENTICATED']);
  });

  it('stops a revoked kiosk and stores nothing', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    await admin.request(`mutation($id: ID!) { revokeKiosk(id: $id) { id } }`, { id: deviceId });
    expect(codes(await submit(kiosk))).toEqual(['UNAUTHENTICATED']);
    expect(await rowsOf(deviceId)).toHaveLength(0);
  });
});

describe('what a kiosk token can read and do', () => {
  it("reads its own unit's name and settings, nothing more", async () => {
    const { kiosk } = await pairedKiosk(t, admin, units[MALL]!, { name: '商城大堂' });
    const r = await kiosk.request(KIOSK);
    expect(r.data!.kiosk).toEqual({
      deviceName: '商城大堂',
      customerUnitName: MALL,
      postName: null,
      settings: {
        minIntervalSeconds: 5,
        maxPerHour: 60,
        commentMax: 200,
        tags: [
          'COURTESY',
          'RESPONSIVENESS',
          'APPEARANCE',
          'PATROL',
          'SAFETY',
          'IMPOLITE',
          'SLOW_RESPONSE',
          'UNTIDY',
          'PATROL_LAX',
          'UNSAFE',
        ],
      },
    });
    // The session type itself has nothing else to ask for (no ids, addresses, contacts).
    const fields = await kiosk.request(`{ __type(name: "KioskSession") { fields { name } } }`);
    expect(fields.data!.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      'customerUnitName',
      'deviceName',
      'postName',
      'settings',
    ]);
  });

  it.each([
    ['satisfaction', `{ satisfaction { overall { count } } }`],
    ['feedbackComments', `{ feedbackComments { nodes { id comment } } }`],
    ['feedbackAlerts', `{ feedbackAlerts { nodes { id } } }`],
    ['feedbackSettings', `{ feedbackSettings { lowShare } }`],
    ['feedbackUnitOptions', `{ feedbackUnitOptions { id name } }`],
    ['customerUnits', `{ customerUnits { nodes { id name contactPhone } } }`],
    ['kioskDevices', `{ kioskDevices { nodes { id name } } }`],
    ['auditEntries', `{ auditEntries { nodes { id } } }`],
    ['me', `{ me { id } }`],
    ['users', `{ users { nodes { id } } }`],
    ['companies', `{ companies { id name } }`],
  ])('gets FORBIDDEN for %s', async (_name, query) => {
    const { kiosk } = await pairedKiosk(t, admin, units[MALL]!);
    expect(codes(await kiosk.request(query))).toEqual(['FORBIDDEN']);
  });

  it('cannot rate another unit: the unit is the device’s, and the input has no place to name one', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const r = await kiosk.request(
      `mutation { submitFeedback(input: { idempotencyKey: "${randomUUID()}", rating: 1, recordedAt: "${ago(1)}", customerUnitId: "${units['重庆市渝中区人民医院']}" }) { id } }`,
    );
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const stored = await submit(kiosk, { rating: 1, recordedAt: ago(1) });
    expect(stored.errors).toBeUndefined();
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM feedback WHERE device_id = $1 AND customer_unit_id <> $2`,
      [deviceId, units[MALL]],
    );
    expect(n).toBe(0);
  });
});

const KIOSK = /* GraphQL */ `
  query {
    kiosk {
      deviceName
      customerUnitName
      postName
      settings {
        minIntervalSeconds
        maxPerHour
        commentMax
        tags
      }
    }
  }
`;
