import { request, type IncomingHttpHeaders } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { startTestServer, type TestServer } from './test-server';

// What /graphql's HTTP layer owns, pinned through real HTTP: the body's limit and errors,
// cookies, CSRF prevention, GET, the request id, the mounted paths, compression's Vary.

let t: TestServer;
let secure: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  secure = await startTestServer({ COOKIE_SECURE: 'true' }, { shareDatabaseWith: t });
});
afterAll(async () => {
  await secure?.close();
  await t?.close();
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** One request with exactly these headers and bytes (fetch would set its own). */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'POST', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    // A server may answer and close before reading an oversized body: the answer is what counts.
    req.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err),
    );
    req.end(options.body);
  });
}

const json = { 'content-type': 'application/json' };
const post = (body: string | Buffer, headers: Record<string, string> = json, path = '/graphql') =>
  send(`${t.url}${path}`, { headers, body });
const query = (q: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ query: q, ...extra });

const refusal = (message: string, code: string) => ({
  errors: [{ message, extensions: { code } }],
});
const NOT_JSON = refusal('The request body is not valid JSON', 'BAD_REQUEST');
const TOO_LARGE = refusal('The request body is too large', 'PAYLOAD_TOO_LARGE');

describe('the request body', () => {
  it('is read as JSON, also gzip-encoded, up to 256 kb', async () => {
    const near = query('{ __typename }', { extensions: { pad: 'x'.repeat(250_000) } });
    const res = await post(near);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { __typename: 'Query' } });

    const zipped = await post(gzipSync(query('{ __typename }')), {
      ...json,
      'content-encoding': 'gzip',
    });
    expect(JSON.parse(zipped.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('over 256 kb is a 413 in GraphQL JSON, whether declared or streamed', async () => {
    const big = query('{ __typename }', { extensions: { pad: 'x'.repeat(270_000) } });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(declared.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(declared.text)).toEqual(TOO_LARGE);

    const chunked = await send(`${t.url}/graphql`, {
      headers: { ...json, 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.text)).toEqual(TOO_LARGE);

    // The limit holds for the inflated body, not the bytes on the wire.
    const bomb = await post(gzipSync(big), { ...json, 'content-encoding': 'gzip' });
    expect(bomb.status).toBe(413);
    expect(JSON.parse(bomb.text)).toEqual(TOO_LARGE);
  });

  it.each([
    ['cut short', '{"query": "{ __typename }"'],
    ['not an object or a list', '"{ __typename }"'],
    ['not JSON at all', 'query={__typename}'],
  ])('%s is a 400 in GraphQL JSON', async (_, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.text)).toEqual(NOT_JSON);
  });

  it('in a charset JSON does not have, or an unknown encoding, is a 415 in GraphQL JSON', async () => {
    const latin1 = await post(query('{ __typename }'), {
      'content-type': 'application/json; charset=latin1',
    });
    expect(latin1.status).toBe(415);
    expect(JSON.parse(latin1.text)).toEqual(NOT_JSON);

    const unknown = await post(query('{ __typename }'), { ...json, 'content-encoding': 'x-rot13' });
    expect(unknown.status).toBe(415);
    expect(JSON.parse(unknown.text)).toEqual(NOT_JSON);
  });

  it('refused carries the security headers', async () => {
    const res = await post('{');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });
});

describe('CSRF prevention and GET', () => {
  it('refuses a form-like POST and a GET without a preflight-forcing header', async () => {
    const form = await post('query=%7B__typename%7D', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    const text = await post(query('{ __typename }'), { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    const get = await send(`${t.url}/graphql?query=%7B__typename%7D`, { method: 'GET' });
    expect(get.status).toBe(400);
    expect(get.text).toMatch(/CSRF/);
  });

  it('answers a query over GET with the header, never a mutation', async () => {
    const headers = { 'apollo-require-preflight': '1' };
    const ok = await send(`${t.url}/graphql?query=%7B__typename%7D`, { method: 'GET', headers });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toEqual({ data: { __typename: 'Query' } });
    const mutation = await send(`${t.url}/graphql?query=mutation%7Blogout%7D`, {
      method: 'GET',
      headers,
    });
    expect(mutation.status).toBe(405);
  });
});

describe('the answer', () => {
  it('has a fresh request id, JSON and its length, no ETag', async () => {
    const [a, b] = [await post(query('{ __typename }')), await post(query('{ __typename }'))];
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers['x-request-id']).not.toBe(a.headers['x-request-id']);
    expect(a.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(a.headers['content-length'])).toBe(Buffer.byteLength(a.text));
    expect(a.headers.etag).toBeUndefined();
  });

  it('is served under /graphql/ and in any case, as the mounted path was', async () => {
    for (const path of ['/graphql/', '/GraphQL', '/graphql?x=1']) {
      const res = await post(query('{ __typename }'), json, path);
      expect(res.status, path).toBe(200);
      expect(JSON.parse(res.text), path).toEqual({ data: { __typename: 'Query' } });
    }
    expect((await post(query('{ __typename }'), json, '/graphqlx')).status).toBe(404);
  });

  it('says it varies with Accept-Encoding, compressed or not', async () => {
    const small = await post(query('{ __typename }'), { ...json, 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(String(small.headers.vary).toLowerCase()).toContain('accept-encoding');
  });
});

describe('cookies', () => {
  const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { id } }`;
  const signIn = (server: TestServer) =>
    send(`${server.url}/graphql`, {
      headers: json,
      body: query(LOGIN, {
        variables: { input: { username: 'cq.admin', password: DEMO_PASSWORD } },
      }),
    });

  it('sets the session cookie with its options, and clears it with the same', async () => {
    const login = await signIn(t);
    const [set, ...others] = login.headers['set-cookie']!;
    expect(others).toEqual([]);
    expect(set).toMatch(
      /^cqss_session=[\w.-]+; Path=\/; Expires=\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT; HttpOnly; SameSite=Strict$/,
    );
    const cookie = set!.split(';')[0]!;
    const logout = await post(query('mutation { logout }'), { ...json, cookie });
    expect(JSON.parse(logout.text)).toEqual({ data: { logout: true } });
    expect(logout.headers['set-cookie']).toEqual([
      'cqss_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict',
    ]);
  });

  it('is Secure where COOKIE_SECURE says so', async () => {
    const [set] = (await signIn(secure)).headers['set-cookie']!;
    expect(set).toMatch(/; HttpOnly; Secure; SameSite=Strict$/);
  });
});
