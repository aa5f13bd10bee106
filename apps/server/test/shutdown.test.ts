import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ready, runServer } from './server-process';

const serverUrl = inject('databaseServerUrl');
const dbName = `cqss_test_stop_${randomBytes(4).toString('hex')}`;

async function admin(sql: string) {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(sql);
  await c.end();
}

beforeAll(() => admin(`CREATE DATABASE ${dbName}`));
afterAll(() => admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));

interface Answer {
  status?: number;
  connection?: string;
  error?: string;
  reused: boolean;
}

/** One POST on a keep-alive agent, as a browser or a proxy reuses its connections. */
function post(agent: Agent, base: string, body: string, cookie = ''): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request(`${base}/graphql`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', cookie },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          connection: res.headers.connection,
          reused: req.reusedSocket,
        }),
      );
      res.on('error', (e: NodeJS.ErrnoException) =>
        resolve({ error: e.code ?? e.message, reused: req.reusedSocket }),
      );
    });
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ error: e.code ?? e.message, reused: req.reusedSocket }),
    );
    req.end(body);
  });
}

describe('shutdown under load', { timeout: 120_000 }, () => {
  it('on SIGTERM under 20 readers on keep-alive connections, no request is reset: answers in flight close their connections', async () => {
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    const run = runServer({ DATABASE_URL: url.toString(), SEED_DEMO: 'true', PORT: '0' });
    const base = await ready(run);
    const agent = new Agent({ keepAlive: true, maxSockets: 20 });
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(input: { username: "cq.admin", password: "Cqss@2026" }) { id } }',
      }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const query = JSON.stringify({ query: '{ customerUnits(first: 20) { nodes { id name } } }' });

    const answers: Answer[] = [];
    let signalled = false;
    const reader = async () => {
      // Until the server is gone: a refused connection is the end, not a failure.
      for (;;) {
        const a = await post(agent, base, query, cookie);
        answers.push({ ...a, connection: signalled ? a.connection : undefined });
        if (a.error === 'ECONNREFUSED') return;
      }
    };
    const readers = Array.from({ length: 20 }, reader);
    await new Promise((r) => setTimeout(r, 1500));
    signalled = true;
    run.child.kill('SIGTERM');
    await Promise.all(readers);
    agent.destroy();
    expect(await run.exited).toBe(0);

    const resets = answers.filter((a) => a.error && a.error !== 'ECONNREFUSED');
    expect(resets).toEqual([]);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(20);
    expect(answers.filter((a) => a.status && a.status !== 200)).toEqual([]);
    // Those answered after the signal told their client to open a new connection.
    expect(answers.filter((a) => a.connection === 'close').length).toBeGreaterThan(0);
  });
});
