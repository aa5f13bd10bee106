import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/common/logger';
import { startEmbeddedPostgres } from '../src/database/embedded';
import { processInfo } from '../src/database/processes';
import { ready, runServer, type ServerProcess } from './server-process';

// Real platforms on real embedded PostgreSQL servers, started and killed as a user would.
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function dataFolder() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cqss-embedded-'));
  const env = {
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    PORT: '0',
    SEED_DEMO: 'false',
  };
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  return { dataDir, env };
}

function start(env: Record<string, string>): ServerProcess {
  const run = runServer(env);
  cleanups.push(async () => {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });
  return run;
}

const postmasterPid = (dataDir: string) =>
  Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

/** A sign-in answered from the migrated database (no demo data: the seed would only add minutes). */
async function signInAnswer(base: string): Promise<string | undefined> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(input: { username: "nobody", password: "x" }) { username } }',
    }),
  });
  return ((await res.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]
    ?.extensions.code;
}

async function stopped(run: ServerProcess) {
  run.child.kill('SIGTERM');
  expect(await run.exited).toBe(0);
}

// Each test runs initdb and up to three platform starts: minutes on a busy machine.
describe('starting on the embedded database', { timeout: 180_000 }, () => {
  it('after kill -9 of the platform, the next start stops the PostgreSQL it left running and serves; a second platform on the folder is refused', async () => {
    const { dataDir, env } = await dataFolder();
    const first = start(env);
    await ready(first);
    const orphan = postmasterPid(dataDir);

    const second = start({ ...env, EMBEDDED_PG_PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(
      /Another CQSS platform \(process \d+\) is running on the data folder/,
    );
    expect(second.output()).toMatch(/DATA_DIR=/);

    first.child.kill('SIGKILL');
    await first.exited;
    expect(processInfo(orphan).alive).toBe(true); // PostgreSQL outlives its platform

    const again = start(env);
    const base = await ready(again);
    expect(again.output()).toMatch(
      /stopping the embedded PostgreSQL that an earlier start left running/,
    );
    expect(processInfo(orphan).alive).toBe(false);
    expect(await signInAnswer(base)).toBe('INVALID_CREDENTIALS');
    await stopped(again);
  });

  it('says in words when another program holds the embedded port, and what to do', async () => {
    const { env } = await dataFolder();
    const squatter: Server = await new Promise((resolve) => {
      const s = createServer().listen(Number(env.EMBEDDED_PG_PORT), '127.0.0.1', () => resolve(s));
    });
    cleanups.push(() => new Promise((r) => squatter.close(r)));

    const run = start(env);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(
      `The embedded PostgreSQL cannot listen on port ${env.EMBEDDED_PG_PORT}: another program uses it`,
    );
    expect(run.output()).toMatch(/EMBEDDED_PG_PORT=/);
    expect(run.output()).not.toMatch(/^undefined$/m);
  });

  it('finishes a first start that stopped after making the database folder but before the database', async () => {
    const { dataDir, env } = await dataFolder();
    // What a first start leaves when stopped between initdb and CREATE DATABASE.
    const half = await startEmbeddedPostgres(
      dataDir,
      Number(env.EMBEDDED_PG_PORT),
      createLogger('silent'),
      'postgres',
    );
    await half.stop();

    const run = start(env);
    const base = await ready(run);
    expect(run.output()).toMatch(/embedded database created/);
    expect(await signInAnswer(base)).toBe('INVALID_CREDENTIALS');
    await stopped(run);
  });

  it('finishes a first start that stopped during initdb', async () => {
    const { dataDir, env } = await dataFolder();
    // initdb cut short: a folder with some of its files, no PG_VERSION; and a staging folder.
    mkdirSync(path.join(dataDir, 'pg', 'base'), { recursive: true });
    writeFileSync(path.join(dataDir, 'pg', 'postgresql.conf'), '# cut short\n');
    mkdirSync(path.join(dataDir, 'pg.initialising', 'global'), { recursive: true });

    const run = start(env);
    const base = await ready(run);
    expect(run.output()).toMatch(
      /set aside an embedded database folder that was never fully initialised/,
    );
    expect(existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    expect(await signInAnswer(base)).toBe('INVALID_CREDENTIALS');
    await stopped(run);
  });
});
