/**
 * Codes the server puts in `extensions.code` (DESIGN.md), plus two the client makes itself:
 * NETWORK_ERROR (no answer) and UNKNOWN (an answer we cannot read).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'ILLEGAL_TRANSITION',
  'FOREIGN_INVESTED_KEY_UNIT',
  'RETENTION_LOCKED',
  'FILING_REQUIRED',
  'CERTIFICATE_INVALID',
  'SHIFT_OVERLAP',
  'REQUEST_REFUSED',
  'REVIEW_INCOMPLETE',
  'NOT_AN_ANSWER',
  'DOSSIER_INCOMPLETE',
  'FILING_ORGAN_UNKNOWN',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED',
  'NETWORK_ERROR',
  'UNKNOWN',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One error as the UI needs it: a stable code, the values a translation needs, field messages. */
export interface ApiError {
  code: string;
  /** The server's own (English) message; shown only when a code has no translation. */
  message: string;
  /** `extensions` minus `code` and `fields`, e.g. `retryAfterSeconds`. */
  params: Record<string, unknown>;
  /** BAD_USER_INPUT: input field → messages. */
  fields: Record<string, string[]>;
}

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Thrown by gqlFetch and by the Apollo error link for failures that are not GraphQL errors. */
export class ApiRequestError extends Error implements ApiError {
  readonly code: string;
  readonly params: Record<string, unknown>;
  readonly fields: Record<string, string[]>;
  /** The GraphQL errors of the response, if any. */
  readonly errors: readonly FormattedError[];

  constructor(error: ApiError, errors: readonly FormattedError[] = [], options?: ErrorOptions) {
    super(error.message, options);
    this.name = 'ApiRequestError';
    this.code = error.code;
    this.params = error.params;
    this.fields = error.fields;
    this.errors = errors;
  }
}

/** Shapes one GraphQL error from a response. */
export function fromGraphQLError(error: FormattedError): ApiError {
  const { code, fields, ...params } = error.extensions ?? {};
  return {
    code: typeof code === 'string' ? code : 'UNKNOWN',
    message: error.message,
    params,
    fields: isFieldMap(fields) ? fields : {},
  };
}

/** Already shaped (what the error link hands to `translateError`). */
function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null || value instanceof Error) return false;
  const v = value as Partial<ApiError>;
  return (
    typeof v.code === 'string' &&
    typeof v.message === 'string' &&
    isFieldMap(v.params) &&
    isFieldMap(v.fields)
  );
}

function isFieldMap(value: unknown): value is Record<string, string[]> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasErrors(value: unknown): value is { errors: readonly FormattedError[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { errors?: unknown }).errors) &&
    (value as { errors: unknown[] }).errors.length > 0
  );
}

/**
 * Any error from a request — Apollo's CombinedGraphQLErrors, our ApiRequestError, a failed
 * fetch — as one ApiError. The first GraphQL error decides the code.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiRequestError) {
    return { code: error.code, message: error.message, params: error.params, fields: error.fields };
  }
  if (isApiError(error)) return error;
  if (hasErrors(error)) return fromGraphQLError(error.errors[0]!);
  if (error instanceof TypeError) {
    // fetch rejects with a TypeError when the network is down or the server unreachable.
    return { code: 'NETWORK_ERROR', message: error.message, params: {}, fields: {} };
  }
  const message = error instanceof Error ? error.message : String(error);
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number') {
    return {
      code: statusCode >= 500 ? 'NETWORK_ERROR' : 'UNKNOWN',
      message,
      params: { statusCode },
      fields: {},
    };
  }
  return { code: 'UNKNOWN', message, params: {}, fields: {} };
}

/** Whether an error means "sign in (or pair) first". */
export function isAuthError(error: unknown): boolean {
  const { code } = toApiError(error);
  return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
}
