/**
 * Codes the server puts in `extensions.code` (the domain's rule codes and the server's own),
 * plus two the client makes itself: NETWORK_ERROR (no answer) and UNKNOWN (an answer we
 * cannot read).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'PASSWORD_CHANGE_REQUIRED',
  'SERVICE_UNAVAILABLE',
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

/**
 * What is wrong with one input field, as the server sends it in `extensions.problems`: the
 * field's path (`contactPhone`, `items.0.name`), a stable code clients translate as
 * `problems.<CODE>`, an English message to fall back on, and the translation's values.
 */
export interface ApiProblem {
  field: string;
  code: string;
  message: string;
  params: Record<string, unknown>;
}

/** One error as the UI needs it: a stable code, the values its translation needs, field problems. */
export interface ApiError {
  code: string;
  /** The server's own (English) message; shown only when a code has no translation. */
  message: string;
  /** `extensions` minus `code` and `problems`, e.g. `retryAfterSeconds`. */
  params: Record<string, unknown>;
  /** What is wrong with which field: always read on BAD_USER_INPUT, also on some rule errors. */
  problems: ApiProblem[];
}

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Thrown by gqlFetch and by the Apollo error link for failures that are not GraphQL errors. */
export class ApiRequestError extends Error implements ApiError {
  readonly code: string;
  readonly params: Record<string, unknown>;
  readonly problems: ApiProblem[];
  /** The GraphQL errors of the response, if any. */
  readonly errors: readonly FormattedError[];

  constructor(error: ApiError, errors: readonly FormattedError[] = [], options?: ErrorOptions) {
    super(error.message, options);
    this.name = 'ApiRequestError';
    this.code = error.code;
    this.params = error.params;
    this.problems = error.problems;
    this.errors = errors;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The well-formed entries of `extensions.problems`; anything else is dropped. */
function readProblems(value: unknown): ApiProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p: unknown) =>
    isRecord(p) && typeof p.field === 'string' && typeof p.code === 'string'
      ? [
          {
            field: p.field,
            code: p.code,
            message: typeof p.message === 'string' ? p.message : p.code,
            params: isRecord(p.params) ? p.params : {},
          },
        ]
      : [],
  );
}

/** Shapes one GraphQL error from a response. */
export function fromGraphQLError(error: FormattedError): ApiError {
  const { code, problems, ...params } = error.extensions ?? {};
  return {
    code: typeof code === 'string' ? code : 'UNKNOWN',
    message: error.message,
    params,
    problems: readProblems(problems),
  };
}

/** Already shaped (what the error link hands to `translateError`). */
function isApiError(value: unknown): value is ApiError {
  if (!isRecord(value) || value instanceof Error) return false;
  return (
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    isRecord(value.params) &&
    Array.isArray(value.problems)
  );
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
    const { code, message, params, problems } = error;
    return { code, message, params, problems };
  }
  if (isApiError(error)) return error;
  if (hasErrors(error)) return fromGraphQLError(error.errors[0]!);
  if (error instanceof TypeError) {
    // fetch rejects with a TypeError when the network is down or the server unreachable.
    return { code: 'NETWORK_ERROR', message: error.message, params: {}, problems: [] };
  }
  const message = error instanceof Error ? error.message : String(error);
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number') {
    return {
      code: statusCode >= 500 ? 'NETWORK_ERROR' : 'UNKNOWN',
      message,
      params: { statusCode },
      problems: [],
    };
  }
  return { code: 'UNKNOWN', message, params: {}, problems: [] };
}

/** Whether an error means "sign in (or pair) first". */
export function isAuthError(error: unknown): boolean {
  const { code } = toApiError(error);
  return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
}

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

/** A field problem in the user's language (`problems.<CODE>` with its params), else the server's words. */
export function problemText(
  problem: Pick<ApiProblem, 'code' | 'message' | 'params'>,
  t: Translate,
  te: Exists,
): string {
  const key = `problems.${problem.code}`;
  return te(key) ? t(key, problem.params) : problem.message;
}
