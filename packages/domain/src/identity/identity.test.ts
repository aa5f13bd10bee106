import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode } from './credit-code';
import { idNumberCheckChar, isValidIdNumber, maskIdNumber } from './id-number';

describe('resident ID numbers', () => {
  it.each([
    '11010519491231002X', // the standard's own example
    '500103199001011230'.slice(0, 17) + idNumberCheckChar('50010319900101123'),
  ])('%s is valid', (id) => expect(isValidIdNumber(id)).toBe(true));

  it.each([
    ['wrong check digit', '110105194912310021'],
    ['no such date', '500103199002301234'],
    ['too short', '50010319900101123'],
    ['letters', '5001031990010112AB'],
    ['leading zero', '010105194912310021'],
  ])('refuses %s', (_why, id) => expect(isValidIdNumber(id)).toBe(false));

  it('computes the check character', () =>
    expect(idNumberCheckChar('11010519491231002')).toBe('X'));
  it('masks all but the first and last four', () =>
    expect(maskIdNumber('500103199001011238')).toBe('5001**********1238'));
  it('accepts a lower-case check character and surrounding spaces', () =>
    expect(isValidIdNumber(' 11010519491231002x ')).toBe(true));
  it.each([
    ['a birth year before 1900', '110105189912310023'],
    ['a check digit off by one', '11010519491231002' + '9'],
  ])('refuses %s', (_why, id) => expect(isValidIdNumber(id)).toBe(false));
});

describe('unified social credit codes', () => {
  it('completes a code with its check character', () =>
    expect(isValidCreditCode('91500000202806370' + creditCodeCheckChar('91500000202806370'))).toBe(
      true,
    ));
  it('accepts a real published code', () =>
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true));
  it.each([
    ['wrong check character', '91350100M000100Y44'],
    ['forbidden letter I', '91350100I000100Y43'],
    ['too short', '91350100M000100Y4'],
  ])('refuses %s', (_why, code) => expect(isValidCreditCode(code)).toBe(false));
});
