import { fieldError, type DomainError } from '../common/domain-error';

/** China Standard Time is UTC+8 all year (no daylight saving): a moment's calendar date is taken there. */
export const CHINA_UTC_OFFSET_MINUTES = 480;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function badDate(value: unknown, field: string): DomainError {
  return fieldError(
    field,
    'DATE_INVALID',
    { value: String(value) },
    `Not a valid date: ${String(value)}`,
  );
}

/** Days since 1970-01-01 of a checked 'YYYY-MM-DD'. */
function dayNumber(date: string, field: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw badDate(date, field);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    throw badDate(date, field);
  return ms / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a value is a calendar date written 'YYYY-MM-DD' that exists (not 2026-02-30 nor 2026-13-45). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    dayNumber(value, 'date');
    return true;
  } catch {
    return false;
  }
}

/** A calendar date 'YYYY-MM-DD' from a date string, or from a moment taken in China Standard Time. */
export function toCalendarDate(value: string | Date, field = 'date'): string {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw badDate(value, field);
    return new Date(ms + CHINA_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
  }
  return fromDayNumber(dayNumber(value, field));
}

/** Today in China Standard Time, the calendar every date of the platform is counted in. */
export function todayInChina(now: Date = new Date()): string {
  return toCalendarDate(now);
}

/** A moment from a Date or an ISO 8601 timestamp string; refuses anything unparseable. */
export function toInstant(value: string | Date, field = 'at'): Date {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw badDate(value, field);
  return d;
}

/** The calendar date `days` days after (or, negative, before) a date. */
export function addDays(date: string | Date, days: number): string {
  return fromDayNumber(dayNumber(toCalendarDate(date), 'date') + days);
}

/**
 * The calendar date `years` years after a date, as the Civil Code counts periods (民法典 第二百零三条):
 * the same day of the same month, or that month's last day when it has no such day (02-29 → 02-28).
 */
export function addYears(date: string | Date, years: number): string {
  const [y, m, d] = toCalendarDate(date).split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(y + years, m - 1, Math.min(d, lastDay)) / DAY_MS);
}

/** Whole days from one calendar date to another: positive when `to` is later. */
export function daysBetween(from: string | Date, to: string | Date): number {
  return dayNumber(toCalendarDate(to), 'to') - dayNumber(toCalendarDate(from), 'from');
}

/** The Monday (ISO week start) of the week a date or moment falls in, in China Standard Time. */
export function weekStartOf(value: string | Date): string {
  const day = dayNumber(toCalendarDate(value), 'date');
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return fromDayNumber(day - weekday);
}
