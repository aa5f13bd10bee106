import { describe, expect, it } from 'vitest';
import { HandoverState } from '../common/enums';
import { currentDuty, dutyPhase, isOnDuty, type DutyHandover } from './duty';

// Day shift 08:00–16:00 of guard A (shift a), night shift 16:00–24:00 of guard B (shift b).
const a = { id: 'a', start: '2026-12-02T08:00:00Z', end: '2026-12-02T16:00:00Z' };
const b = { id: 'b', start: '2026-12-02T16:00:00Z', end: '2026-12-03T00:00:00Z' };
const at = (hhmm: string) => `2026-12-02T${hhmm}:00Z`;
const handover = (state: HandoverState): DutyHandover => ({
  state,
  outgoingShiftId: 'a',
  incomingShiftId: 'b',
});

describe('dutyPhase: the post passes at the signature, not by the clock', () => {
  it.each([
    // [shift, time, handover state or none, phase]
    [a, '06:30', null, 'OFF'],
    [a, '07:30', null, 'UPCOMING'],
    [a, '12:00', null, 'ON'],
    [a, '17:00', null, 'OVERTIME'],
    [a, '18:30', null, 'OFF'],
    [a, '15:00', 'DRAFTED', 'ON'],
    [a, '15:00', 'AWAITING_APPROVAL', 'ON'],
    [a, '15:00', 'RETURNED', 'ON'],
    [a, '15:00', 'SIGNED', 'HANDED_OVER'],
    [a, '15:00', 'RELEASED', 'RELEASED'],
    [a, '20:00', 'RELEASED', 'OFF'],
    [b, '15:30', null, 'UPCOMING'],
    [b, '15:30', 'INSPECTED', 'UPCOMING'],
    [b, '15:30', 'SIGNED', 'ON'],
    [b, '15:30', 'RELEASED', 'ON'],
    // Signed three hours early, outside the window of an hour before: the post is still theirs.
    [b, '13:00', 'SIGNED', 'ON'],
  ] as const)('shift %o at %s with a handover %s → %s', (shift, time, state, phase) =>
    expect(dutyPhase(shift, state ? [handover(state)] : [], at(time))).toBe(phase),
  );

  it('exactly one of the two guards is on duty at every step of the handover', () => {
    for (const state of Object.values(HandoverState)) {
      const h = [handover(state)];
      const onDuty = [a, b].filter((s) => isOnDuty(dutyPhase(s, h, at('15:30'))));
      expect(onDuty.map((s) => s.id)).toEqual(
        state === 'SIGNED' || state === 'RELEASED' ? ['b'] : ['a'],
      );
    }
  });
});

describe('currentDuty', () => {
  const tomorrow = { id: 'c', start: '2026-12-03T08:00:00Z', end: '2026-12-03T16:00:00Z' };

  it('the shift on which the post is theirs comes before one about to start', () => {
    const early = { id: 'e', start: '2026-12-02T16:30:00Z', end: '2026-12-02T20:00:00Z' };
    const overtime = { id: 'o', start: '2026-12-02T08:00:00Z', end: '2026-12-02T16:00:00Z' };
    expect(currentDuty([overtime, early], [], at('16:10'))?.shift.id).toBe('o');
  });

  it('a released shift shows as released while its window lasts, then none', () => {
    const h = [handover('RELEASED')];
    expect(currentDuty([a, tomorrow], h, at('15:50'))).toEqual({ shift: a, phase: 'RELEASED' });
    expect(currentDuty([a, tomorrow], h, at('19:00'))).toBeNull();
  });

  it('the incoming guard who signed early has the post', () =>
    expect(currentDuty([b], [handover('SIGNED')], at('13:00'))).toEqual({ shift: b, phase: 'ON' }));

  it('no shift in its window: none', () =>
    expect(currentDuty([tomorrow], [], at('12:00'))).toBeNull());
});
