import { describe, expect, it } from 'vitest';
import { formatShift, shiftDay } from './format';

describe('shiftDay', () => {
  it('is the day in China Standard Time, not in UTC or the browser', () => {
    // 23:30 in Chongqing is still the day before in UTC.
    expect(shiftDay('2026-06-10T15:30:00Z')).toBe('2026-06-10');
    expect(shiftDay('2026-06-10T16:30:00Z')).toBe('2026-06-11');
    expect(shiftDay(new Date('2026-06-10T16:30:00Z'))).toBe('2026-06-11');
  });
});

describe('formatShift', () => {
  it('writes a shift within one day as a span of hours', () => {
    expect(formatShift('2026-06-10T00:00:00Z', '2026-06-10T12:00:00Z', 'zh-CN', false)).toBe(
      '08:00–20:00',
    );
  });

  it('dates both ends of a shift across midnight in Beijing', () => {
    expect(formatShift('2026-06-10T12:00:00Z', '2026-06-11T00:00:00Z', 'zh-CN')).toBe(
      '06/10 20:00 – 06/11 08:00',
    );
  });
});
