import { describe, expect, it } from 'vitest';
import { chosen, rangeVariables } from './filters';

describe('chosen', () => {
  it.each([
    ['ALL', null],
    ['ACTIVE', 'ACTIVE'],
  ] as const)('takes %s as %s', (value, expected) => {
    expect(chosen<'ACTIVE' | 'DRAFT'>(value)).toBe(expected);
  });
});

describe('rangeVariables', () => {
  it('filters nothing without a period', () => {
    expect(rangeVariables(null)).toEqual({ from: null, to: null });
  });

  it('covers the last day whole: to is the midnight after it', () => {
    const first = new Date(2027, 0, 4);
    const last = new Date(2027, 0, 6);
    const { from, to } = rangeVariables([first, last]);
    expect(from).toBe(first.toISOString());
    expect(Date.parse(to!) - last.getTime()).toBe(86_400_000);
  });
});
