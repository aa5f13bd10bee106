import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createLogger } from '../src/common/logger';
import { createDataSource } from '../src/database/data-source';
import { MIGRATIONS } from '../src/migrations';

let ds: DataSource;
let name: string;
const serverUrl = inject('databaseServerUrl');

async function admin(sql: string) {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(sql);
  await c.end();
}

beforeAll(async () => {
  name = `cqss_test_mig_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  ds = createDataSource(url.toString(), createLogger('silent'));
  await ds.initialize();
});
afterAll(async () => {
  await ds.destroy();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe('migrations', () => {
  it('bring an empty database exactly to the entities (nothing left for synchronize to do)', async () => {
    await ds.runMigrations();
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are reversible: all the way down and up again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
    const tables = await ds.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables[0].n).toBe(0);
    await ds.runMigrations();
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
