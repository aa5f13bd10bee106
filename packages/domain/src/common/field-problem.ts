/**
 * What can be wrong with one input field. Clients translate `problems.<CODE>`; the English
 * wording below is the server's fallback message, with `{param}` filled from the params.
 */
export const PROBLEM_MESSAGES = {
  // Generic checks of a value.
  REQUIRED: 'This field is required',
  TOO_LONG: 'At most {max} characters',
  TOO_SHORT: 'At least {min} characters',
  TOO_MANY: 'At most {max} entries',
  TOO_FEW: 'At least {min} entries',
  TOO_SMALL: 'At least {min}',
  TOO_LARGE: 'At most {max}',
  OUT_OF_RANGE: 'A whole number from {min} to {max}',
  NOT_INTEGER: 'Not a whole number',
  NOT_NUMBER: 'Not a number',
  NOT_UUID: 'Not a valid id',
  NOT_ALLOWED: 'Not one of the allowed values',
  DUPLICATE: 'Listed twice',
  INVALID_FORMAT: 'Not in the expected format',
  INVALID: 'Not a valid value',
  DATE_INVALID: 'Not a valid date',
  PHONE_INVALID: 'Not a valid phone number',
  ENDS_BEFORE_START: 'The end comes before the start',
  NOT_FOUND: 'No such record',
  CURSOR_INVALID: 'Not a valid cursor',
  // Identity and registration.
  CREDIT_CODE_INVALID:
    'Not a valid unified social credit code: 18 characters with its check character (GB 32100-2015)',
  CREDIT_CODE_TAKEN: 'A customer unit with this credit code is already registered',
  ID_NUMBER_INVALID: 'Not a valid resident ID number (18 characters with a check character)',
  ID_NUMBER_TAKEN: 'A guard with this ID number is already on file',
  DIVISION_UNKNOWN: 'Not a known administrative division code (GB/T 2260)',
  KEY_UNIT_AUTHORITY_REQUIRED:
    'Name the government (prefecture-level city or above) that determined the key unit',
  CERTIFICATE_NO_REQUIRED: 'A valid certificate needs its number',
  NOT_DUTY_SUPERVISOR: 'The supervisor must be a duty supervisor of the company',
  PAIRING_CODE_INVALID: 'This pairing code is wrong or has expired',
  // Accounts and passwords.
  USERNAME_INVALID: 'Lower-case letters, digits and . _ - only, starting with a letter',
  USERNAME_TAKEN: 'This username is taken',
  GUARD_ONLY_FOR_GUARDS: 'Only a guard account is linked to a guard record',
  GUARD_HAS_ACCOUNT: 'This guard has an account already',
  CANNOT_DISABLE_SELF: 'You cannot disable your own account',
  PASSWORD_HAS_USERNAME: 'The password must not contain the username',
  PASSWORD_TOO_COMMON: 'This password is too common: choose one that is hard to guess',
  PASSWORD_UNCHANGED: 'The new password must differ from the current one',
  PASSWORD_WRONG: 'The current password is wrong',
  // Requests and contracts.
  FLAGGED_NEEDS_NOTE:
    'Accepting a flagged request needs a note explaining why the matches are not a problem',
  ILLEGAL_ONLY_WHEN_REFUSED: 'Only a refused request can be reported as illegal',
  TERMINATED_BEFORE_ACTIVATION: 'A contract cannot be terminated before the day it was activated',
  TERMINATED_BEFORE_START: 'A contract cannot be terminated before it starts',
  DATE_IN_FUTURE: 'This date cannot lie in the future',
  CONTRACT_TERMINATED: 'The contract has been terminated',
  CONTRACT_NOT_ACTIVE: 'The post is worked only once its contract is active',
  CONTRACT_OTHER_UNIT: "The contract is with another customer unit than the post's",
  POST_OTHER_UNIT: 'The post is not at this customer unit',
  // Posts, shifts, handovers, inquiries.
  NOT_EMPLOYED: 'The guard is not in active employment',
  SHIFT_STARTED: 'A shift that has started, or whose orders were acknowledged, stays on the roster',
  NOT_ON_DUTY: 'You have no shift at this post now',
  NO_SUCCESSOR: 'Nobody is on the roster after you: name the guard taking over',
  SAME_GUARD: 'A guard cannot hand a post over to themself',
  APPROVAL_REQUIRED:
    'An incident is still being handled: the duty supervisor must approve before the successor signs',
  NOT_SIGNED: 'The outgoing guard is released only after the successor has signed',
  WRONG_STATE: 'The record has moved on to another step',
  NOT_AN_ANSWER:
    '"I don\'t know" is not an answer: find out and answer, or escalate to the direct leader',
  ANSWER_OR_ESCALATE: 'An inquiry is either answered or escalated, not both',
  // Filings, reports, feedback.
  NOT_CROSS_REGION: 'Only a contract outside the home province-level region is filed',
  NOT_UNDER_REVIEW: 'The filing is not under review',
  NOT_IN_SUBMISSION: 'No such item in this submission',
  ALREADY_ACKNOWLEDGED: 'The report has been acknowledged already',
  // Notifications.
  WEBHOOK_URL_INVALID: 'Not a robot webhook address; it looks like {example}',
  EMAIL_INVALID: 'Not a valid email address',
  SMTP_HOST_REQUIRED: 'Email needs the SMTP server that sends it',
  TOO_SOON: 'One rating per device every {minIntervalSeconds} seconds',
  TAG_NOT_FOR_RATING:
    'This tag does not fit the rating: praise is for 4–5, what went wrong for 1–3',
  HOURLY_CAP: 'At most {maxPerHour} ratings per device in an hour',
  // Papers: documents and filing receipts.
  FILE_TYPE_NOT_ALLOWED: 'Only {allowed} files are accepted (judged by their content)',
  FILE_TOO_LARGE: 'A file may be at most {maxMb} MB',
  FILE_EMPTY: 'The file is empty',
  FILING_NOT_SUBMITTED: 'A receipt is issued only for a filing that has been submitted',
} as const;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

/** Every problem code, for clients that check they translate each one. */
export const PROBLEM_CODES = Object.keys(PROBLEM_MESSAGES) as ProblemCode[];

export type ProblemParams = Record<string, string | number | boolean | null>;

/**
 * One thing wrong with one input field, as `extensions.problems` carries it: the field's path
 * as the client sends it (`contactPhone`, `items.0.name`), a stable code, an English message,
 * and what a translation needs (`{ max: 200 }`).
 */
export interface FieldProblem<C extends string = ProblemCode> {
  field: string;
  code: C;
  message: string;
  params?: ProblemParams;
}

/** `{max}` in a message, filled from the params (unknown names stay as they are). */
export function fillMessage(message: string, params: ProblemParams = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** A problem of a field, with the code's English message unless a more precise one is given. */
export function fieldProblem(
  field: string,
  code: ProblemCode,
  params?: ProblemParams,
  message?: string,
): FieldProblem {
  return {
    field,
    code,
    message: message ?? fillMessage(PROBLEM_MESSAGES[code], params),
    ...(params && Object.keys(params).length ? { params } : {}),
  };
}
