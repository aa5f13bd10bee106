import { useApiClient, useQuery } from '@cqss/api-client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';

interface Page<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A cursor-paginated list: the first page watched (fresh from the network on every visit),
 * further pages appended by "load more"; a change of filters starts again from the top.
 */
export function useCursorList<
  TData,
  TVariables extends { first?: number | null; after?: string | null },
  TNode,
>(
  document: TypedDocumentNode<TData, TVariables>,
  filters: MaybeRefOrGetter<Omit<TVariables, 'first' | 'after'>>,
  select: (data: TData) => Page<TNode>,
  pageSize = 20,
) {
  const client = useApiClient();
  const variables = computed(() => ({ ...toValue(filters), first: pageSize }) as TVariables);
  const query = useQuery(document, variables, { fetchPolicy: 'cache-and-network' });

  const more = shallowRef<TNode[]>([]);
  const cursor = shallowRef<string | null>(null);
  const hasMore = shallowRef(false);
  const loadingMore = shallowRef(false);
  const moreError = shallowRef<unknown>(null);

  watch(
    () => query.data.value,
    (data) => {
      more.value = [];
      moreError.value = null;
      const page = data ? select(data) : null;
      cursor.value = page?.pageInfo.endCursor ?? null;
      hasMore.value = page?.pageInfo.hasNextPage ?? false;
    },
    { immediate: true },
  );

  async function loadMore() {
    if (!hasMore.value || loadingMore.value) return;
    loadingMore.value = true;
    moreError.value = null;
    try {
      const result = await client.query({
        query: document,
        variables: { ...variables.value, after: cursor.value },
        fetchPolicy: 'network-only',
      } as Parameters<typeof client.query<TData, TVariables>>[0]);
      const page = select(result.data as TData);
      more.value = [...more.value, ...page.nodes];
      cursor.value = page.pageInfo.endCursor ?? null;
      hasMore.value = page.pageInfo.hasNextPage;
    } catch (error) {
      moreError.value = error;
    } finally {
      loadingMore.value = false;
    }
  }

  const nodes = computed(() => [
    ...(query.data.value ? select(query.data.value).nodes : []),
    ...more.value,
  ]);

  return {
    nodes,
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    hasMore,
    loadingMore,
    moreError,
    loadMore,
  };
}
