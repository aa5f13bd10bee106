import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_SETTINGS, alertsFor, assertAlertSettings, type RatedAt } from './alerts';

const T = Date.parse('2025-06-10T10:00:00Z');
const r = (minutesAgo: number, rating: number, id?: string): RatedAt => ({
  id,
  rating,
  at: new Date(T - minutesAgo * 60_000),
});
const kinds = (newRating: RatedAt, recent: RatedAt[], settings = DEFAULT_ALERT_SETTINGS) =>
  alertsFor(newRating, recent, settings).map((a) => a.kind);

describe('alertsFor', () => {
  it.each<[string, RatedAt, RatedAt[], string[]]>([
    ['a 5-star rating', r(0, 5), [], []],
    ['a 1-star rating alone', r(0, 1), [], ['ONE_STAR']],
    ['a 2-star rating alone', r(0, 2), [], []],
    ['the 4th rating making half low', r(0, 2), [r(1, 1), r(2, 5), r(3, 4)], ['LOW_SHARE']],
    [
      'the 4th rating, a 1, making half low',
      r(0, 1),
      [r(1, 2), r(2, 5), r(3, 4)],
      ['ONE_STAR', 'LOW_SHARE'],
    ],
    ['only 3 ratings in the window', r(0, 1), [r(1, 1), r(2, 1)], ['ONE_STAR']],
    ['under half low', r(0, 2), [r(1, 5), r(2, 5), r(3, 4), r(4, 2)], []],
    [
      'the window already qualified: no second alert',
      r(0, 2),
      [r(1, 1), r(2, 2), r(3, 5), r(4, 4)],
      [],
    ],
    ['old low ratings outside 15 minutes', r(0, 2), [r(16, 1), r(17, 1), r(18, 1)], []],
    [
      'a rating exactly 15 minutes ago counts',
      r(0, 2),
      [r(15, 1), r(5, 4), r(6, 5)],
      ['LOW_SHARE'],
    ],
    [
      'a high rating that brings the count to 4',
      r(0, 5),
      [r(1, 1), r(2, 1), r(3, 2)],
      ['LOW_SHARE'],
    ],
    ['ratings after the new one are ignored', r(0, 2), [r(-1, 1), r(-2, 1), r(1, 5)], []],
  ])('%s', (_why, newRating, recent, expected) =>
    expect(kinds(newRating, recent)).toEqual(expected),
  );

  it('ignores the new rating when the recent list already holds it', () => {
    const n = r(0, 2, 'new');
    expect(kinds(n, [n, r(1, 1, 'a'), r(2, 5, 'b'), r(3, 4, 'c')])).toEqual(['LOW_SHARE']);
    expect(kinds(n, [{ ...n }, r(1, 1, 'a'), r(2, 5, 'b'), r(3, 4, 'c')])).toEqual(['LOW_SHARE']);
  });

  it('describes the window of a LOW_SHARE alert', () =>
    expect(alertsFor(r(0, 2), [r(1, 1), r(2, 5), r(3, 4)])).toEqual([
      {
        kind: 'LOW_SHARE',
        rating: 2,
        count: 4,
        lowCount: 2,
        windowStart: '2025-06-10T09:45:00.000Z',
        windowEnd: '2025-06-10T10:00:00.000Z',
      },
    ]));

  it('follows the settings', () => {
    const quiet = { ...DEFAULT_ALERT_SETTINGS, oneStarAlert: false };
    expect(kinds(r(0, 1), [], quiet)).toEqual([]);
    const wide = { oneStarAlert: true, windowMinutes: 60, minRatings: 10, lowShare: 0.3 };
    const nine = [...Array.from({ length: 7 }, (_, i) => r(i + 1, 5)), r(30, 2), r(40, 1)];
    expect(kinds(r(0, 2), nine, wide)).toEqual(['LOW_SHARE']); // 3 of 10 is 0.3, in floating point too
  });
});

describe('assertAlertSettings', () => {
  it('accepts the defaults', () =>
    expect(() => assertAlertSettings(DEFAULT_ALERT_SETTINGS)).not.toThrow());
  it.each([
    ['windowMinutes', { windowMinutes: 0 }],
    ['windowMinutes', { windowMinutes: 2.5 }],
    ['minRatings', { minRatings: 0 }],
    ['lowShare', { lowShare: 0 }],
    ['lowShare', { lowShare: 1.5 }],
    ['lowShare', { lowShare: Number.NaN }],
  ])('refuses a bad %s', (field, patch) =>
    expect(() => assertAlertSettings({ ...DEFAULT_ALERT_SETTINGS, ...patch })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field })],
      }),
    ),
  );
});
