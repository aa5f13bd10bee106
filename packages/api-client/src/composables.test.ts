import { ApolloLink, type TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { createApiClient } from './client';
import { useMutation, useQuery, useSubscription } from './composables';
import { LoginDocument, MeDocument } from './documents';
import { toApiError } from './errors';

const ME = {
  me: {
    __typename: 'User',
    id: 'u1',
    username: 'cq.admin',
    displayName: '王建国',
    role: 'COMPANY_ADMIN',
    company: { __typename: 'Company', id: 'c1', name: '重庆保安服务有限公司' },
    policeOrgan: null,
  },
};

// Codegen skips test files, so this one is typed by hand.
const UsersDocument: TypedDocumentNode<
  { users: { nodes: { id: string; username: string }[] } },
  { first: number }
> = parse(`
  query TestUsers($first: Int!) {
    users(first: $first) {
      nodes {
        id
        username
      }
    }
  }
`);

/** A transport that answers each operation with `respond(operationName, variables)`. */
function mockTransport(respond: (name: string, variables: Record<string, unknown>) => unknown) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const name = operation.operationName ?? '';
        calls.push({ name, variables: operation.variables });
        // Answer on a later tick, as a real transport would.
        setTimeout(() => {
          try {
            observer.next(respond(name, operation.variables) as ApolloLink.Result);
            observer.complete();
          } catch (err) {
            observer.error(err);
          }
        }, 1);
      }),
  );
  return { link, calls };
}

function makeClient(respond: Parameters<typeof mockTransport>[0]) {
  const onUnauthenticated = vi.fn();
  const translateError = vi.fn((e: { code: string }) => `translated ${e.code}`);
  const { link, calls } = mockTransport(respond);
  const client = createApiClient({ onUnauthenticated, translateError, transport: link });
  return { client, calls, onUnauthenticated, translateError };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('useQuery', () => {
  it('is loading, then has the data', async () => {
    const { client } = makeClient(() => ({ data: ME }));
    const scope = effectScope();
    const q = scope.run(() => useQuery(MeDocument, undefined, { client }))!;
    expect(q.loading.value).toBe(true);
    expect(q.data.value).toBeUndefined();
    await settle();
    expect(q.loading.value).toBe(false);
    expect(q.error.value).toBeUndefined();
    expect(q.data.value?.me.displayName).toBe('王建国');
    scope.stop();
  });

  it('puts a GraphQL error into error with its code, and calls onUnauthenticated', async () => {
    const { client, onUnauthenticated } = makeClient(() => ({
      data: null,
      errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }],
    }));
    const scope = effectScope();
    const q = scope.run(() => useQuery(MeDocument, undefined, { client }))!;
    await settle();
    expect(q.loading.value).toBe(false);
    expect(toApiError(q.error.value).code).toBe('UNAUTHENTICATED');
    expect(onUnauthenticated).toHaveBeenCalledWith('Me');
    scope.stop();
  });

  it('translates other errors but keeps their code and parameters', async () => {
    const { client, onUnauthenticated } = makeClient(() => ({
      data: null,
      errors: [
        {
          message: 'Too many attempts',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
        },
      ],
    }));
    const scope = effectScope();
    const q = scope.run(() => useQuery(MeDocument, undefined, { client }))!;
    await settle();
    const error = toApiError(q.error.value);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', params: { retryAfterSeconds: 42 } });
    expect(error.message).toBe('translated RATE_LIMITED');
    expect(onUnauthenticated).not.toHaveBeenCalled();
    scope.stop();
  });

  it('turns a transport failure into NETWORK_ERROR', async () => {
    const { client } = makeClient(() => {
      throw new TypeError('Failed to fetch');
    });
    const scope = effectScope();
    const q = scope.run(() => useQuery(MeDocument, undefined, { client }))!;
    await settle();
    expect(toApiError(q.error.value)).toMatchObject({
      code: 'NETWORK_ERROR',
      message: 'translated NETWORK_ERROR',
    });
    scope.stop();
  });

  it('re-runs when reactive variables change, and waits while disabled', async () => {
    const { client, calls } = makeClient((_name, variables) => ({
      data: {
        users: {
          __typename: 'UserConnection',
          nodes: Array.from({ length: variables.first as number }, (_, i) => ({
            __typename: 'User',
            id: `u${i}`,
            username: `user${i}`,
          })),
        },
      },
    }));
    const first = ref(1);
    const enabled = ref(false);
    const scope = effectScope();
    const q = scope.run(() =>
      useQuery(UsersDocument, () => ({ first: first.value }), { client, enabled }),
    )!;
    await settle();
    expect(calls).toHaveLength(0);
    expect(q.loading.value).toBe(false);

    enabled.value = true;
    await nextTick();
    await settle();
    expect(q.data.value?.users.nodes).toHaveLength(1);

    first.value = 3;
    await nextTick();
    await settle();
    expect(q.data.value?.users.nodes).toHaveLength(3);
    expect(calls.map((c) => c.variables.first)).toEqual([1, 3]);
    scope.stop();
  });

  it('refetches from the network', async () => {
    let n = 0;
    const { client, calls } = makeClient(() => ({
      data: { ...ME, me: { ...ME.me, displayName: `name ${++n}` } },
    }));
    const scope = effectScope();
    const q = scope.run(() => useQuery(MeDocument, undefined, { client }))!;
    await settle();
    expect(q.data.value?.me.displayName).toBe('name 1');
    await q.refetch();
    expect(q.data.value?.me.displayName).toBe('name 2');
    expect(calls).toHaveLength(2);
    scope.stop();
  });

  it('stops watching when its scope is disposed', async () => {
    const { client } = makeClient(() => ({ data: ME }));
    const scope = effectScope();
    const q = scope.run(() => useQuery(MeDocument, undefined, { client }))!;
    await settle();
    scope.stop();
    client.cache.writeQuery({
      query: MeDocument,
      data: { ...ME, me: { ...ME.me, displayName: 'changed' } } as never,
    });
    await settle();
    expect(q.data.value?.me.displayName).toBe('王建国');
    expect(client.getObservableQueries().size).toBe(0);
  });
});

