import { fieldProblem, type FieldProblem } from '../common/field-problem';
import { COMMON_PASSWORDS } from './common-passwords';

/** Length limits of a password, in characters. */
export const PASSWORD_LIMITS = { min: 10, max: 128 } as const;

/** Whether a password is one that people pick first: a listed one, one character repeated, or a run of digits. */
export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON_PASSWORDS.has(p)) return true;
  if (/^(.)\1*$/u.test(p)) return true;
  return isDigitRun(p);
}

function isDigitRun(p: string): boolean {
  if (!/^\d+$/.test(p)) return false;
  const steps = new Set<number>();
  for (let i = 1; i < p.length; i++) steps.add((p.charCodeAt(i) - p.charCodeAt(i - 1) + 10) % 10);
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/**
 * The problems of a new password (empty when it is good): at least 10 characters and at most
 * 128, not the account's username nor containing it, not a common password. Reported on
 * `field` (the form's field name).
 */
export function passwordProblems(
  password: string,
  username: string,
  field = 'newPassword',
): FieldProblem[] {
  const length = [...password].length;
  if (!password) return [fieldProblem(field, 'REQUIRED')];
  if (length < PASSWORD_LIMITS.min)
    return [fieldProblem(field, 'TOO_SHORT', { min: PASSWORD_LIMITS.min })];
  if (length > PASSWORD_LIMITS.max)
    return [fieldProblem(field, 'TOO_LONG', { max: PASSWORD_LIMITS.max })];
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name))
    return [fieldProblem(field, 'PASSWORD_HAS_USERNAME')];
  if (isCommonPassword(password)) return [fieldProblem(field, 'PASSWORD_TOO_COMMON')];
  return [];
}

/** The problems of a user changing their own password: a good new one, different from the current. */
export function changePasswordProblems(
  currentPassword: string,
  newPassword: string,
  username: string,
): FieldProblem[] {
  if (!currentPassword) return [fieldProblem('currentPassword', 'REQUIRED')];
  const problems = passwordProblems(newPassword, username);
  if (!problems.length && newPassword === currentPassword)
    problems.push(fieldProblem('newPassword', 'PASSWORD_UNCHANGED'));
  return problems;
}
