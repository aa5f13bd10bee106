import { formatTime, TIME_ZONE } from '@cqss/ui';

type Translate = (key: string, params?: Record<string, unknown>) => string;

const dayKey = (value: string | Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(value));

/** `08:00–20:00` on one day, `06/10 20:00 – 06/11 08:00` across midnight (Beijing time). */
export function formatShift(
  startsAt: string,
  endsAt: string,
  locale: string,
  withDate = true,
): string {
  const sameDay = dayKey(startsAt) === dayKey(endsAt);
  const date = (v: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      month: '2-digit',
      day: '2-digit',
    }).format(new Date(v));
  const from = `${withDate ? `${date(startsAt)} ` : ''}${formatTime(startsAt, locale)}`;
  if (sameDay) return `${from}–${formatTime(endsAt, locale)}`;
  return `${from} – ${date(endsAt)} ${formatTime(endsAt, locale)}`;
}

/** How long an escalation has waited: `12 分钟`, `1 小时 5 分钟`, `2 天 3 小时`. */
export function formatAge(
  age: { totalMinutes: number; days: number; hours: number; minutes: number },
  t: Translate,
): string {
  if (age.days > 0) return t('ops.age.days', { d: age.days, h: age.hours });
  if (age.hours > 0) return t('ops.age.hours', { h: age.hours, m: age.minutes });
  return t('ops.age.minutes', { m: age.minutes });
}

/** The calendar date (YYYY-MM-DD) of a moment in Beijing time. */
export const beijingDate = dayKey;
