import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@cqss/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { isDatabaseUnavailable } from '../database/unavailable';
import { ErrorCode, ServiceUnavailableError } from './errors';
import { validationProblems, variableProblem } from './validation-problems';

/** Codes Apollo itself sets for bad requests; they pass through as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place errors are shaped for clients: our GraphQLErrors and domain errors keep
 * their code, parameters and field problems (`extensions.problems`, always present on
 * BAD_USER_INPUT); anything unexpected becomes INTERNAL_SERVER_ERROR, never shown
 * (the request-log plugin logs it with the request id).
 */
export function createFormatError() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original: unknown = unwrapResolverError(error);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };

    if (original instanceof DomainError) {
      const { code, params, message, problems } = original;
      const withProblems = problems.length > 0 || code === ErrorCode.BAD_USER_INPUT;
      return {
        ...base,
        message,
        extensions: { ...params, code, ...(withProblems ? { problems } : {}) },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const problems = validationProblems(
        original.extensions.validationErrors as ValidationError[],
      );
      return {
        ...base,
        message: problems.length === 1 ? problems[0]!.message : 'Some fields are not valid',
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems },
      };
    }
    const code = formatted.extensions?.code;
    if (
      original instanceof GraphQLError &&
      typeof code === 'string' &&
      code !== ErrorCode.INTERNAL_SERVER_ERROR
    ) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      // Apollo's own BAD_USER_INPUT: a variable GraphQL refused, named from its message. The
      // message quotes the value (a scalar's words too): said again without it, nothing the
      // caller sent is echoed back.
      if (code === ErrorCode.BAD_USER_INPUT && !extensions.problems) {
        const problem = variableProblem(formatted.message);
        extensions.problems = problem ? [problem] : [];
        if (problem)
          return { ...base, message: `${problem.field}: ${problem.message}`, extensions };
      }
      return { ...base, extensions };
    }
    if (isDatabaseUnavailable(original)) {
      const { message, extensions } = new ServiceUnavailableError();
      const { http: _http, ...rest } = extensions;
      return { ...base, message, extensions: rest };
    }
    if (typeof code === 'string' && REQUEST_CODES.has(code)) {
      return { ...base, extensions: { code } };
    }
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
