import { describe, expect, it } from 'vitest';
import { Role } from '../common/enums';
import {
  disableProblems,
  newAccountProblems,
  normalizeUsername,
  usernameProblems,
} from './account-rules';
import { COMMON_PASSWORDS } from './common-passwords';
import { newCompanyProblems, newOrganProblems } from './operator-rules';
import { creditCodeCheckChar } from '../identity/credit-code';
import { changePasswordProblems, isCommonPassword, passwordProblems } from './password-rules';

const codes = (problems: { field: string; code: string }[]) =>
  problems.map((p) => `${p.field}:${p.code}`);

describe('a new password', () => {
  it.each([
    ['', ['newPassword:REQUIRED']],
    ['Short1!', ['newPassword:TOO_SHORT']],
    ['九个字的密码不够长啊', []], // ten characters, though 30 bytes
    ['x'.repeat(129), ['newPassword:TOO_LONG']],
    ['cq.guard9', ['newPassword:TOO_SHORT']],
    ['cq.guard9-2026', ['newPassword:PASSWORD_HAS_USERNAME']],
    ['CQ.GUARD9abcdef', ['newPassword:PASSWORD_HAS_USERNAME']],
    ['1234567890', ['newPassword:PASSWORD_TOO_COMMON']],
    ['QwertyUIOP', ['newPassword:PASSWORD_TOO_COMMON']],
    ['woaini1314', ['newPassword:PASSWORD_TOO_COMMON']],
    ['aaaaaaaaaaaa', ['newPassword:PASSWORD_TOO_COMMON']],
    ['3456789012', ['newPassword:PASSWORD_TOO_COMMON']], // a run of digits, wrapping
    ['9876543210987', ['newPassword:PASSWORD_TOO_COMMON']],
    ['Hospital-East-Gate7', []],
    ['correct horse battery', []],
  ])('%j → %j', (password, expected) => {
    expect(codes(passwordProblems(password, 'cq.guard9'))).toEqual(expected);
  });

  it('carries the limit a translation needs', () => {
    expect(passwordProblems('abc', 'someone')[0]).toMatchObject({ params: { min: 10 } });
  });

  it('reports on the field the form names', () => {
    expect(codes(passwordProblems('', 'x', 'initialPassword'))).toEqual([
      'initialPassword:REQUIRED',
    ]);
  });

  it('holds only passwords the length rule lets through, lower-cased', () => {
    for (const p of COMMON_PASSWORDS) {
      expect(p.length).toBeGreaterThanOrEqual(10);
      expect(p).toBe(p.toLowerCase());
      expect(isCommonPassword(p.toUpperCase())).toBe(true);
    }
  });

  it('does not take a short username for part of every password', () => {
    expect(passwordProblems('ab-Lantern-Road', 'ab')).toEqual([]);
  });
});

describe('changing one’s own password', () => {
  it.each([
    ['', 'Lantern-Road-42', ['currentPassword:REQUIRED']],
    ['Lantern-Road-42', 'Lantern-Road-42', ['newPassword:PASSWORD_UNCHANGED']],
    ['old', 'short', ['newPassword:TOO_SHORT']],
    ['old', 'Lantern-Road-42', []],
  ])('current %j, new %j → %j', (current, next, expected) => {
    expect(codes(changePasswordProblems(current, next, 'cq.admin'))).toEqual(expected);
  });
});

describe('a new company account', () => {
  const base = { role: Role.DUTY_SUPERVISOR, username: 'cq.duty2', displayName: '王强' };
  it.each([
    [base, []],
    [{ ...base, role: Role.GUARD, guardId: 'g1' }, []],
    [{ ...base, role: Role.GUARD }, ['guardId:REQUIRED']],
    [{ ...base, guardId: 'g1' }, ['guardId:GUARD_ONLY_FOR_GUARDS']],
    [{ ...base, role: Role.POLICE_OFFICER }, ['role:NOT_ALLOWED']],
    [{ ...base, role: Role.KIOSK }, ['role:NOT_ALLOWED']],
    [{ ...base, displayName: '  ' }, ['displayName:REQUIRED']],
    [{ ...base, displayName: '名'.repeat(51) }, ['displayName:TOO_LONG']],
    [{ ...base, username: 'ab' }, ['username:TOO_SHORT']],
    [{ ...base, username: '9lives' }, ['username:USERNAME_INVALID']],
    [{ ...base, username: '张伟同志' }, ['username:USERNAME_INVALID']],
    [{ ...base, username: 'a b' }, ['username:USERNAME_INVALID']],
    [{ ...base, username: 'a'.repeat(33) }, ['username:TOO_LONG']],
    [{ ...base, username: '  CQ.Duty2 ' }, []],
  ])('%j → %j', (input, expected) => {
    expect(codes(newAccountProblems(input))).toEqual(expected);
  });

  it('stores usernames lower-case and trimmed', () => {
    expect(normalizeUsername('  CQ.Duty2 ')).toBe('cq.duty2');
    expect(usernameProblems('')).toEqual([expect.objectContaining({ code: 'REQUIRED' })]);
  });
});

describe('disabling an account', () => {
  it('refuses one’s own and allows another’s', () => {
    expect(codes(disableProblems('u1', 'u1'))).toEqual(['id:CANNOT_DISABLE_SELF']);
    expect(disableProblems('u1', 'u2')).toEqual([]);
  });
});

describe('what the operator registers', () => {
  const VALID_CODE = '91500000MA5U7Q2X1' + creditCodeCheckChar('91500000MA5U7Q2X1');
  const company = {
    name: '重庆安保服务有限公司',
    ownershipType: 'DOMESTIC',
    homeDivisionCode: '500000',
    securityLicenseNo: '渝公保服20260001',
    businessLicenseNo: VALID_CODE,
  };
  it.each([
    [{}, []],
    [{ name: ' ' }, ['name:REQUIRED']],
    [{ ownershipType: 'FOREIGN' }, ['ownershipType:NOT_ALLOWED']],
    [{ homeDivisionCode: '999999' }, ['homeDivisionCode:DIVISION_UNKNOWN']],
    [{ securityLicenseNo: '' }, ['securityLicenseNo:REQUIRED']],
    [
      { businessLicenseNo: '91500000MA5U7Q2X1' + (VALID_CODE.endsWith('0') ? '1' : '0') },
      ['businessLicenseNo:CREDIT_CODE_INVALID'],
    ],
    [{ licenseExpiresOn: '2030/01/01' }, ['licenseExpiresOn:DATE_INVALID']],
  ])('a company with %j → %j', (over, expected) => {
    expect(codes(newCompanyProblems({ ...company, ...over }))).toEqual(expected);
  });

  it.each([
    [{ name: '成都市公安局', divisionCode: '510100' }, []],
    [{ name: '', divisionCode: '510100' }, ['name:REQUIRED']],
    [{ name: '某公安局', divisionCode: '510199' }, ['divisionCode:DIVISION_UNKNOWN']],
  ])('an organ %j → %j', (organ, expected) => {
    expect(codes(newOrganProblems(organ))).toEqual(expected);
  });
});
