import { fieldError } from '../common/domain-error';
import { FeedbackAlertKind } from '../common/enums';
import { toInstant } from '../calendar/calendar-date';

/** Ratings of 1 or 2 are low. */
export const LOW_RATING_MAX = 2;

/** When low ratings alert the post's supervisor; both thresholds are settings. */
export interface AlertSettings {
  /** Alert on every 1-star rating. */
  oneStarAlert: boolean;
  /** The window, ending at the new rating, in which a unit's ratings are looked at together. */
  windowMinutes: number;
  /** The fewest ratings in the window for the share to count. */
  minRatings: number;
  /** Alert when at least this share of the window's ratings are low (1–2). */
  lowShare: number;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  oneStarAlert: true,
  windowMinutes: 15,
  minRatings: 4,
  lowShare: 0.5,
};

/** Refuses settings that make no sense (BAD_USER_INPUT on the field). */
export function assertAlertSettings(s: AlertSettings): void {
  if (!Number.isInteger(s.windowMinutes) || s.windowMinutes < 1 || s.windowMinutes > 1440)
    throw fieldError(
      'windowMinutes',
      'OUT_OF_RANGE',
      { min: 1, max: 1440 },
      'The window is 1 to 1440 whole minutes',
    );
  if (!Number.isInteger(s.minRatings) || s.minRatings < 1 || s.minRatings > 1000)
    throw fieldError(
      'minRatings',
      'OUT_OF_RANGE',
      { min: 1, max: 1000 },
      'At least 1 rating, at most 1000',
    );
  if (!(s.lowShare > 0 && s.lowShare <= 1))
    throw fieldError('lowShare', 'INVALID', {}, 'The share is above 0 and at most 1');
}

/** A rating as the alert rule sees it. */
export interface RatedAt {
  id?: string;
  rating: number;
  at: string | Date;
}

/** An alert for a post's supervisor; the window fields are set for LOW_SHARE only. */
export interface FeedbackAlert {
  kind: FeedbackAlertKind;
  rating: number;
  count: number | null;
  lowCount: number | null;
  windowStart: string | null;
  windowEnd: string | null;
}

/**
 * The alerts a new rating raises: ONE_STAR for a 1-star rating (if enabled), and LOW_SHARE when,
 * in the window [at − windowMinutes, at] at the unit, there are at least minRatings ratings and
 * at least lowShare of them are 1–2. LOW_SHARE is edge-triggered: raised only when this rating
 * tips the window over (without it the window would not qualify), so a run of bad ratings raises
 * one alert, not one per rating. `recentRatingsAtUnit` may include the new rating (same id).
 */
export function alertsFor(
  newRating: RatedAt,
  recentRatingsAtUnit: readonly RatedAt[],
  settings: AlertSettings = DEFAULT_ALERT_SETTINGS,
): FeedbackAlert[] {
  const alerts: FeedbackAlert[] = [];
  if (settings.oneStarAlert && newRating.rating === 1) {
    alerts.push({
      kind: FeedbackAlertKind.ONE_STAR,
      rating: 1,
      count: null,
      lowCount: null,
      windowStart: null,
      windowEnd: null,
    });
  }
  const end = toInstant(newRating.at, 'at').getTime();
  const start = end - settings.windowMinutes * 60_000;
  const others = recentRatingsAtUnit.filter((r) => {
    if (r === newRating || (newRating.id !== undefined && r.id === newRating.id)) return false;
    const t = toInstant(r.at).getTime();
    return t >= start && t <= end;
  });
  const qualifies = (rs: readonly RatedAt[]) => {
    const lowCount = rs.filter((r) => r.rating <= LOW_RATING_MAX).length;
    // Compare shares with a hair of tolerance: 3 of 10 is 0.3 even in floating point.
    const ok = rs.length >= settings.minRatings && lowCount / rs.length >= settings.lowShare - 1e-9;
    return { lowCount, ok };
  };
  const now = qualifies([...others, newRating]);
  if (now.ok && !qualifies(others).ok) {
    alerts.push({
      kind: FeedbackAlertKind.LOW_SHARE,
      rating: newRating.rating,
      count: others.length + 1,
      lowCount: now.lowCount,
      windowStart: new Date(start).toISOString(),
      windowEnd: new Date(end).toISOString(),
    });
  }
  return alerts;
}
