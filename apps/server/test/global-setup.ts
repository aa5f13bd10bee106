import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../src/common/logger';
import { startEmbeddedPostgres } from '../src/database/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL whose user may create databases; each test file makes its own. */
    databaseServerUrl: string;
    /**
     * The names of this run's template databases start with it: migrated and seeded once (per
     * quarter hour: the demo is relative to the clock), cloned by startTestServer.
     */
    templatePrefix: string;
  }
}

/** TEST_DATABASE_URL when set (CI: the machine's PostgreSQL), otherwise an embedded server for this run. */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  let serverUrl: string;
  let stopServer = async () => {};
  if (given) serverUrl = given;
  else {
    const dir = mkdtempSync(path.join(tmpdir(), 'cqss-test-pg-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    const pg = await startEmbeddedPostgres(dir, port, createLogger('warn'), 'postgres');
    serverUrl = pg.url;
    stopServer = async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const prefix = `cqss_template_${randomBytes(4).toString('hex')}`;
  project.provide('databaseServerUrl', serverUrl);
  project.provide('templatePrefix', prefix);
  return async () => {
    const c = new Client({ connectionString: serverUrl });
    await c.connect();
    try {
      const { rows } = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
        [prefix],
      );
      for (const { datname } of rows)
        await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    } finally {
      await c.end();
    }
    await stopServer();
  };
}
