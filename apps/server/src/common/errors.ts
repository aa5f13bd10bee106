import { GraphQLError } from 'graphql';

/** Codes that leave the server in `extensions.code`, besides the domain rule codes. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in first') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class InvalidCredentialsError extends GraphQLError {
  constructor() {
    super('Wrong username or password', { extensions: { code: ErrorCode.INVALID_CREDENTIALS } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You may not do this') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id?: string) {
    super(`${what} not found`, { extensions: { code: ErrorCode.NOT_FOUND, what, id } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.CONFLICT } });
  }
}

/**
 * `fields` maps an input field to its messages, so forms can show them beside the field;
 * `problems` optionally maps a field to a stable code (e.g. CREDIT_CODE_TAKEN) clients translate.
 */
export class BadUserInputError extends GraphQLError {
  constructor(
    message: string,
    fields: Record<string, string[]> = {},
    problems?: Record<string, string>,
  ) {
    super(message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields, ...(problems ? { problems } : {}) },
    });
  }
}

export class RateLimitedError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} s`, {
      extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
    });
  }
}
