import { describe, expect, it } from 'vitest';
import { APP_OF_ROLE, isCompanyRole } from './roles';
import { Role } from '../common/enums';

describe('roles', () => {
  it.each([
    [Role.COMPANY_ADMIN, true, 'admin'],
    [Role.DUTY_SUPERVISOR, true, 'admin'],
    [Role.GUARD, true, 'admin'],
    [Role.POLICE_OFFICER, false, 'police'],
    [Role.KIOSK, false, 'kiosk'],
  ] as const)('%s: company staff %s, signs in to %s', (role, company, app) => {
    expect(isCompanyRole(role)).toBe(company);
    expect(APP_OF_ROLE[role]).toBe(app);
  });
});
