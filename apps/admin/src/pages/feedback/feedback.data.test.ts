import { describe, expect, it } from 'vitest';
import { alertPlace } from './feedback.data';

describe('alertPlace', () => {
  it.each([
    [
      'a kiosk at a post',
      { customerUnit: { name: '成都天府国际商城' }, post: { name: '东门岗' } },
      '成都天府国际商城 · 东门岗',
    ],
    [
      'a kiosk of the unit only',
      { customerUnit: { name: '成都天府国际商城' }, post: null },
      '成都天府国际商城',
    ],
  ])('names %s', (_what, alert, expected) => {
    expect(alertPlace(alert)).toBe(expected);
  });
});
