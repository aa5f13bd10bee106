import { creditCodeCheckChar } from '@cqss/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type GqlClient, type TestServer } from './test-server';
import { problemsOf } from './problems';

let t: TestServer;
let admin: GqlClient;

beforeAll(async () => {
  // Depth counts the root field as 1 (GraphQL Armor's count): UNITS below is 4 deep.
  t = await startTestServer({ MAX_QUERY_DEPTH: '4', MAX_QUERY_COMPLEXITY: '300' });
  admin = await t.login('cq.admin');
  // More units than one page, so the page-size comparison below is meaningful.
  const company = (await admin.request(`query { me { company { id } } }`)).data!.me.company.id;
  await t.dataSource.query(
    `INSERT INTO customer_unit (company_id, name, credit_code, address, division_code, contact_name, contact_phone)
     SELECT $1, 'Unit ' || i, lpad(i::text, 18, '0'), 'Address', '500103', 'Contact', '023-0000' FROM generate_series(1, 30) i`,
    [company],
  );
});
afterAll(() => t.close());

describe('probes', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${t.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});

describe('SQL statements per request', () => {
  it('does not grow with the page size of a list', async () => {
    const q = (first: number) => () => admin.request(UNITS, { first });
    expect((await admin.request(UNITS, { first: 30 })).data!.customerUnits.nodes).toHaveLength(30);
    const one = await t.countStatements(q(1));
    const thirty = await t.countStatements(q(30));
    // the page with its companies, one statement (the session is cached after the first request)
    expect(one).toBe(1);
    expect(thirty).toBe(one);
  });

  it('pages with cursors, newest first, without repeats', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = (await admin.request(UNITS, { first: 10, after })).data!.customerUnits;
      for (const n of page.nodes) seen.add(n.id);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(seen.size).toBe(33);
    expect(pages).toBe(4);
  });
});

describe('bad requests', () => {
  it('refuses a page size out of range with a field message', async () => {
    const r = await admin.request(UNITS, { first: 0 });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ first: 'TOO_SMALL' });
  });

  it('refuses a forged cursor', async () => {
    const r = await admin.request(UNITS, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual({ after: 'CURSOR_INVALID' });
  });

  it('refuses an id that is not a UUID as bad input naming it, not as a server error', async () => {
    const read = await admin.request(`query { customerUnit(id: "abc") { id } }`);
    expect(codes(read)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(read)).toEqual({ id: 'NOT_UUID' });
    const write = await admin.request(
      `mutation ($input: CustomerUnitInput!) { updateCustomerUnit(id: "nope", input: $input) { id } }`,
      {
        input: {
          name: '某单位',
          creditCode: `91500103MA5U7XXX0${creditCodeCheckChar('91500103MA5U7XXX0')}`,
          address: '重庆市渝中区',
          divisionCode: '500103',
          contactName: '张',
          contactPhone: '023-63001234',
          isKeyUnit: false,
        },
      },
    );
    expect(problemsOf(write)).toEqual({ id: 'NOT_UUID' });
  });

  it('refuses a query deeper than the limit', async () => {
    expect((await admin.request(`query { kioskDevices { nodes { id } } }`)).errors).toBeUndefined();
    const r = await admin.request(
      `query { kioskDevices { nodes { customerUnit { company { id } } } } }`,
    );
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.errors![0]!.message).toMatch(/depth limit of 4 exceeded, found 5/);
  });

  it('refuses an operation that is too expensive', async () => {
    const r = await admin.request(
      `query { customerUnits(first: 100) { nodes { id name address company { id name } } } }`,
    );
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses unknown fields and never leaks a stack trace', async () => {
    const r = await admin.request(`query { nope }`);
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('keeps CSRF prevention on: a simple form-like POST is refused', async () => {
    const res = await t
      .client()
      .post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(400);
  });
});

const UNITS = /* GraphQL */ `
  query Units($first: Int!, $after: String) {
    customerUnits(first: $first, after: $after) {
      nodes {
        id
        company {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('internal errors', () => {
  it('are masked, carry the request id, and the answer has it as a header', async () => {
    // A database failure the resolvers do not expect: audit inserts start failing.
    const sessions = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session`))[0].n;
    const before = await sessions();
    await t.dataSource.query(
      `ALTER TABLE audit_entry ADD CONSTRAINT test_no_inserts CHECK (false) NOT VALID`,
    );
    try {
      const client = t.client();
      const res = await client.post(
        JSON.stringify({
          query: `mutation { login(input: { username: "cq.admin", password: "Cqss@2026" }) { id } }`,
        }),
      );
      const body: any = await res.json();
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0].message).toBe('Internal server error');
      expect(body.errors[0].extensions.requestId).toBe(res.headers.get('x-request-id'));
      expect(JSON.stringify(body)).not.toMatch(/test_no_inserts|audit_entry|stack/);
      // The sign-in and its audit entry are one transaction: no session was left behind.
      expect(client.cookies.has('cqss_session')).toBe(false);
      expect(await sessions()).toBe(before);
    } finally {
      await t.dataSource.query(`ALTER TABLE audit_entry DROP CONSTRAINT test_no_inserts`);
    }
  });
});
