import { toCalendarDate, toInstant } from '@cqss/domain';
import { formatTime, TIME_ZONE } from '@cqss/ui/format';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** `08:00–20:00` on one day, `06/10 20:00 – 06/11 08:00` across midnight (Beijing time). */
export function formatShift(
  startsAt: string,
  endsAt: string,
  locale: string,
  withDate = true,
): string {
  const sameDay = shiftDay(startsAt) === shiftDay(endsAt);
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

/** The calendar date (YYYY-MM-DD) a moment falls on, by the domain's calendar (China Standard Time). */
export const shiftDay = (at: string | Date) => toCalendarDate(toInstant(at));
