import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@cqss/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { ErrorCode } from './errors';

/** Codes Apollo itself sets for bad requests; they pass through as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function fieldMessages(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors) {
    const key = prefix + e.property;
    if (e.constraints) out[key] = Object.values(e.constraints);
    if (e.children?.length) Object.assign(out, fieldMessages(e.children, `${key}.`));
  }
  return out;
}

/**
 * The one place errors are shaped for clients: our GraphQLErrors and domain errors keep
 * their code and parameters; anything unexpected becomes INTERNAL_SERVER_ERROR, never shown
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
      const { code, params, message } = original;
      return { ...base, message, extensions: { ...params, code } };
    }
    if (original instanceof ArgumentValidationError) {
      return {
        ...base,
        message: 'Some fields are not valid',
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          fields: fieldMessages(original.extensions.validationErrors as ValidationError[]),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (
      original instanceof GraphQLError &&
      typeof code === 'string' &&
      code !== ErrorCode.INTERNAL_SERVER_ERROR
    ) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...base, extensions };
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
