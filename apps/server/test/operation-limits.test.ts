import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { firstAnswer, socketOf } from './ws-client';
import { codes, startTestServer, type GqlClient, type TestServer } from './test-server';

// Issue 15, findings 2 to 5: one set of limits and one error formatter on HTTP and WebSocket,
// and the client's mistakes answered as such (4xx, BAD_USER_INPUT with the field named).

let t: TestServer;
let prod: TestServer;
let admin: GqlClient;
let prodKiosk: GqlClient;
const sockets: Client[] = [];

beforeAll(async () => {
  t = await startTestServer();
  prod = await startTestServer({ NODE_ENV: 'production' }, { shareDatabaseWith: t });
  admin = await t.login('cq.admin');
  await admin.request(`{ me { id } }`); // the session is cached from here on
  prodKiosk = prod.client();
  const paired = await prodKiosk.request(
    `mutation { pairKiosk(input: { code: "DEMO2026" }) { deviceName } }`,
  );
  if (paired.errors) throw new Error(JSON.stringify(paired.errors));
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await prod?.close();
  await t?.close();
});

const socket = (server: TestServer, client: GqlClient) => {
  const s = socketOf(server.url, client);
  sockets.push(s);
  return s;
};

/** POSTs a query and returns the HTTP status, the codes and how long the answer took. */
async function post(client: GqlClient, query: string, variables?: Record<string, unknown>) {
  const started = performance.now();
  const res = await client.post(JSON.stringify({ query, variables }));
  const body = (await res.json()) as { errors?: { extensions: { code: string } }[] };
  return {
    status: res.status,
    codes: (body.errors ?? []).map((e) => e.extensions.code),
    body,
    ms: performance.now() - started,
  };
}

/** A chain of n fragments on `type`, each spreading the next twice: 2^n fields once inlined. */
function fragmentFan(n: number, type: string, field = 'id') {
  const defs = Array.from({ length: n }, (_, i) =>
    i === n - 1
      ? `fragment F${i} on ${type} { ${field} }`
      : `fragment F${i} on ${type} { ${field} ...F${i + 1} ...F${i + 1} }`,
  );
  return defs.join('\n');
}

const aliases = (n: number, field: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n');

describe('finding 2: fragments cost linear time, cycles are a 400', () => {
  it('answers an anonymous fan-out of 30 fragments at once, without blocking /healthz', async () => {
    const query = `query { me { ...F0 } }\n${fragmentFan(30, 'User')}`;
    const probe = fetch(`${t.url}/healthz`);
    const r = await post(t.client(), query);
    expect(r.status).toBe(400);
    expect(r.codes).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.ms).toBeLessThan(1000);
    expect((await probe).status).toBe(200);
  });

  it('refuses a fragment cycle with GRAPHQL_VALIDATION_FAILED, not a 500', async () => {
    const r = await post(
      t.client(),
      `query { me { ...A } } fragment A on User { id ...B } fragment B on User { id ...A }`,
    );
    expect(r.status).toBe(400);
    expect(new Set(r.codes)).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
  });
});

describe('finding 3: the price fails closed and is a 400', () => {
  it('refuses 2,600 aliases of a 100-row list without running one statement', async () => {
    for (const [n, code] of [
      [2600, 'GRAPHQL_PARSE_FAILED'], // past the parser's token limit
      [31, 'GRAPHQL_VALIDATION_FAILED'], // past the alias limit
    ] as const) {
      const query = `{ ${aliases(n, 'customerUnits(first: 100) { nodes { id } }')} }`;
      let r: Awaited<ReturnType<typeof post>> | undefined;
      const statements = await t.countStatements(async () => (r = await post(admin, query)));
      expect([r!.status, r!.codes]).toEqual([400, [code]]);
      expect(statements).toBe(0);
    }
  });

  it('refuses what is too large to price (a fan-out under a list) without running it', async () => {
    const query = `{ customerUnits(first: 1) { nodes { ...F0 } } }\n${fragmentFan(20, 'CustomerUnit')}`;
    let r: Awaited<ReturnType<typeof post>> | undefined;
    const statements = await t.countStatements(async () => (r = await post(admin, query)));
    expect(r!.status).toBe(400);
    expect(r!.codes).toEqual(['QUERY_TOO_COMPLEX']);
    expect(statements).toBe(0);
  });

  it('answers QUERY_TOO_COMPLEX with HTTP 400', async () => {
    const r = await post(
      admin,
      `{ ${aliases(5, 'customerUnits(first: 100) { nodes { id name address company { id name } } }')} }`,
    );
    expect(r.status).toBe(400);
    expect(r.codes).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses variables that do not fit as BAD_USER_INPUT, never unpriced', async () => {
    const r = await post(admin, `query ($n: Int!) { customerUnits(first: $n) { nodes { id } } }`, {
      n: 'many',
    });
    expect(r.status).toBe(400);
    expect(r.codes).toEqual(['BAD_USER_INPUT']);
  });
});

