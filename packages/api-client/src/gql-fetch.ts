import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ApiRequestError, fromGraphQLError } from './errors';

export { ApiRequestError, toApiError, isAuthError, ERROR_CODES, problemText } from './errors';
export type { ApiError, ApiProblem, ErrorCode } from './errors';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * A typed GraphQL request for clients without Apollo (the kiosk): same-origin cookies, JSON
 * POST (the server's CSRF check requires it). Returns the data or throws an ApiRequestError
 * whose `code` is the first error's `extensions.code`, or NETWORK_ERROR.
 */
export async function gqlFetch<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
  variables?: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(gqlFetch.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch (cause) {
    throw new ApiRequestError(
      {
        code: 'NETWORK_ERROR',
        message: 'The server could not be reached',
        params: {},
        problems: [],
      },
      [],
      { cause },
    );
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch (cause) {
    throw new ApiRequestError(
      {
        code: response.status >= 500 ? 'NETWORK_ERROR' : 'UNKNOWN',
        message: `Unreadable response (HTTP ${response.status})`,
        params: { statusCode: response.status },
        problems: [],
      },
      [],
      { cause },
    );
  }
  if (body.errors?.length)
    throw new ApiRequestError(fromGraphQLError(body.errors[0]!), body.errors);
  if (body.data == null) {
    throw new ApiRequestError({
      code: 'UNKNOWN',
      message: `No data (HTTP ${response.status})`,
      params: { statusCode: response.status },
      problems: [],
    });
  }
  return body.data;
}

/** Where requests go; the apps are served by the API server, so a relative path. */
gqlFetch.endpoint = '/graphql';
