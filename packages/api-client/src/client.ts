import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { Observable, throwError } from 'rxjs';
import { ApiRequestError, fromGraphQLError, toApiError, type ApiError } from './errors';
import { typePolicies } from './pagination';

export interface ApiClientOptions {
  /** A request answered UNAUTHENTICATED: the session is gone, send the user to sign in. */
  onUnauthenticated: (operationName: string | undefined) => void;
  /** A request answered PASSWORD_CHANGE_REQUIRED: the user signed in with a one-time password. */
  onPasswordChangeRequired?: () => void;
  /** Turns an error into a message in the user's language (see @cqss/ui formatError). */
  translateError: (error: ApiError) => string;
  /** HTTP endpoint; default `/graphql` on this origin. */
  uri?: string;
  /** Replaces the HTTP + WebSocket transport (tests pass a mock link). */
  transport?: ApolloLink;
}

/** `ws(s)://<this host>/graphql`, so the dev proxy and the server both work. */
export function webSocketUrl(
  path = '/graphql',
  loc: Pick<Location, 'protocol' | 'host'> = location,
) {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}${path}`;
}

/**
 * The one error link: UNAUTHENTICATED calls `onUnauthenticated`, PASSWORD_CHANGE_REQUIRED
 * `onPasswordChangeRequired`; every other GraphQL error
 * keeps its `extensions` (code and parameters, for forms) but gets a translated message;
 * a transport failure becomes an ApiRequestError (NETWORK_ERROR …) with a translated message.
 */
export function createErrorLink({
  onUnauthenticated,
  onPasswordChangeRequired,
  translateError,
}: Pick<
  ApiClientOptions,
  'onUnauthenticated' | 'onPasswordChangeRequired' | 'translateError'
>): ApolloLink {
  return new ErrorLink(({ error, result, operation }) => {
    if (CombinedGraphQLErrors.is(error)) {
      if (error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
        onUnauthenticated(operation.operationName);
        return;
      }
      if (error.errors.some((e) => e.extensions?.code === 'PASSWORD_CHANGE_REQUIRED'))
        onPasswordChangeRequired?.();
      if (!result) return;
      const errors = error.errors.map((e) => ({
        ...e,
        message: translateError(fromGraphQLError(e)),
        extensions: { ...e.extensions, serverMessage: e.message },
      }));
      return new Observable<ApolloLink.Result>((observer) => {
        observer.next({ ...result, errors });
        observer.complete();
      });
    }
    const apiError = toApiError(error);
    return throwError(
      () =>
        new ApiRequestError({ ...apiError, message: translateError(apiError) }, [], {
          cause: error,
        }),
    );
  });
}

/** The Apollo Client every console app uses: one cache, HTTP for queries and mutations, WebSocket for subscriptions. */
export function createApiClient(options: ApiClientOptions): ApolloClient {
  const uri = options.uri ?? '/graphql';
  const transport =
    options.transport ??
    ApolloLink.split(
      (op) => op.operationType === OperationTypeNode.SUBSCRIPTION,
      new GraphQLWsLink(
        // Lazy: the socket opens with the first subscription and closes after the last.
        createClient({ url: webSocketUrl(uri), lazy: true, retryAttempts: 5 }),
      ),
      new HttpLink({ uri, credentials: 'same-origin' }),
    );
  return new ApolloClient({
    link: ApolloLink.from([createErrorLink(options), transport]),
    cache: new InMemoryCache({ typePolicies }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
