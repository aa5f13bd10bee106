import { toInstant } from '../calendar/calendar-date';
import { HandoverState } from '../common/enums';
import { isShiftWorkable, type ShiftRange } from './shift-rules';

/**
 * Where a guard stands on one shift:
 * - UPCOMING: the shift has not started and nobody has handed the post over to them yet
 *   (they may read the orders and inspect a handover, but the post is not theirs);
 * - ON: the post is theirs: the shift is running, or the predecessor's handover is signed;
 * - OVERTIME: the shift is over and the post not yet handed over: still theirs;
 * - HANDED_OVER: the successor has signed, so the post is the successor's; the guard still
 *   confirms leaving;
 * - RELEASED: handed over and gone;
 * - OFF: outside the shift's working window, with no handover in it.
 */
export const DutyPhase = {
  UPCOMING: 'UPCOMING',
  ON: 'ON',
  OVERTIME: 'OVERTIME',
  HANDED_OVER: 'HANDED_OVER',
  RELEASED: 'RELEASED',
  OFF: 'OFF',
} as const;
export type DutyPhase = (typeof DutyPhase)[keyof typeof DutyPhase];

/** The parts of a handover the duty rule reads. */
export interface DutyHandover {
  state: HandoverState;
  outgoingShiftId: string;
  incomingShiftId: string | null;
}

const SIGNED_OR_LATER: readonly HandoverState[] = [HandoverState.SIGNED, HandoverState.RELEASED];

/** Whether the post is the guard's in this phase: they log inquiries and the roster shows them on duty. */
export function isOnDuty(phase: DutyPhase): boolean {
  return phase === DutyPhase.ON || phase === DutyPhase.OVERTIME;
}

/**
 * The one duty rule (server, On duty and the roster all use it): the post passes from one guard
 * to the next at the successor's signature, not by the clock. Without a handover the clock
 * decides (ON from the shift's start, OVERTIME until two hours after its end).
 */
export function dutyPhase(
  shift: ShiftRange & { id: string },
  handovers: readonly DutyHandover[],
  now: string | Date,
): DutyPhase {
  const out = handovers.find((h) => h.outgoingShiftId === shift.id);
  if (out?.state === HandoverState.RELEASED)
    return isShiftWorkable(shift, now) ? DutyPhase.RELEASED : DutyPhase.OFF;
  if (out && out.state === HandoverState.SIGNED) return DutyPhase.HANDED_OVER;
  const t = toInstant(now, 'now').getTime();
  const start = toInstant(shift.start).getTime();
  const end = toInstant(shift.end).getTime();
  const takenOver = handovers.some(
    (h) => h.incomingShiftId === shift.id && SIGNED_OR_LATER.includes(h.state),
  );
  if (takenOver && t < end) return DutyPhase.ON;
  if (!isShiftWorkable(shift, now)) return DutyPhase.OFF;
  if (t < start) return DutyPhase.UPCOMING;
  return t < end ? DutyPhase.ON : DutyPhase.OVERTIME;
}

/**
 * The shift a guard is working at `now` and its phase: a shift on which the post is theirs
 * first, then one about to start, then one handed over (to show that they are done); null when
 * no shift is in its working window and none was taken over early.
 */
export function currentDuty<T extends ShiftRange & { id: string }>(
  shifts: readonly T[],
  handovers: readonly DutyHandover[],
  now: string | Date,
): { shift: T; phase: DutyPhase } | null {
  const rank: Record<DutyPhase, number> = {
    ON: 0,
    OVERTIME: 1,
    UPCOMING: 2,
    HANDED_OVER: 3,
    RELEASED: 4,
    OFF: 5,
  };
  const t = toInstant(now, 'now').getTime();
  const distance = (s: ShiftRange) =>
    Math.min(Math.abs(toInstant(s.start).getTime() - t), Math.abs(toInstant(s.end).getTime() - t));
  const best = shifts
    .map((shift) => ({ shift, phase: dutyPhase(shift, handovers, now) }))
    .filter((d) => d.phase !== DutyPhase.OFF)
    .sort((a, b) => rank[a.phase] - rank[b.phase] || distance(a.shift) - distance(b.shift))[0];
  return best ?? null;
}
