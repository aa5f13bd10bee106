import {
  fieldProblem,
  type FieldProblem,
  type ProblemCode,
  type ProblemParams,
} from './field-problem';

/** Stable codes for broken rules; clients translate them, the server maps them to GraphQL errors. */
export const DomainErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  FOREIGN_INVESTED_KEY_UNIT: 'FOREIGN_INVESTED_KEY_UNIT',
  RETENTION_LOCKED: 'RETENTION_LOCKED',
  FILING_REQUIRED: 'FILING_REQUIRED',
  CERTIFICATE_INVALID: 'CERTIFICATE_INVALID',
  SHIFT_OVERLAP: 'SHIFT_OVERLAP',
  REQUEST_REFUSED: 'REQUEST_REFUSED',
  REVIEW_INCOMPLETE: 'REVIEW_INCOMPLETE',
  RATE_LIMITED: 'RATE_LIMITED',
  AMEND_WINDOW_CLOSED: 'AMEND_WINDOW_CLOSED',
  FEEDBACK_OTHER_DEVICE: 'FEEDBACK_OTHER_DEVICE',
  NOT_AN_ANSWER: 'NOT_AN_ANSWER',
  DOSSIER_INCOMPLETE: 'DOSSIER_INCOMPLETE',
  FILING_ORGAN_UNKNOWN: 'FILING_ORGAN_UNKNOWN',
} as const;
export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];

/**
 * A broken rule: a stable code, an English message, the values the code's translation needs,
 * and the input fields at fault with what is wrong with each (`problems`).
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly params: ProblemParams = {},
    readonly problems: readonly FieldProblem<string>[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** BAD_USER_INPUT naming what is wrong with each field; the message is the first problem's. */
export function invalidInput(
  problems: FieldProblem<string> | readonly FieldProblem<string>[],
): DomainError {
  const list = Array.isArray(problems) ? problems : [problems as FieldProblem<string>];
  const message = list.length === 1 ? list[0]!.message : 'Some fields are not valid';
  return new DomainError(DomainErrorCode.BAD_USER_INPUT, message, {}, list);
}

/** Refuses an input that has problems (BAD_USER_INPUT); does nothing when there are none. */
export function assertNoProblems(problems: readonly FieldProblem<string>[]): void {
  if (problems.length) throw invalidInput(problems);
}

/** BAD_USER_INPUT for one field: its problem code, params and (optionally) a precise message. */
export function fieldError(
  field: string,
  code: ProblemCode,
  params?: ProblemParams,
  message?: string,
): DomainError {
  return invalidInput(fieldProblem(field, code, params, message));
}
