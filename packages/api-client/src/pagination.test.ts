import { readFileSync } from 'node:fs';
import { ApolloLink, type TypedDocumentNode } from '@apollo/client';
import { buildSchema, isObjectType, parse } from 'graphql';
import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { createApiClient } from './client';
import { useCursorList, useMutation } from './composables';
import { toApiError } from './errors';
import { PAGINATED_FIELDS } from './pagination';

interface Guard {
  __typename: 'Guard';
  id: string;
  name: string;
}
type GuardsData = {
  guards: {
    __typename: 'GuardConnection';
    nodes: Guard[];
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};
type GuardsVars = { first?: number | null; after?: string | null; search?: string | null };

// Codegen skips test files, so these are typed by hand.
const GuardsDocument: TypedDocumentNode<GuardsData, GuardsVars> = parse(`
  query TestGuards($first: Int, $after: String, $search: String) {
    guards(first: $first, after: $after, search: $search) {
      nodes { id name }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const RenameDocument: TypedDocumentNode<{ updateGuard: Guard }, { id: string; name: string }> =
  parse(`
  mutation TestRename($id: ID!, $name: String!) {
    updateGuard(id: $id, name: $name) { id name }
  }
`);

/** A server of `total` guards named by number, newest first, paged by an index cursor. */
function guardServer(total: number, names = new Map<string, string>()) {
  const calls: Record<string, unknown>[] = [];
  const network = { down: false };
  const all = (search?: string | null) =>
    Array.from({ length: total }, (_, i) => `g${i + 1}`).filter(
      (id) => !search || (names.get(id) ?? id).includes(search),
    );
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const v = operation.variables;
        calls.push(v);
        setTimeout(() => {
          if (network.down) return observer.error(new TypeError('Failed to fetch'));
          if (operation.operationName === 'TestRename') {
            names.set(v.id as string, v.name as string);
            observer.next({
              data: { updateGuard: { __typename: 'Guard', id: v.id, name: v.name } },
            });
          } else {
            const ids = all(v.search as string | null);
            const start = v.after ? ids.indexOf(v.after as string) + 1 : 0;
            const slice = ids.slice(start, start + (v.first as number));
            observer.next({
              data: {
                guards: {
                  __typename: 'GuardConnection',
                  nodes: slice.map((id) => ({
                    __typename: 'Guard',
                    id,
                    name: names.get(id) ?? id,
                  })),
                  pageInfo: {
                    __typename: 'PageInfo',
                    hasNextPage: start + slice.length < ids.length,
                    endCursor: slice.at(-1) ?? null,
                  },
                },
              },
            });
          }
          observer.complete();
        }, 1);
      }),
  );
  const client = createApiClient({
    onUnauthenticated: vi.fn(),
    translateError: (e) => e.code,
    transport: link,
  });
  return { client, calls, network };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('useCursorList on the cache', () => {
  it('pages through to the last row, then says there is no more', async () => {
    const { client } = guardServer(5);
    const list = effectScope().run(() =>
      useCursorList(GuardsDocument, {}, (d) => d.guards, 2, { client }),
    )!;
    await settle();
    expect(list.nodes.value.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(list.hasMore.value).toBe(true);
    await list.loadMore();
    await list.loadMore();
    await nextTick();
    expect(list.nodes.value.map((g) => g.id)).toEqual(['g1', 'g2', 'g3', 'g4', 'g5']);
    expect(list.hasMore.value).toBe(false);
    await list.loadMore(); // nothing left: no request
    expect(list.nodes.value).toHaveLength(5);
  });

  it('shows a mutation on a row of page two without fetching the list again', async () => {
    const { client, calls } = guardServer(4);
    const scope = effectScope();
    const { list, rename } = scope.run(() => ({
      list: useCursorList(GuardsDocument, {}, (d) => d.guards, 2, { client }),
      rename: useMutation(RenameDocument, { client }),
    }))!;
    await settle();
    await list.loadMore();
    const before = calls.length;
    await rename.mutate({ id: 'g3', name: '张伟' });
    await nextTick();
    expect(list.nodes.value.map((g) => g.name)).toEqual(['g1', 'g2', '张伟', 'g4']);
    expect(calls.length).toBe(before + 1); // the mutation only
  });

  it('keeps one list per filter, and starts from the top when the filter changes', async () => {
    const { client } = guardServer(6, new Map([['g5', 'x5']]));
    const search = ref<string | null>(null);
    const list = effectScope().run(() =>
      useCursorList(
        GuardsDocument,
        () => ({ search: search.value }),
        (d) => d.guards,
        2,
        {
          client,
        },
      ),
    )!;
    await settle();
    await list.loadMore();
    expect(list.nodes.value).toHaveLength(4);
    search.value = 'x';
    await settle();
    expect(list.nodes.value.map((g) => g.id)).toEqual(['g5']);
    expect(list.hasMore.value).toBe(false);
    search.value = null;
    await settle();
    // Back to the unfiltered list: its first page, fresh from the server.
    expect(list.nodes.value.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(list.hasMore.value).toBe(true);
  });

  it('puts a failed next page into moreError and keeps the rows', async () => {
    const { client, network } = guardServer(3);
    const list = effectScope().run(() =>
      useCursorList(GuardsDocument, {}, (d) => d.guards, 2, { client }),
    )!;
    await settle();
    network.down = true;
    await list.loadMore();
    expect(toApiError(list.moreError.value).code).toBe('NETWORK_ERROR');
    expect(list.nodes.value).toHaveLength(2);
    network.down = false;
    await list.loadMore();
    expect(list.moreError.value).toBeNull();
    expect(list.nodes.value).toHaveLength(3);
  });
});

describe('PAGINATED_FIELDS', () => {
  it('names every list of the schema that takes a cursor', () => {
    const schema = buildSchema(
      readFileSync(new URL('../../../apps/server/schema.graphql', import.meta.url), 'utf8'),
    );
    const query = schema.getQueryType()!;
    const paginated = Object.values(query.getFields())
      .filter((f) => f.args.some((a) => a.name === 'after'))
      .map((f) => f.name)
      .sort();
    expect([...PAGINATED_FIELDS].sort()).toEqual(paginated);
    for (const name of paginated) {
      const type = schema.getType(String(query.getFields()[name]!.type).replace(/!$/, ''));
      expect(isObjectType(type) && Object.keys(type.getFields())).toEqual(['nodes', 'pageInfo']);
    }
  });
});
