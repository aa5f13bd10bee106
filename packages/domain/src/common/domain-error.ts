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
  NOT_AN_ANSWER: 'NOT_AN_ANSWER',
  DOSSIER_INCOMPLETE: 'DOSSIER_INCOMPLETE',
  FILING_ORGAN_UNKNOWN: 'FILING_ORGAN_UNKNOWN',
} as const;
export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];

/** A broken rule: a stable code, an English message, and the values a translation needs. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly params: Record<string, string | number | boolean | null> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
