import { FEEDBACK_RATING, assertRating } from './feedback-input';
import { toInstant, weekStartOf } from '../calendar/calendar-date';

/** The satisfaction numbers of a set of ratings. */
export interface SatisfactionSummary {
  count: number;
  sum: number;
  /** Ratings of 4 or 5. */
  satisfied: number;
  /** Ratings of 1 or 2. */
  low: number;
  /** Average rating; null when there are none. */
  mean: number | null;
  /** The satisfaction index: the share of ratings of 4–5, from 0 to 1; null when there are none. */
  satisfiedShare: number | null;
  /** How many ratings of 1, 2, 3, 4, 5. */
  distribution: [number, number, number, number, number];
}

/**
 * The reference for the SQL aggregation, unrounded: count(*), sum(rating),
 * count(*) FILTER (WHERE rating >= 4), count(*) FILTER (WHERE rating <= 2), avg(rating),
 * and satisfied / count. Compare the integers exactly and the ratios to 1e-9.
 */
export function satisfactionSummary(
  ratings: readonly (number | { rating: number })[],
): SatisfactionSummary {
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const r of ratings) {
    const rating = typeof r === 'number' ? r : r.rating;
    assertRating(rating);
    distribution[rating - 1]! += 1;
    sum += rating;
  }
  const count = ratings.length;
  const satisfied = distribution
    .slice(FEEDBACK_RATING.satisfiedFrom - 1)
    .reduce((a, b) => a + b, 0);
  return {
    count,
    sum,
    satisfied,
    low: distribution[0] + distribution[1],
    mean: count ? sum / count : null,
    satisfiedShare: count ? satisfied / count : null,
    distribution,
  };
}

/** The summary of each ISO week (Monday, China Standard Time) that has ratings, oldest first. */
export function satisfactionByWeek(
  ratings: readonly { rating: number; at: string | Date }[],
): { weekStart: string; summary: SatisfactionSummary }[] {
  const weeks = new Map<string, number[]>();
  for (const r of ratings) {
    const week = weekStartOf(toInstant(r.at, 'at'));
    weeks.set(week, [...(weeks.get(week) ?? []), r.rating]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStart, rs]) => ({ weekStart, summary: satisfactionSummary(rs) }));
}
