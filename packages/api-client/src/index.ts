export { createApiClient, createErrorLink, webSocketUrl, type ApiClientOptions } from './client';
export {
  API_CLIENT,
  provideApiClient,
  useApiClient,
  useCursorList,
  useMutation,
  useQuery,
  useSubscription,
  type CursorList,
  type CursorPage,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
  type UseSubscriptionOptions,
} from './composables';
export { cursorPagination, PAGINATED_FIELDS, typePolicies } from './pagination';
export { ChangePasswordDocument } from './change-password';
export { LoginDocument, LogoutDocument, MeDocument } from './documents';
export {
  ApiRequestError,
  ERROR_CODES,
  fromGraphQLError,
  isAuthError,
  problemText,
  toApiError,
  type ApiError,
  type ApiProblem,
  type ErrorCode,
} from './errors';
export { gqlFetch } from './gql-fetch';
export type { MeQuery, LoginMutation, Role } from './gql/graphql';
export type { ApolloClient } from '@apollo/client';
export { uploadDocument, type UploadedDocument } from './documents-http';
