import { Role } from '../common/enums';
import { fieldProblem, type FieldProblem } from '../common/field-problem';

/** The roles whose accounts a company admin opens; officers' accounts are the operator's. */
export const COMPANY_ACCOUNT_ROLES: readonly Role[] = [
  Role.COMPANY_ADMIN,
  Role.DUTY_SUPERVISOR,
  Role.GUARD,
];

/** Length limits of an account's names, in characters. */
export const ACCOUNT_LIMITS = { usernameMin: 3, usernameMax: 32, displayName: 50 } as const;

// Lower-case letters, digits and . _ -, starting with a letter: safe to type, read and spell out.
const USERNAME = /^[a-z][a-z0-9._-]*$/;

/** A username as stored: trimmed and lower-case (sign-in is case-insensitive). */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export interface NewAccountFields {
  role: Role;
  username: string;
  displayName: string;
  /** The guard record a GUARD account belongs to; none for other roles. */
  guardId?: string | null;
}

/**
 * The problems of a company account about to be opened (empty when it may be): a role a
 * company has, a username of 3–32 letters, digits and . _ - starting with a letter, a display
 * name, and a guard record exactly when the role is GUARD.
 */
export function newAccountProblems(input: NewAccountFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!COMPANY_ACCOUNT_ROLES.includes(input.role))
    problems.push(fieldProblem('role', 'NOT_ALLOWED'));
  problems.push(...usernameProblems(input.username));
  const displayName = input.displayName.trim();
  if (!displayName) problems.push(fieldProblem('displayName', 'REQUIRED'));
  else if ([...displayName].length > ACCOUNT_LIMITS.displayName)
    problems.push(fieldProblem('displayName', 'TOO_LONG', { max: ACCOUNT_LIMITS.displayName }));
  if (input.role === Role.GUARD && !input.guardId)
    problems.push(fieldProblem('guardId', 'REQUIRED'));
  if (input.role !== Role.GUARD && input.guardId)
    problems.push(fieldProblem('guardId', 'GUARD_ONLY_FOR_GUARDS'));
  return problems;
}

/** The problems of a username (at most one). */
export function usernameProblems(username: string, field = 'username'): FieldProblem[] {
  const name = normalizeUsername(username);
  if (!name) return [fieldProblem(field, 'REQUIRED')];
  if (name.length < ACCOUNT_LIMITS.usernameMin)
    return [fieldProblem(field, 'TOO_SHORT', { min: ACCOUNT_LIMITS.usernameMin })];
  if (name.length > ACCOUNT_LIMITS.usernameMax)
    return [fieldProblem(field, 'TOO_LONG', { max: ACCOUNT_LIMITS.usernameMax })];
  if (!USERNAME.test(name)) return [fieldProblem(field, 'USERNAME_INVALID')];
  return [];
}

/** Whether an admin may disable this account: never their own (no one locks themself out). */
export function disableProblems(actorUserId: string, targetUserId: string): FieldProblem[] {
  return actorUserId === targetUserId ? [fieldProblem('id', 'CANNOT_DISABLE_SELF')] : [];
}
