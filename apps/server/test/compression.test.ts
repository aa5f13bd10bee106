import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlCompression } from '../src/http/compression';
import { startTestServer, type TestServer } from './test-server';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they came over the wire. */
  body: Buffer;
}

/** One HTTP request with exactly the headers given (fetch would add and undo Accept-Encoding). */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function decoded(res: RawResponse): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(res.body).toString('utf8');
  expect(encoding).toBeUndefined();
  return res.body.toString('utf8');
}

const vary = (res: RawResponse) => String(res.headers.vary ?? '').toLowerCase();

/** A built app as Vite writes it: each file with its .br and .gz twins. */
function writeBuiltApp(appsDir: string): { script: string; page: string } {
  const dist = path.join(appsDir, 'admin', 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  const script = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ i, label: `row ${i}` })))};\n`;
  const page =
    '<!doctype html><html><head><script type="module" src="/admin/assets/app-4f2a.js"></script></head><body><div id="app"></div></body></html>\n';
  for (const [file, content] of [
    ['assets/app-4f2a.js', script],
    ['index.html', page],
  ] as const) {
    writeFileSync(path.join(dist, file), content);
    writeFileSync(path.join(dist, `${file}.br`), brotliCompressSync(content));
    writeFileSync(path.join(dist, `${file}.gz`), gzipSync(content));
  }
  return { script, page };
}

describe('answers are compressed when the client asks, and only then', () => {
  let t: TestServer;
  let appsDir: string;
  let built: { script: string; page: string };
  let cookie: string;

  beforeAll(async () => {
    appsDir = mkdtempSync(path.join(tmpdir(), 'cqss-apps-'));
    built = writeBuiltApp(appsDir);
    t = await startTestServer({ APPS_DIR: appsDir });
    const client = await t.login('cq.admin');
    cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  });
  afterAll(async () => {
    await t?.close();
    rmSync(appsDir, { recursive: true, force: true });
  });

  const graphql = (query: string, acceptEncoding?: string) =>
    raw(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie,
        ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
      },
      body: JSON.stringify({ query }),
    });
  const LARGE = `{
    customerUnits(first: 50) { nodes { id name divisionCode address contactName contactPhone } }
    auditEntries(first: 50) { nodes { id createdAt action actorLabel actorRole targetType targetId detail } }
    policeOrgans { id name jurisdictionName }
  }`;

  it('a large /graphql answer comes back in brotli, or gzip, as asked', async () => {
    const plain = await graphql(LARGE);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    const body = JSON.parse(plain.body.toString('utf8'));
    expect(body.errors).toBeUndefined();
    expect(body.data.auditEntries.nodes.length).toBeGreaterThan(0);

    const br = await graphql(LARGE, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(vary(br)).toContain('accept-encoding');
    expect(br.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(decoded(br))).toEqual(body);

    const gzip = await graphql(LARGE, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decoded(gzip))).toEqual(body);
  });

  it('a small /graphql answer is sent as it is', async () => {
    const res = await graphql('{ me { id } }', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString('utf8')).data.me.id).toBeTruthy();
  });

  it('a built asset comes back as its precompressed twin, immutable, or plain when not asked', async () => {
    const url = `${t.url}/admin/assets/app-4f2a.js`;
    const br = await raw(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(vary(br)).toContain('accept-encoding');
    expect(decoded(br)).toBe(built.script);

    const gzip = await raw(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(built.script);

    const plain = await raw(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(built.script);

    const missing = await raw(`${t.url}/admin/assets/gone-0000.js`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(missing.status).toBe(404);
  });

  it("every client-side route is the app's page, compressed too and revalidated each visit", async () => {
    const bare = await raw(`${t.url}/admin`);
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/admin/');
    for (const route of ['/admin/', '/admin/login', '/admin/contracts/42']) {
      const br = await raw(`${t.url}${route}`, { headers: { 'accept-encoding': 'br' } });
      expect(br.status, route).toBe(200);
      expect(br.headers['content-encoding'], route).toBe('br');
      expect(br.headers['content-type'], route).toMatch(/^text\/html/);
      expect(br.headers['cache-control'], route).toBe('no-cache');
      expect(decoded(br), route).toBe(built.page);
    }
    const plain = await raw(`${t.url}/admin/login`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(built.page);
  });
});

describe('the /graphql compression never holds back a stream', () => {
  let server: import('node:http').Server;
  let base: string;
  const big = 'x'.repeat(4096);

  beforeAll(async () => {
    const app = express();
    app.use(graphqlCompression());
    app.get('/events', (_req, res) => {
      res.setHeader('Content-Type', 'text/event-stream');
      res.write(`data: ${big}\n\n`);
      setTimeout(() => res.end(`data: done\n\n`), 20);
    });
    app.get('/incremental', (_req, res) => {
      res.setHeader('Content-Type', 'multipart/mixed; boundary="-"; deferSpec=20220824');
      res.end(`---\r\ncontent-type: application/json\r\n\r\n{"data":"${big}"}\r\n-----\r\n`);
    });
    app.get('/json', (_req, res) => {
      res.json({ big });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('leaves server-sent events and multipart answers unencoded, and still compresses JSON', async () => {
    const headers = { 'accept-encoding': 'br, gzip' };
    const events = await raw(`${base}/events`, { headers });
    expect(events.headers['content-encoding']).toBeUndefined();
    expect(events.body.toString('utf8')).toBe(`data: ${big}\n\ndata: done\n\n`);

    const incremental = await raw(`${base}/incremental`, { headers });
    expect(incremental.headers['content-encoding']).toBeUndefined();

    const json = await raw(`${base}/json`, { headers });
    expect(json.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decoded(json))).toEqual({ big });
  });
});
