import { describe, expect, it } from 'vitest';
import { satisfactionByWeek, satisfactionSummary } from './satisfaction';

describe('satisfactionSummary', () => {
  // Worked by hand: 5,5,4,3,2,1,4,5 → count 8, sum 29, mean 3.625; 4–5: five → 0.625; 1–2: two.
  it('matches the hand-computed fixture', () =>
    expect(satisfactionSummary([5, 5, 4, 3, 2, 1, 4, 5])).toEqual({
      count: 8,
      sum: 29,
      satisfied: 5,
      low: 2,
      mean: 3.625,
      satisfiedShare: 0.625,
      distribution: [1, 1, 1, 2, 3],
    }));

  it('takes rows as well as numbers', () =>
    expect(satisfactionSummary([{ rating: 4 }, { rating: 2 }, { rating: 3 }])).toMatchObject({
      count: 3,
      mean: 3,
      satisfiedShare: 1 / 3,
    }));

  it('has no mean or share without ratings', () =>
    expect(satisfactionSummary([])).toEqual({
      count: 0,
      sum: 0,
      satisfied: 0,
      low: 0,
      mean: null,
      satisfiedShare: null,
      distribution: [0, 0, 0, 0, 0],
    }));

  it('refuses a rating out of range', () =>
    expect(() => satisfactionSummary([5, 0])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    ));
});

describe('satisfactionByWeek', () => {
  it('groups by Monday in China Standard Time, oldest first', () => {
    const weeks = satisfactionByWeek([
      { rating: 5, at: '2025-06-16T00:30:00+08:00' }, // Monday just after midnight in Beijing
      { rating: 1, at: '2025-06-15T23:59:00+08:00' }, // Sunday
      { rating: 4, at: new Date('2025-06-09T02:00:00Z') },
    ]);
    expect(weeks.map((w) => [w.weekStart, w.summary.count, w.summary.mean])).toEqual([
      ['2025-06-09', 2, 2.5],
      ['2025-06-16', 1, 5],
    ]);
  });
});
