import { describe, expect, it } from 'vitest';
import { assertDeviceRate, checkDeviceRate, clampRecordedAt } from './rate-limit';

const T = Date.parse('2025-06-10T10:00:00Z');
const at = (seconds: number) => new Date(T + seconds * 1000);

describe('checkDeviceRate', () => {
  it.each([
    ['the first rating', 0, [], { ok: true }],
    ['5 s after the last', 5, [0], { ok: true }],
    ['4.9 s after the last', 4.9, [0], { ok: false, reason: 'TOO_SOON', retryAfterSeconds: 1 }],
    ['1 s after the last', 1, [0], { ok: false, reason: 'TOO_SOON', retryAfterSeconds: 4 }],
    ['at the same moment', 0, [0], { ok: false, reason: 'TOO_SOON', retryAfterSeconds: 5 }],
    [
      '2 s before one that arrived earlier',
      0,
      [2],
      { ok: false, reason: 'TOO_SOON', retryAfterSeconds: 7 },
    ],
    ['a minute later', 60, [0, 10, 20], { ok: true }],
  ] as const)('%s', (_why, t, previous, expected) =>
    expect(checkDeviceRate(at(t), previous.map(at))).toEqual(expected),
  );

  it('allows 60 in an hour and refuses the 61st until the oldest is an hour old', () => {
    const sixty = Array.from({ length: 60 }, (_, i) => at(i * 10)); // one every 10 s from 0 to 590 s
    expect(checkDeviceRate(at(600), sixty.slice(0, 59))).toEqual({ ok: true });
    expect(checkDeviceRate(at(600), sixty)).toEqual({
      ok: false,
      reason: 'HOURLY_CAP',
      retryAfterSeconds: 3000, // the rating at 0 s leaves the window at 3600 s
    });
    expect(checkDeviceRate(at(3600), sixty)).toEqual({ ok: true });
  });

  it('judges by recorded time: a queue flushed at once passes', () => {
    const queued = [0, 30, 65].map(at);
    const accepted: Date[] = [];
    for (const t of queued) {
      expect(checkDeviceRate(t, accepted).ok).toBe(true);
      accepted.push(t);
    }
  });

  it('a person hammering the button gets one rating per 5 seconds', () => {
    const accepted: Date[] = [];
    for (let ms = 0; ms < 60_000; ms += 300) {
      const t = new Date(T + ms);
      if (checkDeviceRate(t, accepted).ok) accepted.push(t);
    }
    expect(accepted).toHaveLength(12);
  });

  it('takes other rules', () =>
    expect(checkDeviceRate(at(3), [at(0)], { minIntervalSeconds: 2, maxPerHour: 1 })).toEqual({
      ok: false,
      reason: 'HOURLY_CAP',
      retryAfterSeconds: 3597,
    }));
});

describe('assertDeviceRate', () => {
  it('throws RATE_LIMITED with the wait, and the rule broken as a problem', () =>
    expect(() => assertDeviceRate(at(1), [at(0)])).toThrow(
      expect.objectContaining({
        code: 'RATE_LIMITED',
        message: 'One rating per device every 5 seconds',
        params: { retryAfterSeconds: 4 },
        problems: [expect.objectContaining({ field: 'recordedAt', code: 'TOO_SOON' })],
      }),
    ));
  it('passes a rating in time', () =>
    expect(() => assertDeviceRate(at(10), [at(0)])).not.toThrow());
});

describe('clampRecordedAt', () => {
  const now = at(0);
  it.each([
    ['a normal time', at(-30), null, at(-30)],
    ['a fast tablet clock', at(600), null, now],
    ['a clock reset to 1970', new Date(0), at(-86_400), at(-86_400)],
    ['an old queued rating after pairing', at(-3_600), at(-86_400), at(-3_600)],
  ] as const)('%s', (_why, recordedAt, notBefore, expected) =>
    expect(clampRecordedAt(recordedAt, { now, notBefore })).toEqual(expected),
  );
});
