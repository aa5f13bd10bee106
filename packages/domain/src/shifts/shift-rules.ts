import { DomainError, DomainErrorCode, fieldError } from '../common/domain-error';
import { toInstant } from '../calendar/calendar-date';

/** A guard's shift as a half-open time range [start, end); `id` lets an edited shift skip itself. */
export interface ShiftRange {
  id?: string;
  start: string | Date;
  end: string | Date;
}

/** Refuses a shift that does not end after it starts (BAD_USER_INPUT on `end`). */
export function assertShiftRange(shift: ShiftRange): void {
  const start = toInstant(shift.start, 'start');
  const end = toInstant(shift.end, 'end');
  if (end.getTime() <= start.getTime()) {
    throw fieldError(
      'end',
      'ENDS_BEFORE_START',
      { start: start.toISOString(), end: end.toISOString() },
      'A shift must end after it starts',
    );
  }
}

/** Whether two shifts overlap as half-open ranges: 08:00–16:00 and 16:00–24:00 do not. */
export function shiftsOverlap(a: ShiftRange, b: ShiftRange): boolean {
  return (
    toInstant(a.start).getTime() < toInstant(b.end).getTime() &&
    toInstant(b.start).getTime() < toInstant(a.end).getTime()
  );
}

/** Refuses a shift overlapping one of the guard's other shifts (SHIFT_OVERLAP, naming the first one it hits). */
export function assertNoOverlap(newShift: ShiftRange, existing: readonly ShiftRange[]): void {
  assertShiftRange(newShift);
  const clash = existing.find(
    (s) => !(newShift.id !== undefined && s.id === newShift.id) && shiftsOverlap(newShift, s),
  );
  if (clash) {
    throw new DomainError(
      DomainErrorCode.SHIFT_OVERLAP,
      'The guard already has a shift in that time',
      {
        conflictingShiftId: clash.id ?? null,
        conflictingStart: toInstant(clash.start).toISOString(),
        conflictingEnd: toInstant(clash.end).toISOString(),
      },
    );
  }
}

/** A guard may start work on a shift (acknowledge the orders, inspect a handover) this early. */
export const SHIFT_EARLY_MINUTES = 60;
/** …and finish handing over this long after the shift's end. */
export const SHIFT_LATE_MINUTES = 120;

/** Whether `now` falls in a shift's working window: from an hour before it starts to two hours after it ends. */
export function isShiftWorkable(shift: ShiftRange, now: string | Date): boolean {
  const t = toInstant(now, 'now').getTime();
  return (
    t >= toInstant(shift.start).getTime() - SHIFT_EARLY_MINUTES * 60_000 &&
    t < toInstant(shift.end).getTime() + SHIFT_LATE_MINUTES * 60_000
  );
}

/**
 * The shift a guard is working at `now`: the one running now, else the workable one nearest
 * to now (about to start, or just ended and still handing over); null when none is workable.
 */
export function currentShift<T extends ShiftRange>(
  shifts: readonly T[],
  now: string | Date,
): T | null {
  const t = toInstant(now, 'now').getTime();
  const running = shifts.find(
    (s) => toInstant(s.start).getTime() <= t && t < toInstant(s.end).getTime(),
  );
  if (running) return running;
  const distance = (s: ShiftRange) =>
    Math.min(Math.abs(toInstant(s.start).getTime() - t), Math.abs(toInstant(s.end).getTime() - t));
  return (
    shifts.filter((s) => isShiftWorkable(s, now)).sort((a, b) => distance(a) - distance(b))[0] ??
    null
  );
}
