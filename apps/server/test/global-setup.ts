import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../src/common/logger';
import { startEmbeddedPostgres } from '../src/database/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL whose user may create databases; each test file makes its own. */
    databaseServerUrl: string;
  }
}

/** TEST_DATABASE_URL when set (CI: the machine's PostgreSQL), otherwise an embedded server for this run. */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('databaseServerUrl', given);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'cqss-test-pg-'));
  const port = 55000 + Math.floor(Math.random() * 5000);
  const pg = await startEmbeddedPostgres(dir, port, createLogger('warn'), 'postgres');
  project.provide('databaseServerUrl', pg.url);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
