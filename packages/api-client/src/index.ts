export { createApiClient, createErrorLink, webSocketUrl, type ApiClientOptions } from './client';
export {
  API_CLIENT,
  provideApiClient,
  useApiClient,
  useMutation,
  useQuery,
  useSubscription,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
  type UseSubscriptionOptions,
} from './composables';
export { LoginDocument, LogoutDocument, MeDocument } from './documents';
export {
  ApiRequestError,
  ERROR_CODES,
  fromGraphQLError,
  isAuthError,
  toApiError,
  type ApiError,
  type ErrorCode,
} from './errors';
export { gqlFetch } from './gql-fetch';
export type { MeQuery, LoginMutation, Role } from './gql/graphql';
export type { ApolloClient } from '@apollo/client';
