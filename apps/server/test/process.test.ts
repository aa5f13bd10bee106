import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runServer, waitFor } from './server-process';

const serverUrl = inject('databaseServerUrl');
const dbName = `cqss_test_proc_${randomBytes(4).toString('hex')}`;

async function admin(sql: string) {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(sql);
  await c.end();
}

beforeAll(() => admin(`CREATE DATABASE ${dbName}`));
afterAll(() => admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));

describe('the server process', { timeout: 120_000 }, () => {
  it('names every bad configuration value and exits 1', async () => {
    const run = runServer({ PORT: 'abc', DATABASE_URL: 'mysql://nope', SESSION_TTL_HOURS: '-1' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Invalid configuration/);
    expect(run.output()).toMatch(/PORT: must be a port number/);
    expect(run.output()).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(run.output()).toMatch(/SESSION_TTL_HOURS/);
  });

  it('migrates, seeds, serves, and on SIGTERM drains and exits 0', async () => {
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    const run = runServer({ DATABASE_URL: url.toString(), SEED_DEMO: 'true', PORT: '0' });
    let child: ChildProcess | null = run.child;
    try {
      await waitFor(() => run.output().includes('CQSS platform ready'));
      const base = /"graphql":"(http:\/\/[^"]+)\/graphql"/.exec(run.output())![1];
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });

      const stopping = Date.now();
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(Date.now() - stopping).toBeLessThan(5000); // no request in flight: nothing to wait for
      child = null;
      expect(run.output()).toMatch(/shutting down/);
      expect(run.output()).toMatch(/"msg":"stopped"/);
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    } finally {
      child?.kill('SIGKILL');
    }
  });

  it('says in words when its HTTP port is taken, and exits 1', async () => {
    const squatter = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => squatter.once('listening', r));
    const { port } = squatter.address() as AddressInfo;
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${dbName}`;
      const run = runServer({ DATABASE_URL: url.toString(), PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${port} on 127.0.0.1 is in use by another program.`);
      expect(run.output()).toMatch(/PORT=/);
    } finally {
      squatter.close();
    }
  });

  it('without DATABASE_URL runs an embedded PostgreSQL in its data directory, and reuses it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cqss-embedded-'));
    const env = {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(56000 + Math.floor(Math.random() * 2000)),
      PORT: '0',
    };
    try {
      for (const fresh of [true, false]) {
        const run = runServer(env);
        await waitFor(
          () => run.output().includes('CQSS platform ready') || run.output().includes('Error'),
          60_000,
        );
        expect(run.output()).toContain(`"fresh":${fresh}`);
        expect(run.output().includes('demo data seeded')).toBe(fresh);
        const base = /"graphql":"(http:\/\/[^"]+)\/graphql"/.exec(run.output())![1];
        // A request in flight when SIGTERM arrives (its body still arriving) gets its answer
        // from the database: draining must finish before PostgreSQL stops.
        const body = JSON.stringify({
          query:
            'mutation { login(input: { username: "cq.admin", password: "Cqss@2026" }) { username } }',
        });
        const answer = new Promise<unknown>((resolve, reject) => {
          const req = request(`${base}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            },
          });
          req.on('response', (res) => {
            let text = '';
            res.on('data', (d) => (text += d));
            res.on('end', () => resolve(JSON.parse(text)));
          });
          req.on('error', reject);
          req.write(body.slice(0, 10));
          setTimeout(() => {
            run.child.kill('SIGTERM');
            setTimeout(() => req.end(body.slice(10)), 200);
          }, 200);
        });
        expect(await answer).toEqual({ data: { login: { username: 'cq.admin' } } });
        expect(await run.exited).toBe(0);
        expect(run.output()).not.toMatch(/terminating connection/);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
