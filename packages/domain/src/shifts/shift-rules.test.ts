import { describe, expect, it } from 'vitest';
import {
  assertNoOverlap,
  assertShiftRange,
  currentShift,
  isShiftWorkable,
  shiftsOverlap,
} from './shift-rules';

const at = (hhmm: string, day = '2025-06-10') => `${day}T${hhmm}:00+08:00`;
const shift = (from: string, to: string, id?: string) => ({
  id,
  start: at(from),
  end: to === '24:00' ? at('00:00', '2025-06-11') : at(to),
});

describe('shiftsOverlap (half-open ranges)', () => {
  it.each([
    ['08:00', '16:00', '16:00', '24:00', false], // back to back
    ['16:00', '24:00', '08:00', '16:00', false],
    ['08:00', '16:00', '15:59', '20:00', true],
    ['08:00', '16:00', '09:00', '10:00', true], // inside
    ['09:00', '10:00', '08:00', '16:00', true], // around
    ['08:00', '16:00', '08:00', '16:00', true], // the same
    ['08:00', '12:00', '13:00', '17:00', false], // apart
  ])('%s–%s and %s–%s → %s', (a1, a2, b1, b2, expected) => {
    expect(shiftsOverlap(shift(a1, a2), shift(b1, b2))).toBe(expected);
    expect(shiftsOverlap(shift(b1, b2), shift(a1, a2))).toBe(expected);
  });

  it('compares moments, not wall-clock text', () =>
    expect(
      shiftsOverlap(
        { start: '2025-06-10T08:00:00+08:00', end: '2025-06-10T16:00:00+08:00' },
        { start: new Date('2025-06-10T07:00:00Z'), end: new Date('2025-06-10T09:00:00Z') }, // 15:00–17:00 in Beijing
      ),
    ).toBe(true));
});

describe('assertShiftRange', () => {
  it.each([
    ['16:00', '08:00'],
    ['08:00', '08:00'],
  ])('refuses %s–%s', (from, to) =>
    expect(() => assertShiftRange(shift(from, to))).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field: 'end' })],
      }),
    ),
  );
  it('accepts a night shift across midnight', () =>
    expect(() =>
      assertShiftRange({ start: at('20:00'), end: at('08:00', '2025-06-11') }),
    ).not.toThrow());
  it('refuses a timestamp that does not parse', () =>
    expect(() => assertShiftRange({ start: 'eight o’clock', end: at('16:00') })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field: 'start' })],
      }),
    ));
});

describe('assertNoOverlap', () => {
  const existing = [shift('00:00', '08:00', 's1'), shift('16:00', '24:00', 's2')];

  it('accepts a shift in the gap', () =>
    expect(() => assertNoOverlap(shift('08:00', '16:00'), existing)).not.toThrow());

  it('refuses an overlap and names the shift it hits', () =>
    expect(() => assertNoOverlap(shift('12:00', '18:00'), existing)).toThrow(
      expect.objectContaining({
        code: 'SHIFT_OVERLAP',
        params: {
          conflictingShiftId: 's2',
          conflictingStart: '2025-06-10T08:00:00.000Z',
          conflictingEnd: '2025-06-10T16:00:00.000Z',
        },
      }),
    ));

  it('lets an edited shift overlap its own old version', () =>
    expect(() => assertNoOverlap(shift('15:00', '24:00', 's2'), existing)).not.toThrow());

  it('still refuses an edited shift that reaches another', () =>
    expect(() => assertNoOverlap(shift('07:00', '24:00', 's2'), existing)).toThrow(
      expect.objectContaining({
        code: 'SHIFT_OVERLAP',
        params: expect.objectContaining({ conflictingShiftId: 's1' }),
      }),
    ));

  it('checks the new shift itself first', () =>
    expect(() => assertNoOverlap(shift('10:00', '09:00'), [])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    ));
});

describe('the working window of a shift', () => {
  const day = shift('08:00', '16:00', 'day');
  it.each([
    ['06:59', false],
    ['07:00', true], // an hour early: acknowledge the orders, inspect the handover
    ['12:00', true],
    ['17:59', true], // still handing over
    ['18:00', false],
  ])('at %s workable %s', (hhmm, expected) =>
    expect(isShiftWorkable(day, at(hhmm))).toBe(expected),
  );

  it('picks the running shift over one about to start', () => {
    const night = shift('16:00', '24:00', 'night');
    expect(currentShift([night, day], at('15:30'))?.id).toBe('day');
    expect(currentShift([day, night], at('16:30'))?.id).toBe('night');
  });

  it('picks a shift that just ended, or one about to start, when none runs', () => {
    const late = shift('20:00', '24:00', 'late');
    expect(currentShift([day, late], at('17:00'))?.id).toBe('day');
    expect(currentShift([day, late], at('19:30'))?.id).toBe('late');
    expect(currentShift([day, late], at('18:30'))).toBeNull();
    expect(currentShift([], at('12:00'))).toBeNull();
  });
});
