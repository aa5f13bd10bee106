import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stackUnderTest } from './support/env';

// What goes over the wire from the built server with the built apps: fetch asks for the
// encodings given and decodes the answer, keeping its Content-Encoding header.
const ENCODINGS = [
  { asked: 'gzip, deflate, br', sent: 'br' },
  { asked: 'gzip', sent: 'gzip' },
  { asked: 'identity', sent: null },
] as const;

/** Whether the build's compression (at its levels) shrinks a file; a file it would not is sent plain. */
const shrinks = {
  br: (s: string) =>
    brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length <
    Buffer.byteLength(s),
  gzip: (s: string) => gzipSync(s, { level: 9 }).length < Buffer.byteLength(s),
};

const base = () => stackUnderTest().baseUrl;

async function get(path: string, acceptEncoding: string) {
  const res = await fetch(`${base()}${path}`, { headers: { 'accept-encoding': acceptEncoding } });
  expect(res.status, path).toBe(200);
  return { res, text: await res.text() };
}

/** The scripts, stylesheets and icon a page of an app loads, as its index.html names them. */
function filesOfPage(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/[a-z]+\/[^"]+)"/g)].map((m) => m[1]!);
}

describe('compression on the wire', () => {
  for (const app of ['admin', 'police', 'kiosk']) {
    it(`${app}: the page and every file it loads come in brotli or gzip as asked, plain when not`, async () => {
      const page = app === 'kiosk' ? '/kiosk/' : `/${app}/login`;
      const { text: html } = await get(page, 'identity');
      const files = filesOfPage(html);
      expect(files.some((f) => f.endsWith('.js'))).toBe(true);
      expect(files.some((f) => f.endsWith('.css'))).toBe(true);
      for (const path of [page, ...files]) {
        const plain = (await get(path, 'identity')).text;
        for (const { asked, sent } of ENCODINGS) {
          const { res, text } = await get(path, asked);
          const expected = sent && shrinks[sent](plain) ? sent : null;
          expect(res.headers.get('content-encoding'), `${path} (${asked})`).toBe(expected);
          if (expected) expect(res.headers.get('vary') ?? '', path).toMatch(/accept-encoding/i);
          expect(text, `${path} (${asked})`).toBe(plain);
        }
      }
    });
  }

  it('a large /graphql answer is compressed as asked; a small one is not', async () => {
    const post = (body: unknown, acceptEncoding: string, cookie = '') =>
      fetch(`${base()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding, cookie },
        body: JSON.stringify(body),
      });
    const login = await post(
      {
        query: 'mutation ($input: LoginInput!) { login(input: $input) { id } }',
        variables: { input: { username: 'cq.admin', password: 'Cqss@2026' } },
      },
      'gzip, deflate, br',
    );
    expect(login.headers.get('content-encoding')).toBeNull();
    const signedIn = (await login.json()) as { data: { login: { id: string } } };
    expect(signedIn.data.login.id).toBeTruthy();
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    const query = `{
      auditEntries(first: 50) { nodes { id createdAt action actorLabel targetType targetId detail } }
      customerUnits(first: 50) { nodes { id name divisionCode address contactName } }
    }`;
    const answers: { errors?: unknown }[] = [];
    for (const { asked, sent } of ENCODINGS) {
      const res = await post({ query }, asked, cookie);
      expect(res.headers.get('content-encoding'), asked).toBe(sent);
      const text = await res.text();
      expect(text.length).toBeGreaterThan(1024);
      answers.push(JSON.parse(text) as { errors?: unknown });
    }
    expect(answers[0]?.errors).toBeUndefined();
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});