describe('useMutation', () => {
  it('resolves with the data and tracks loading', async () => {
    const { client, calls } = makeClient(() => ({ data: { login: ME.me } }));
    const m = useMutation(LoginDocument, { client });
    const pending = m.mutate({ input: { username: 'cq.admin', password: 'x' } });
    expect(m.loading.value).toBe(true);
    const data = await pending;
    expect(data.login.displayName).toBe('王建国');
    expect(m.loading.value).toBe(false);
    expect(calls[0]).toMatchObject({
      name: 'Login',
      variables: { input: { username: 'cq.admin', password: 'x' } },
    });
  });

  it('rejects with the error and keeps it in error', async () => {
    const { client, onUnauthenticated } = makeClient(() => ({
      data: null,
      errors: [
        { message: 'Wrong username or password', extensions: { code: 'INVALID_CREDENTIALS' } },
      ],
    }));
    const m = useMutation(LoginDocument, { client });
    await expect(m.mutate({ input: { username: 'a', password: 'b' } })).rejects.toBeTruthy();
    expect(toApiError(m.error.value).code).toBe('INVALID_CREDENTIALS');
    expect(m.loading.value).toBe(false);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('keeps the field problems of BAD_USER_INPUT', async () => {
    const tooShort = {
      field: 'username',
      code: 'TOO_SHORT',
      message: 'At least 3 characters',
      params: { min: 3 },
    };
    const { client } = makeClient(() => ({
      data: null,
      errors: [
        {
          message: 'Some fields are not valid',
          extensions: {
            code: 'BAD_USER_INPUT',
            problems: [tooShort],
          },
        },
      ],
    }));
    const m = useMutation(LoginDocument, { client });
    const error = await m.mutate({ input: { username: 'a', password: 'b' } }).catch((e) => e);
    expect(toApiError(error)).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [tooShort],
    });
  });
});

const TickDocument: TypedDocumentNode<{ tick: number }, Record<string, never>> = parse(`
  subscription TestTick {
    tick
  }
`);

describe('useSubscription', () => {
  /** A transport that pushes `events` one by one and records when the subscription is dropped. */
  function streaming(events: unknown[]) {
    const state = { subscribed: 0, unsubscribed: 0 };
    const link = new ApolloLink(
      () =>
        new Observable((observer) => {
          state.subscribed += 1;
          const timers = events.map((e, i) =>
            setTimeout(() => observer.next(e as ApolloLink.Result), 2 * (i + 1)),
          );
          return () => {
            state.unsubscribed += 1;
            timers.forEach(clearTimeout);
          };
        }),
    );
    const client = createApiClient({
      onUnauthenticated: vi.fn(),
      translateError: (e) => e.code,
      transport: link,
    });
    return { client, state };
  }

  it('hands over each event, and stops with its scope', async () => {
    const { client, state } = streaming([{ data: { tick: 1 } }, { data: { tick: 2 } }]);
    const seen: number[] = [];
    const scope = effectScope();
    scope.run(() => useSubscription(TickDocument, (d) => seen.push(d.tick), { client }));
    await settle();
    expect(seen).toEqual([1, 2]);
    scope.stop();
    expect(state).toEqual({ subscribed: 1, unsubscribed: 1 });
  });

  it('starts only while enabled, and keeps an error', async () => {
    const { client, state } = streaming([
      { data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] },
    ]);
    const enabled = ref(false);
    const scope = effectScope();
    const s = scope.run(() => useSubscription(TickDocument, () => {}, { client, enabled }))!;
    await settle();
    expect(state.subscribed).toBe(0);
    enabled.value = true;
    await nextTick();
    await settle();
    expect(state.subscribed).toBe(1);
    expect(toApiError(s.error.value).code).toBe('FORBIDDEN');
    scope.stop();
  });
});
