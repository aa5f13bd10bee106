import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemList } from './problems';
import { codes, startTestServer, type GqlClient, type TestServer } from './test-server';

// Reads run compiled by graphql-jit from the second time their document is sent
// (src/schema/compiled-executor.ts); these pin the answers where graphql-jit 0.8 on its own
// answers otherwise than graphql-js. Each is asked twice: once executed by graphql-js, once
// compiled, and the two answers must be the same.

let t: TestServer;
let admin: GqlClient;
beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login('cq.admin');
});
afterAll(async () => {
  await t?.close();
});

const UNITS = /* GraphQL */ `
  query Units($first: Int! = 2, $after: String) {
    customerUnits(first: $first, after: $after) {
      nodes {
        id
        name
        company {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** The answer the second time, when it is compiled, after checking the first is the same. */
async function twice(client: GqlClient, query: string, variables?: Record<string, unknown>) {
  const first = await client.request(query, variables);
  const second = await client.request(query, variables);
  expect(second).toEqual(first);
  return second;
}

describe('a read executed compiled', () => {
  it("fills an omitted variable with the operation's default, as the spec says", async () => {
    const r = await twice(admin, UNITS);
    expect(r.errors).toBeUndefined();
    expect(r.data!.customerUnits.nodes).toHaveLength(2);
    expect(r.data!.customerUnits.nodes[0].company.name).toBe('重庆保安服务有限公司');
  });

  it('pages on from its cursor', async () => {
    const first = await twice(admin, UNITS, { first: 1 });
    const next = await twice(admin, UNITS, {
      first: 1,
      after: first.data!.customerUnits.pageInfo.endCursor,
    });
    expect(next.data!.customerUnits.nodes[0].id).not.toBe(first.data!.customerUnits.nodes[0].id);
  });

  it('refuses a variable of the wrong type as BAD_USER_INPUT, naming it, with no data', async () => {
    const r = await twice(admin, UNITS, { first: 'twenty' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemList(r).map((p) => p.field)).toEqual(['first']);
    expect(r.data).toBeUndefined();
  });

  it("keeps a resolver's error code and path, the rest of the answer null", async () => {
    const r = await twice(
      admin,
      `query { customerUnit(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.path).toEqual(['customerUnit']);
    expect(r.data).toBeNull();
  });

  it("answers a service's refusal with its code and field problem", async () => {
    const r = await twice(
      admin,
      `query Report($from: String, $to: String) { satisfaction(from: $from, to: $to) { from } }`,
      { from: '2026-11-30', to: '2026-11-01' },
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemList(r).map((p) => [p.field, p.code])).toEqual([['to', 'ENDS_BEFORE_START']]);
  });

  it('refuses a field the role may not read, and still answers the rest', async () => {
    const guard = await t.login('cq.guard1');
    const r = await twice(
      guard,
      `query { me { username } customerUnits(first: 1) { nodes { id } } }`,
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.data).toBeNull();
  });
});
