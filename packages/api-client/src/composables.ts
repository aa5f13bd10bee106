import type {
  ApolloClient,
  DocumentNode,
  ErrorLike,
  OperationVariables,
  TypedDocumentNode,
  WatchQueryFetchPolicy,
} from '@apollo/client';
import {
  computed,
  getCurrentScope,
  inject,
  onScopeDispose,
  shallowRef,
  toValue,
  watch,
  type App,
  type ComputedRef,
  type InjectionKey,
  type MaybeRefOrGetter,
  type ShallowRef,
} from 'vue';

export const API_CLIENT: InjectionKey<ApolloClient> = Symbol('cqss-api-client');

/** Makes the client available to `useQuery`/`useMutation` in every component of the app. */
export function provideApiClient(app: App, client: ApolloClient): void {
  app.provide(API_CLIENT, client);
}

/** The app's client; pass one explicitly outside components (tests, router guards). */
export function useApiClient(client?: ApolloClient): ApolloClient {
  const found = client ?? inject(API_CLIENT, null);
  if (!found) throw new Error('No API client: call provideApiClient(app, client) first');
  return found;
}

type Document<TData, TVariables> = TypedDocumentNode<TData, TVariables> | DocumentNode;

export interface UseQueryOptions {
  /** While false the query neither runs nor watches; it starts when it turns true. */
  enabled?: MaybeRefOrGetter<boolean>;
  fetchPolicy?: WatchQueryFetchPolicy;
  client?: ApolloClient;
}

export interface UseQueryResult<TData, TVariables> {
  data: ShallowRef<TData | undefined>;
  loading: ShallowRef<boolean>;
  error: ShallowRef<ErrorLike | undefined>;
  /** Runs the query again from the network; resolves when it has answered. */
  refetch: (variables?: Partial<TVariables>) => Promise<void>;
  /**
   * Fetches with these variables on top of the current ones and lets the cache's field policy
   * merge the answer (the next page of a list); rejects with the error.
   */
  fetchMore: (variables: Partial<TVariables>) => Promise<void>;
}

/**
 * Watches a query: `data`, `loading` and `error` follow the cache and the network; reactive
 * `variables` re-run it; the watch ends with the component (or effect scope) that made it.
 */
export function useQuery<TData, TVariables extends OperationVariables = OperationVariables>(
  query: Document<TData, TVariables>,
  variables?: MaybeRefOrGetter<TVariables | undefined>,
  options: UseQueryOptions = {},
): UseQueryResult<TData, TVariables> {
  const client = useApiClient(options.client);
  const data = shallowRef<TData | undefined>();
  const loading = shallowRef(false);
  const error = shallowRef<ErrorLike | undefined>();

  let observable: ReturnType<typeof client.watchQuery<TData, TVariables>> | null = null;
  let subscription: { unsubscribe(): void } | null = null;

  const stop = () => {
    subscription?.unsubscribe();
    subscription = null;
    observable = null;
  };

  const start = (vars: TVariables | undefined) => {
    stop();
    loading.value = true;
    error.value = undefined;
    const watched = client.watchQuery<TData, TVariables>({
      query,
      variables: vars,
      fetchPolicy: options.fetchPolicy,
      notifyOnNetworkStatusChange: true,
    } as Parameters<typeof client.watchQuery<TData, TVariables>>[0]);
    observable = watched;
    subscription = watched.subscribe({
      next: (result) => {
        if (result.data !== undefined) data.value = result.data as TData;
        loading.value = result.loading;
        error.value = result.error;
      },
      error: (err: unknown) => {
        loading.value = false;
        error.value = err as ErrorLike;
      },
    });
  };

  watch(
    () => [toValue(options.enabled) ?? true, toValue(variables)] as const,
    ([enabled, vars]) => (enabled ? start(vars) : stop()),
    { immediate: true, deep: true },
  );
  if (getCurrentScope()) onScopeDispose(stop);

  const refetch = async (vars?: Partial<TVariables>) => {
    if (!observable) return;
    try {
      await observable.refetch(vars as TVariables);
    } catch {
      // The subscription has already put the error into `error`.
    }
  };

  const fetchMore = async (vars: Partial<TVariables>) => {
    if (!observable) return;
    const watched = observable;
    await watched.fetchMore({ variables: vars } as Parameters<typeof watched.fetchMore>[0]);
    // The merged list is in the cache now; show it without waiting for the watch to tick.
    const merged = client.readQuery<TData, TVariables>({
      query,
      variables: watched.variables,
    } as Parameters<typeof client.readQuery<TData, TVariables>>[0]);
    if (observable === watched && merged) data.value = merged as TData;
  };

  return { data, loading, error, refetch, fetchMore };
}

