import { DomainError, DomainErrorCode } from '../common/domain-error';
import { addDays, addYears, daysBetween, toCalendarDate } from '../calendar/calendar-date';

/** A terminated contract is kept at least two years for inspection (留存两年备查). */
export const RETENTION_YEARS = 2;

/**
 * The last day a terminated contract must still be kept: termination date + 2 years, counted as
 * the Civil Code counts periods (民法典 第二百零一条、第二百零三条): the same date two years on,
 * or the month's last day when there is none. So 2028-02-29 → 2030-02-28 (not 03-01): that day
 * is the legal end of the two years, and the contract stays locked through it — the first day it
 * may be purged is 2030-03-01, so no reading of "two years" is cut short. A moment (Date) is
 * taken as its date in China Standard Time.
 */
export function retainUntil(terminatedAt: string | Date): string {
  return addYears(toCalendarDate(terminatedAt, 'terminatedAt'), RETENTION_YEARS);
}

/** The first day a contract may be purged: the day after `retainUntil`. */
export function purgeUnlocksOn(retainUntilDate: string): string {
  return addDays(toCalendarDate(retainUntilDate, 'retainUntil'), 1);
}

/** Whether a terminated contract may be purged today (strictly after its retention date); never when not terminated (null). */
export function isPurgeable(retainUntilDate: string | null, today: string | Date): boolean {
  if (retainUntilDate === null) return false;
  return (
    daysBetween(toCalendarDate(retainUntilDate, 'retainUntil'), toCalendarDate(today, 'today')) > 0
  );
}

/** Refuses to purge a contract still under retention, or not terminated at all (RETENTION_LOCKED, with `unlocksOn`). */
export function assertPurgeable(retainUntilDate: string | null, today: string | Date): void {
  if (isPurgeable(retainUntilDate, today)) return;
  if (retainUntilDate === null) {
    throw new DomainError(
      DomainErrorCode.RETENTION_LOCKED,
      'Only a terminated contract can be purged, and only two years after its termination',
      { retainUntil: null, unlocksOn: null },
    );
  }
  const unlocksOn = purgeUnlocksOn(retainUntilDate);
  throw new DomainError(
    DomainErrorCode.RETENTION_LOCKED,
    `A terminated contract is kept for two years: it can be purged from ${unlocksOn}`,
    { retainUntil: toCalendarDate(retainUntilDate), unlocksOn },
  );
}
