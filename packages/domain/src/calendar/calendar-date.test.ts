import { describe, expect, it } from 'vitest';
import {
  todayInChina,
  isCalendarDate,
  addDays,
  addYears,
  daysBetween,
  toCalendarDate,
  toInstant,
  weekStartOf,
} from './calendar-date';
import { DomainError } from '../common/domain-error';

describe('toCalendarDate', () => {
  it.each([
    ['2025-06-10', '2025-06-10'],
    [new Date('2025-06-10T15:59:59Z'), '2025-06-10'], // 23:59:59 in Beijing
    [new Date('2025-06-10T16:00:00Z'), '2025-06-11'], // midnight in Beijing
    [new Date('2025-06-09T16:30:00Z'), '2025-06-10'],
  ])('%s → %s', (value, expected) => expect(toCalendarDate(value)).toBe(expected));

  it.each(['2025-02-29', '2025-13-01', '2025-6-1', '10/06/2025', '', 'soon'])(
    'refuses %j',
    (value) => expect(() => toCalendarDate(value)).toThrow(DomainError),
  );
  it('refuses an invalid Date', () =>
    expect(() => toCalendarDate(new Date('nope'))).toThrow(DomainError));
  it('names the field in the error', () =>
    expect(() => toCalendarDate('x', 'startsOn')).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field: 'startsOn', code: 'DATE_INVALID' })],
      }),
    ));
});

describe('isCalendarDate', () => {
  it.each(['2026-12-03', '2024-02-29', '2000-01-01'])('takes %s', (d) =>
    expect(isCalendarDate(d)).toBe(true),
  );
  it.each([
    '2026-13-45',
    '2026-02-30',
    '2025-02-29',
    '2026-1-5',
    '2026-12-03T00:00:00Z',
    ' 2026-12-03',
    '',
  ])('refuses %j', (d) => expect(isCalendarDate(d)).toBe(false));
  it('refuses what is not a string', () => {
    expect(isCalendarDate(20261203)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });
});

describe('todayInChina', () => {
  it('turns the date at midnight in Beijing, 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-01-01T15:59:59Z'))).toBe('2026-01-01');
    expect(todayInChina(new Date('2026-01-01T16:00:00Z'))).toBe('2026-01-02');
  });
});

describe('toInstant', () => {
  it('parses ISO timestamps', () =>
    expect(toInstant('2025-06-10T08:00:00+08:00').toISOString()).toBe('2025-06-10T00:00:00.000Z'));
  it('refuses garbage', () => expect(() => toInstant('later')).toThrow(DomainError));
});

describe('addDays / addYears / daysBetween', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2025-06-10', 0, '2025-06-10'],
  ])('%s + %i days = %s', (d, n, expected) => expect(addDays(d, n)).toBe(expected));

  it.each([
    ['2025-06-10', 2, '2027-06-10'],
    ['2028-02-29', 2, '2030-02-28'], // no 29 February in 2030: the month's last day
    ['2028-02-29', 4, '2032-02-29'],
    ['2027-12-31', 2, '2029-12-31'],
  ])('%s + %i years = %s', (d, n, expected) => expect(addYears(d, n)).toBe(expected));

  it.each([
    ['2025-06-10', '2025-06-12', 2],
    ['2025-06-12', '2025-06-10', -2],
    ['2028-02-28', '2028-03-01', 2],
    ['2025-01-01', '2026-01-01', 365],
  ])('from %s to %s is %i days', (a, b, n) => expect(daysBetween(a, b)).toBe(n));
});

describe('weekStartOf', () => {
  it.each([
    ['2025-06-09', '2025-06-09'], // a Monday
    ['2025-06-15', '2025-06-09'], // Sunday
    ['2026-01-01', '2025-12-29'], // across the year
    [new Date('2025-06-15T16:30:00Z'), '2025-06-16'], // Monday 00:30 in Beijing
  ])('%s → %s', (value, expected) => expect(weekStartOf(value)).toBe(expected));
});
