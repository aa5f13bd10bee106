import { Role } from '../common/enums';

/** Roles whose users belong to a security company and see only its rows. */
export const COMPANY_ROLES: readonly Role[] = [
  Role.COMPANY_ADMIN,
  Role.DUTY_SUPERVISOR,
  Role.GUARD,
];

/** Whether a role is one of a company's staff (as opposed to police or a kiosk device). */
export function isCompanyRole(role: Role): boolean {
  return COMPANY_ROLES.includes(role);
}

/** Which app each role signs in to. */
export const APP_OF_ROLE: Record<Role, 'admin' | 'police' | 'kiosk'> = {
  COMPANY_ADMIN: 'admin',
  DUTY_SUPERVISOR: 'admin',
  GUARD: 'admin',
  POLICE_OFFICER: 'police',
  KIOSK: 'kiosk',
};
