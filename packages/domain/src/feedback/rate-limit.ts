import { DomainError, DomainErrorCode } from '../common/domain-error';
import { fieldProblem } from '../common/field-problem';
import { toInstant } from '../calendar/calendar-date';

/**
 * The device rate limit. Ratings are judged by the moment the tap was recorded on the device,
 * so a queue sent at once after an outage is not a burst. Against the device's accepted
 * ratings: one within 5 seconds of another is noise (lobby terminals use a response interval of
 * about 5 s, and the kiosk's thank-you screen lasts that long) — TOO_SOON; and at most 60 in any
 * sliding hour — HOURLY_CAP. Check the idempotency key first: a retry of a stored rating returns
 * the stored one and is not judged again. RATE_LIMITED is final: the kiosk drops that rating
 * instead of retrying it, and can run the same check before queueing.
 */
export const FEEDBACK_RATE_LIMIT = { minIntervalSeconds: 5, maxPerHour: 60 } as const;

export type RateVerdict =
  { ok: true } | { ok: false; reason: 'TOO_SOON' | 'HOURLY_CAP'; retryAfterSeconds: number };

/** Whether a device may record a rating at `recordedAt`, given the times of its accepted ratings. */
export function checkDeviceRate(
  recordedAt: string | Date,
  previous: readonly (string | Date)[],
  rule: { minIntervalSeconds: number; maxPerHour: number } = FEEDBACK_RATE_LIMIT,
): RateVerdict {
  const t = toInstant(recordedAt, 'recordedAt').getTime();
  const times = previous.map((p) => toInstant(p).getTime());
  const interval = rule.minIntervalSeconds * 1000;
  // Either side: ratings may arrive out of order.
  const near = times.filter((p) => Math.abs(t - p) < interval);
  if (near.length) {
    const latest = Math.max(...near);
    return {
      ok: false,
      reason: 'TOO_SOON',
      retryAfterSeconds: Math.max(1, Math.ceil((latest + interval - t) / 1000)),
    };
  }
  const hour = 3_600_000;
  const inHour = times.filter((p) => p <= t && t - p < hour).sort((a, b) => a - b);
  if (inHour.length >= rule.maxPerHour) {
    const freesAt = inHour[inHour.length - rule.maxPerHour]! + hour;
    return {
      ok: false,
      reason: 'HOURLY_CAP',
      retryAfterSeconds: Math.max(1, Math.ceil((freesAt - t) / 1000)),
    };
  }
  return { ok: true };
}

/**
 * Refuses a rating the device rate limit treats as noise: RATE_LIMITED with `retryAfterSeconds`,
 * and the rule broken (TOO_SOON or HOURLY_CAP) as a problem on `recordedAt`.
 */
export function assertDeviceRate(
  recordedAt: string | Date,
  previous: readonly (string | Date)[],
  rule: { minIntervalSeconds: number; maxPerHour: number } = FEEDBACK_RATE_LIMIT,
): void {
  const verdict = checkDeviceRate(recordedAt, previous, rule);
  if (!verdict.ok) {
    const problem = fieldProblem('recordedAt', verdict.reason, {
      minIntervalSeconds: rule.minIntervalSeconds,
      maxPerHour: rule.maxPerHour,
    });
    throw new DomainError(
      DomainErrorCode.RATE_LIMITED,
      problem.message,
      { retryAfterSeconds: verdict.retryAfterSeconds },
      [problem],
    );
  }
}

/**
 * The moment to store for a rating: the device's recorded time, but never later than the
 * server's now (a fast tablet clock) nor earlier than `notBefore` (e.g. the pairing time, for a
 * clock reset to 1970) — the rating is kept either way, never refused for a bad clock.
 */
export function clampRecordedAt(
  recordedAt: string | Date,
  bounds: { now: string | Date; notBefore?: string | Date | null },
): Date {
  const t = toInstant(recordedAt, 'recordedAt').getTime();
  const now = toInstant(bounds.now, 'now').getTime();
  const floor = bounds.notBefore ? toInstant(bounds.notBefore, 'notBefore').getTime() : -Infinity;
  return new Date(Math.max(Math.min(t, now), Math.min(floor, now)));
}
