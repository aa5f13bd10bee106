import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RETRY_AFTER_SECONDS } from '../database/unavailable';

/** Codes that leave the server in `extensions.code`, besides the domain rule codes. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  RATE_LIMITED: 'RATE_LIMITED',
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
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

/** The caller signed in with a one-time password: they change it before doing anything else. */
export class PasswordChangeRequiredError extends GraphQLError {
  constructor() {
    super('Change your one-time password first', {
      extensions: { code: ErrorCode.PASSWORD_CHANGE_REQUIRED },
    });
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

export class RateLimitedError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} s`, {
      extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
    });
  }
}

/** The database cannot be reached: HTTP 503 with Retry-After; clients wait and try again. */
export class ServiceUnavailableError extends GraphQLError {
  constructor() {
    super('The service is unavailable for a moment; try again shortly', {
      extensions: {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        http: {
          status: 503,
          headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]),
        },
      },
    });
  }
}