describe('finding 4: the WebSocket endpoint has the same rules', () => {
  const deep = (levels: number) => {
    let inner = 'id';
    // From the inside out, so that the outermost is Contract.serviceRequest.
    for (let i = levels - 1; i >= 0; i--)
      inner = `${i % 2 ? 'contract' : 'serviceRequest'} { ${inner} }`;
    return `subscription { filingEvents { filing { contract { ${inner} } } } }`;
  };

  it('refuses a 22-level subscription', async () => {
    const answer = await firstAnswer(socket(t, admin), { query: deep(18) });
    expect(answer.errors!.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.errors![0]!.message).toMatch(/depth limit of 12 exceeded, found 22/);
  });

  it('refuses 1,000 aliases and an operation over the price', async () => {
    const s = socket(t, admin);
    const many = await firstAnswer(s, { query: `{ ${aliases(1000, 'me { id }')} }` });
    expect(many.errors!.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const some = await firstAnswer(s, { query: `{ ${aliases(31, 'me { id }')} }` });
    expect(some.errors!.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const dear = await firstAnswer(s, {
      query: `{ ${aliases(5, 'customerUnits(first: 100) { nodes { id name address company { id name } } }')} }`,
    });
    expect(dear.errors!.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('checks ids before anything runs, as over HTTP', async () => {
    const answer = await firstAnswer(socket(t, admin), {
      query: `{ contract(id: "not-a-uuid") { id } }`,
    });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          problems: [{ field: 'id', code: 'NOT_UUID', message: 'Not a valid id' }],
        }),
      }),
    ]);
  });

  it('masks an internal error: no PostgreSQL message reaches the client', async () => {
    await t.dataSource.query(`ALTER TABLE police_organ RENAME TO police_organ_away`);
    try {
      const answer = await firstAnswer(socket(t, admin), { query: `{ policeOrgans { name } }` });
      expect(answer.errors!.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Internal server error', 'INTERNAL_SERVER_ERROR'],
      ]);
      expect(JSON.stringify(answer)).not.toMatch(/police_organ|relation|stack/);
    } finally {
      await t.dataSource.query(`ALTER TABLE police_organ_away RENAME TO police_organ`);
    }
  });

  it('closes a socket that sends a frame over 64 KiB', async () => {
    const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const ws = new WebSocket(`${t.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { cookie },
    });
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(100_000) } }));
    expect(await closed).toBe(1009);
  });

  it('has introspection off in production, on both transports, even for a kiosk', async () => {
    const query = `{ __schema { types { name } } }`;
    const http = await post(prodKiosk, query);
    expect(http.status).toBe(400);
    expect(new Set(http.codes)).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    const ws = await firstAnswer(socket(prod, prodKiosk), { query });
    expect(new Set(ws.errors!.map((e) => e.extensions?.code))).toEqual(
      new Set(['GRAPHQL_VALIDATION_FAILED']),
    );
    // Nor does a misspelt field get the schema's spelling back.
    const misspelt = await post(prodKiosk, `{ contracs { id } }`);
    expect(misspelt.body.errors![0]).toMatchObject({
      message: 'Cannot query field "contracs" on type "Query".',
    });
    // On in development and tests.
    expect((await post(admin, `{ __schema { queryType { name } } }`)).codes).toEqual([]);
  });
});

describe('finding 5: bad input is BAD_USER_INPUT with the field named', () => {
  const problemsOf = (r: Awaited<ReturnType<typeof post>>) =>
    (r.body.errors as { extensions: { problems?: unknown } }[] | undefined)?.[0]?.extensions
      .problems;

  it('an id that is not a UUID, as a literal or a variable', async () => {
    const literal = await post(admin, `{ contract(id: "not-a-uuid") { id } }`);
    expect([literal.status, literal.codes]).toEqual([400, ['BAD_USER_INPUT']]);
    expect(problemsOf(literal)).toEqual([
      { field: 'id', code: 'NOT_UUID', message: 'Not a valid id' },
    ]);
    const variable = await post(admin, `query ($id: ID!) { contract(id: $id) { id } }`, {
      id: "1' OR '1'='1",
    });
    expect([variable.status, variable.codes]).toEqual([400, ['BAD_USER_INPUT']]);
  });

  it('a cursor that decodes but is not one of ours', async () => {
    const bogus = Buffer.from(JSON.stringify(['1', 'x'])).toString('base64url');
    const r = await post(
      admin,
      `query ($a: String) { customerUnits(after: $a) { nodes { id } } }`,
      {
        a: bogus,
      },
    );
    expect(codes(r.body as never)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(r)).toEqual([
      { field: 'after', code: 'CURSOR_INVALID', message: 'Not a valid cursor' },
    ]);
  });

  it('a NUL byte in a filter and in a form field', async () => {
    const filter = await post(
      admin,
      `query ($s: String) { customerUnits(search: $s) { nodes { id } } }`,
      {
        s: 'a\u0000b',
      },
    );
    expect([filter.status, filter.codes]).toEqual([400, ['BAD_USER_INPUT']]);
    expect(problemsOf(filter)).toEqual([
      {
        field: 'search',
        code: 'INVALID',
        message: 'Text may not contain NUL characters',
      },
    ]);
    const form = await post(
      admin,
      `mutation ($input: CustomerUnitInput!) { createCustomerUnit(input: $input) { id } }`,
      {
        input: {
          name: '医院\u0000',
          creditCode: '91500000MA5U000000',
          address: '重庆',
          divisionCode: '500103',
          contactName: '王',
          contactPhone: '023-6000000',
          isKeyUnit: false,
        },
      },
    );
    expect([form.status, form.codes]).toEqual([400, ['BAD_USER_INPUT']]);
    expect(problemsOf(form)).toEqual([
      { field: 'name', code: 'INVALID', message: 'Text may not contain NUL characters' },
    ]);
  });

  it('a subscription sent over HTTP POST', async () => {
    const r = await post(admin, `subscription { filingEvents { filingId } }`);
    expect([r.status, r.codes]).toEqual([400, ['BAD_USER_INPUT']]);
  });
});
