import { describe, expect, it } from 'vitest';
import { assertPurgeable, isPurgeable, purgeUnlocksOn, retainUntil } from './retention';

describe('retainUntil', () => {
  it.each([
    ['2025-06-10', '2027-06-10'],
    ['2025-12-31', '2027-12-31'],
    ['2027-02-28', '2029-02-28'],
    ['2028-02-29', '2030-02-28'], // leap day: the month's last day (Civil Code Art. 203)
    ['2026-02-28', '2028-02-28'], // a plain 28th stays the 28th in a leap year
    [new Date('2025-06-10T17:30:00Z'), '2027-06-11'], // 01:30 on 11 June in Beijing
  ])('terminated %s → kept through %s', (terminatedAt, expected) =>
    expect(retainUntil(terminatedAt)).toBe(expected),
  );

  it('refuses a malformed date', () =>
    expect(() => retainUntil('2025-02-29')).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field: 'terminatedAt' })],
      }),
    ));

  it('unlocks the day after: a leap-day termination is never purgeable before 1 March', () => {
    expect(purgeUnlocksOn(retainUntil('2028-02-29'))).toBe('2030-03-01');
    expect(purgeUnlocksOn('2027-12-31')).toBe('2028-01-01');
  });
});

describe('assertPurgeable', () => {
  const until = '2027-06-10';
  it.each([
    ['2025-06-10', false],
    ['2027-06-09', false],
    ['2027-06-10', false], // the last day of retention is still locked
    ['2027-06-11', true],
    ['2031-01-01', true],
  ])('retained until %s, today %s → purgeable %s', (today, ok) => {
    expect(isPurgeable(until, today)).toBe(ok);
    if (ok) expect(() => assertPurgeable(until, today)).not.toThrow();
    else
      expect(() => assertPurgeable(until, today)).toThrow(
        expect.objectContaining({
          code: 'RETENTION_LOCKED',
          params: { retainUntil: until, unlocksOn: '2027-06-11' },
        }),
      );
  });

  it('takes a Date as today in China Standard Time', () => {
    expect(isPurgeable(until, new Date('2027-06-10T15:59:59Z'))).toBe(false); // 23:59:59 on the 10th
    expect(isPurgeable(until, new Date('2027-06-10T16:00:00Z'))).toBe(true); // 00:00 on the 11th
  });

  it('never purges a contract that is not terminated', () => {
    expect(isPurgeable(null, '2099-01-01')).toBe(false);
    expect(() => assertPurgeable(null, '2099-01-01')).toThrow(
      expect.objectContaining({
        code: 'RETENTION_LOCKED',
        params: { retainUntil: null, unlocksOn: null },
      }),
    );
  });

  it('says when it unlocks', () =>
    expect(() => assertPurgeable(until, '2026-01-01')).toThrow(/from 2027-06-11/));
});
