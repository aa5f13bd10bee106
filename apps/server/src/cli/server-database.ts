import { existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createLogger } from '../common/logger';
import type { Config } from '../config';
import { embeddedDatabaseUrl, startEmbeddedPostgres } from '../database/embedded';
import { CliError } from './support';

/** The PostgreSQL database the server uses, opened for one command. */
export interface ServerDatabase {
  url: string;
  /** For messages: the database and where it lives, never the password. */
  label: string;
  /** The embedded PostgreSQL's data directory; absent for DATABASE_URL. */
  embeddedDir?: string;
  /** Stops the embedded PostgreSQL if this command started it. */
  close(): Promise<void>;
}

const quiet = createLogger('warn');

export function describeUrl(url: string): string {
  const u = new URL(url);
  return `database ${u.pathname.slice(1)} on ${u.hostname}:${u.port || 5432}`;
}

/** Can this server be reached at all? A refused connection is "not running"; any other failure is reported as it is. */
async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ECONNREFUSED') return false;
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database named by the URL on its server when it does not exist yet. */
async function createIfMissing(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== '3D000') throw err; // 3D000: no such database
  } finally {
    await client.end().catch(() => undefined);
  }
  const maintenance = new URL(url);
  const name = decodeURIComponent(maintenance.pathname.slice(1));
  maintenance.pathname = '/postgres';
  const admin = new Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

/**
 * DATABASE_URL, or the embedded PostgreSQL in DATA_DIR: the running one (the server's), or
 * started for this command and stopped after it. `create` makes what is missing (an empty
 * database, or a fresh embedded one) instead of refusing.
 */
export async function openServerDatabase(
  config: Config,
  { create = false } = {},
): Promise<ServerDatabase> {
  if (config.DATABASE_URL) {
    if (create) await createIfMissing(config.DATABASE_URL);
    const label = describeUrl(config.DATABASE_URL);
    return { url: config.DATABASE_URL, label, close: async () => {} };
  }
  const url = embeddedDatabaseUrl(config.EMBEDDED_PG_PORT);
  const databaseDir = path.join(path.resolve(config.DATA_DIR), 'pg');
  const label = `the embedded ${describeUrl(url)} (${databaseDir})`;
  const embedded = { url, label, embeddedDir: databaseDir };
  if (await answers(url)) return { ...embedded, close: async () => {} };
  if (!create && !existsSync(path.join(databaseDir, 'PG_VERSION')))
    throw new CliError(
      `There is no embedded database in ${databaseDir}. Start the server once to make it, ` +
        'or set DATABASE_URL to the PostgreSQL the server uses.',
    );
  const pg = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT, quiet);
  return { ...embedded, close: () => pg.stop() };
}
