// The built server (apps/server/dist) serving the built apps, on a free port and a database of
// its own: a fresh one on TEST_DATABASE_URL's server, or else the server's embedded PostgreSQL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SERVER_MAIN = path.join(REPO_ROOT, 'apps/server/dist/main.js');

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/** Runs `sql` on the server of `url` (its maintenance database). */
async function admin(/** @type {string} */ url, /** @type {string} */ sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * @returns {Promise<{ url: string; stop(): Promise<void> }>}
 */
export async function startBuiltServer() {
  if (!existsSync(SERVER_MAIN))
    throw new Error(`${SERVER_MAIN} is missing: build first (pnpm turbo run build)`);
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    APPS_DIR: path.join(REPO_ROOT, 'apps'),
  };
  /** @type {() => Promise<void>} */
  let dropDatabase = async () => {};
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `cqss_web_${randomBytes(6).toString('hex')}`;
    await admin(adminUrl, `CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    Object.assign(env, { DATABASE_URL: url.toString() });
    dropDatabase = () => admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cqss-web-'));
    // As root, PostgreSQL runs as `postgres`, who must be able to enter the directory.
    chmodSync(dataDir, 0o755);
    Object.assign(env, { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) });
    dropDatabase = async () => rmSync(dataDir, { recursive: true, force: true });
  }

  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: path.join(REPO_ROOT, 'apps/server'),
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await dropDatabase();
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the server exited with code ${child.exitCode}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error('the server was not ready within 120 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
