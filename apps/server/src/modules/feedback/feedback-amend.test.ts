import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePost, pairedKiosk, submit, unitIds } from '../../../test/kiosk-fixtures';
import { problemsOf } from '../../../test/problems';
import { codes, startTestServer, type GqlClient, type TestServer } from '../../../test/test-server';

// The rating goes out at the tap; tags and a comment follow with the same key and amend it.

let t: TestServer;
let admin: GqlClient;
let units: Record<string, string>;
const MALL = '成都天府国际商城';
const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();
const rowsOf = (deviceId: string) =>
  t.dataSource.query(
    `SELECT rating, tags::text[] AS tags, comment FROM feedback WHERE device_id = $1 ORDER BY recorded_at`,
    [deviceId],
  );

beforeAll(async () => {
  t = await startTestServer({ FEEDBACK_AMEND_WINDOW_SECONDS: '300' });
  admin = await t.login('cq.admin');
  units = await unitIds(admin);
});
afterAll(() => t.close());

describe('amending a rating with tags and a comment', () => {
  it('the tap is stored and alerts at once; the details amend the same row; a retry changes nothing', async () => {
    const postId = await makePost(t, units[MALL]!, '商城南门岗', 'cq.supervisor');
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!, { postId });
    const tap = { idempotencyKey: randomUUID(), rating: 1, recordedAt: ago(20) };
    const first = await submit(kiosk, tap);
    expect(first.errors).toBeUndefined();
    // The one-star alert exists before any details were given.
    const alerts = await t.dataSource.query(
      `SELECT kind FROM feedback_alert WHERE feedback_id = $1`,
      [first.data!.submitFeedback.id],
    );
    expect(alerts.length).toBeGreaterThan(0);

    const details = {
      ...tap,
      tags: ['IMPOLITE', 'SLOW_RESPONSE'],
      comment: '门口保安态度很差',
      amendedAt: ago(5),
    };
    const amended = await submit(kiosk, details);
    expect(amended.data!.submitFeedback).toMatchObject({
      id: first.data!.submitFeedback.id,
      rating: 1,
      tags: ['IMPOLITE', 'SLOW_RESPONSE'],
      comment: '门口保安态度很差',
    });
    expect(await submit(kiosk, details)).toEqual(amended);
    expect(await rowsOf(deviceId)).toEqual([
      { rating: 1, tags: ['IMPOLITE', 'SLOW_RESPONSE'], comment: '门口保安态度很差' },
    ]);
    // No second alert for the amendment.
    const after = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM feedback_alert WHERE feedback_id = $1`,
      [first.data!.submitFeedback.id],
    );
    expect(after[0].n).toBe(alerts.length);
  });

  it('an amendment queued offline is judged by when the customer gave it, not when it arrives', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const tap = { idempotencyKey: randomUUID(), rating: 5, recordedAt: ago(3600) };
    await submit(kiosk, tap);
    const late = await submit(kiosk, { ...tap, tags: ['COURTESY'], amendedAt: ago(3590) });
    expect(late.errors).toBeUndefined();
    expect(await rowsOf(deviceId)).toEqual([{ rating: 5, tags: ['COURTESY'], comment: null }]);
  });

  it('is refused after the window (AMEND_WINDOW_CLOSED), and the rating stays as it was', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const tap = { idempotencyKey: randomUUID(), rating: 4, recordedAt: ago(600) };
    await submit(kiosk, tap);
    const late = await submit(kiosk, { ...tap, comment: '补充一句', amendedAt: ago(10) });
    expect(codes(late)).toEqual(['AMEND_WINDOW_CLOSED']);
    expect(late.errors![0]!.extensions).toMatchObject({ windowSeconds: 300 });
    // Without a time of its own, an amendment is judged by the server's clock.
    expect(codes(await submit(kiosk, { ...tap, comment: '补充一句' }))).toEqual([
      'AMEND_WINDOW_CLOSED',
    ]);
    expect(await rowsOf(deviceId)).toEqual([{ rating: 4, tags: [], comment: null }]);
  });

  it('is refused from another kiosk (FEEDBACK_OTHER_DEVICE), even of the same unit', async () => {
    const a = await pairedKiosk(t, admin, units[MALL]!);
    const b = await pairedKiosk(t, admin, units[MALL]!);
    const tap = { idempotencyKey: randomUUID(), rating: 2, recordedAt: ago(10) };
    await submit(a.kiosk, tap);
    const other = await submit(b.kiosk, { ...tap, tags: ['UNTIDY'], amendedAt: ago(5) });
    expect(codes(other)).toEqual(['FEEDBACK_OTHER_DEVICE']);
    expect(codes(await submit(b.kiosk, tap))).toEqual(['FEEDBACK_OTHER_DEVICE']);
    expect(await rowsOf(a.deviceId)).toEqual([{ rating: 2, tags: [], comment: null }]);
    expect(await rowsOf(b.deviceId)).toEqual([]);
  });
});

describe('tags fit the rating', () => {
  it.each([
    [5, ['IMPOLITE'], { 'tags.0': 'TAG_NOT_FOR_RATING' }],
    [4, ['COURTESY', 'UNSAFE'], { 'tags.1': 'TAG_NOT_FOR_RATING' }],
    [3, ['PATROL'], { 'tags.0': 'TAG_NOT_FOR_RATING' }],
    [1, ['COURTESY', 'SAFETY'], { 'tags.0': 'TAG_NOT_FOR_RATING', 'tags.1': 'TAG_NOT_FOR_RATING' }],
  ])('a %s-star rating with %j is refused; nothing is stored', async (rating, tags, problems) => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const r = await submit(kiosk, { rating, tags, recordedAt: ago(1) });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual(problems);
    expect(await rowsOf(deviceId)).toEqual([]);
  });

  it('an amendment with tags of the other kind is refused, the rating kept', async () => {
    const { kiosk, deviceId } = await pairedKiosk(t, admin, units[MALL]!);
    const tap = { idempotencyKey: randomUUID(), rating: 5, recordedAt: ago(10) };
    await submit(kiosk, tap);
    const r = await submit(kiosk, { ...tap, tags: ['PATROL_LAX'], amendedAt: ago(2) });
    expect(problemsOf(r)).toEqual({ 'tags.0': 'TAG_NOT_FOR_RATING' });
    expect(await rowsOf(deviceId)).toEqual([{ rating: 5, tags: [], comment: null }]);
  });
});