/** A cursor-paginated list as the server returns it. */
export interface CursorPage<TNode> {
  nodes: readonly TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface CursorList<TNode> {
  /** Every row loaded so far, first page first, from the cache (fresh after mutations). */
  nodes: ComputedRef<readonly TNode[]>;
  loading: ShallowRef<boolean>;
  error: ShallowRef<ErrorLike | undefined>;
  /** There is a next page. */
  hasMore: ComputedRef<boolean>;
  loadingMore: ShallowRef<boolean>;
  moreError: ShallowRef<unknown>;
  /** Appends the next page; resolves when it is in (errors go to `moreError`). */
  loadMore: () => Promise<void>;
  /** Starts again from the first page (after a row was added elsewhere, for instance). */
  refetch: () => Promise<void>;
}

/**
 * A cursor-paginated list on the Apollo cache: the first page watched, "load more" fetching the
 * next one into the same cached list (see `cursorPagination`); new filters start from the top.
 */
export function useCursorList<
  TData,
  TVariables extends { first?: number | null; after?: string | null },
  TNode,
>(
  document: Document<TData, TVariables>,
  filters: MaybeRefOrGetter<Omit<TVariables, 'first' | 'after'>>,
  select: (data: TData) => CursorPage<TNode>,
  pageSize = 20,
  options: Pick<UseQueryOptions, 'enabled' | 'client'> = {},
): CursorList<TNode> {
  const variables = computed(() => ({ ...toValue(filters), first: pageSize }) as TVariables);
  const query = useQuery(document, variables, {
    ...options,
    fetchPolicy: 'cache-and-network',
  });
  const page = computed(() => (query.data.value ? select(query.data.value) : null));
  const loadingMore = shallowRef(false);
  const moreError = shallowRef<unknown>(null);
  watch(variables, () => (moreError.value = null), { deep: true });

  async function loadMore() {
    const after = page.value?.pageInfo.endCursor;
    if (!page.value?.pageInfo.hasNextPage || !after || loadingMore.value) return;
    loadingMore.value = true;
    moreError.value = null;
    try {
      await query.fetchMore({ after } as Partial<TVariables>);
    } catch (error) {
      moreError.value = error;
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    nodes: computed(() => page.value?.nodes ?? []),
    loading: query.loading,
    error: query.error,
    hasMore: computed(() => page.value?.pageInfo.hasNextPage ?? false),
    loadingMore,
    moreError,
    loadMore,
    refetch: () => query.refetch(),
  };
}

export interface UseMutationResult<TData, TVariables> {
  /** Sends the mutation; resolves with its data or rejects with the (translated) error. */
  mutate: (variables: TVariables) => Promise<TData>;
  loading: ShallowRef<boolean>;
  error: ShallowRef<ErrorLike | undefined>;
}

export function useMutation<TData, TVariables extends OperationVariables = OperationVariables>(
  mutation: Document<TData, TVariables>,
  options: { client?: ApolloClient } = {},
): UseMutationResult<TData, TVariables> {
  const client = useApiClient(options.client);
  const loading = shallowRef(false);
  const error = shallowRef<ErrorLike | undefined>();

  const mutate = async (variables: TVariables): Promise<TData> => {
    loading.value = true;
    error.value = undefined;
    try {
      const result = await client.mutate<TData, TVariables>({
        mutation,
        variables,
      } as Parameters<typeof client.mutate<TData, TVariables>>[0]);
      if (result.error) throw result.error;
      return result.data as TData;
    } catch (err) {
      error.value = err as ErrorLike;
      throw err;
    } finally {
      loading.value = false;
    }
  };

  return { mutate, loading, error };
}

export interface UseSubscriptionOptions {
  /** While false there is no subscription; it starts when it turns true. */
  enabled?: MaybeRefOrGetter<boolean>;
  client?: ApolloClient;
}

/**
 * Calls `onData` with each event of a subscription while the component (or effect scope) lives.
 * A dropped socket is retried by the client; a page should keep its query for what it missed.
 */
export function useSubscription<TData, TVariables extends OperationVariables = OperationVariables>(
  subscription: Document<TData, TVariables>,
  onData: (data: TData) => void,
  options: UseSubscriptionOptions = {},
): { error: ShallowRef<ErrorLike | undefined> } {
  const client = useApiClient(options.client);
  const error = shallowRef<ErrorLike | undefined>();
  let active: { unsubscribe(): void } | null = null;
  const stop = () => {
    active?.unsubscribe();
    active = null;
  };
  watch(
    () => toValue(options.enabled) ?? true,
    (enabled) => {
      stop();
      if (!enabled) return;
      active = client
        .subscribe<TData, TVariables>({ query: subscription } as Parameters<
          typeof client.subscribe<TData, TVariables>
        >[0])
        .subscribe({
          next: (result) => {
            if (result.error) error.value = result.error;
            else if (result.data) {
              error.value = undefined;
              onData(result.data as TData);
            }
          },
          error: (err: unknown) => {
            error.value = err as ErrorLike;
          },
        });
    },
    { immediate: true },
  );
  if (getCurrentScope()) onScopeDispose(stop);
  return { error };
}
