import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server';

let t: TestServer;
const appsDir = mkdtempSync(path.join(tmpdir(), 'cqss-apps-'));
beforeAll(async () => {
  // A built app, as the server serves it.
  mkdirSync(path.join(appsDir, 'admin', 'dist'), { recursive: true });
  writeFileSync(
    path.join(appsDir, 'admin', 'dist', 'index.html'),
    '<!doctype html><title>x</title>',
  );
  t = await startTestServer({ APPS_DIR: appsDir });
});
afterAll(async () => {
  await t.close();
  rmSync(appsDir, { recursive: true, force: true });
});

const SECURITY_HEADERS = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
];

const headersOf = (res: Response) =>
  Object.fromEntries(SECURITY_HEADERS.map((h) => [h, res.headers.get(h)]));

describe('security headers', () => {
  it('/graphql, /healthz and /readyz carry the headers the pages have', async () => {
    const page = headersOf(await fetch(`${t.url}/admin/`));
    expect(page['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page['x-content-type-options']).toBe('nosniff');

    const answers = await Promise.all([
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      fetch(`${t.url}/graphql?query=%7B__typename%7D`, {
        headers: { 'apollo-require-preflight': '1' },
      }),
      fetch(`${t.url}/healthz`),
      fetch(`${t.url}/readyz`),
    ]);
    for (const res of answers) {
      expect(res.ok).toBe(true);
      expect(headersOf(res)).toEqual(page);
    }
  });
});
