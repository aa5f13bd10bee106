import {
  addDays,
  FEEDBACK_TAGS,
  toCalendarDate,
  weekStartOf,
  type FeedbackTag,
} from '@cqss/domain';

/** The dashboard's periods: whole Beijing weeks ending with the current one, or everything. */
export const PERIODS = [4, 12, 26, 52, 0] as const;
export type PeriodWeeks = (typeof PERIODS)[number];

/** The days a period covers: from the Monday `weeks` weeks back to today (Beijing time). */
export function periodDays(
  weeks: PeriodWeeks,
  now = new Date(),
): { from: string | null; to: string | null } {
  if (weeks === 0) return { from: null, to: null };
  const today = toCalendarDate(now);
  return { from: addDays(weekStartOf(today), -7 * (weeks - 1)), to: today };
}

/** 0.625 → "62.5%"; null → "—". */
export function percent(share: number | null | undefined): string {
  return share == null ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** 3.625 → "3.63"; null → "—". */
export function mean(value: number | null | undefined): string {
  return value == null ? '—' : value.toFixed(2);
}

/** A tag's label in the console's language (the domain's catalogue holds both). */
export function tagLabel(tag: FeedbackTag | string, locale: string): string {
  const found = FEEDBACK_TAGS.find((x) => x.tag === tag);
  return found ? (locale === 'en' ? found.en : found.zh) : tag;
}

/** Where an alert was raised: the unit, and its post when the kiosk stands at one. */
export function alertPlace(alert: {
  customerUnit: { name: string };
  post?: { name: string } | null;
}): string {
  return alert.post ? `${alert.customerUnit.name} · ${alert.post.name}` : alert.customerUnit.name;
}

/** ★★★☆☆ for a rating. */
export function stars(rating: number): string {
  return '★'.repeat(rating) + '☆'.repeat(5 - rating);
}
