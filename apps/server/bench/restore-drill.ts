/**
 * `pnpm --filter @cqss/server bench:restore [ratings…]`: the restore drill, timed. For each
 * count (default: 0 and 1000000), a fresh database with the demo data and that many more kiosk
 * ratings is backed up and restored with the operator's CLI, as an operator would, and every
 * table's rows are compared. Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a server whose user
 * may create databases) and a pg_dump of its major version.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { tableRowCounts } from '../src/cli/database-facts';
import { createLogger } from '../src/common/logger';
import { createDataSource } from '../src/database/data-source';
import { seedDemo } from '../src/seed/demo-seed';
import { runCli } from '../test/cli';

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const counts = process.argv.slice(2).map(Number);

async function sql<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** Ratings spread over the demo's kiosks, one every 7 seconds going back, a comment now and then. */
const ADD_RATINGS = `
  WITH d AS (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM kiosk_device)
  INSERT INTO feedback (company_id, customer_unit_id, post_id, device_id, idempotency_key, rating, tags, comment, recorded_at, received_at)
  SELECT k.company_id, k.customer_unit_id, k.post_id, k.id, gen_random_uuid(), 1 + i % 5,
         CASE WHEN i % 3 = 0 THEN '{COURTESY,PATROL}'::feedback_tag[] ELSE '{}' END,
         CASE WHEN i % 40 = 0 THEN '保安很负责，谢谢' END,
         now() - make_interval(secs => i * 7), now() - make_interval(secs => i * 7)
    FROM generate_series(1, $1::int) i CROSS JOIN d JOIN kiosk_device k ON k.id = d.ids[1 + i % d.n]`;

/** How many stored documents still hash to the SHA-256 recorded when they were uploaded. */
async function documentsIntact(c: Client): Promise<{ intact: number }> {
  const { rows } = await c.query<{ intact: number }>(
    `SELECT count(*)::int AS intact FROM document WHERE encode(sha256(content), 'hex') = sha256`,
  );
  return rows[0]!;
}

async function drill(ratings: number, dir: string) {
  const name = `cqss_drill_${randomBytes(4).toString('hex')}`;
  const url = Object.assign(new URL(serverUrl!), { pathname: `/${name}` }).toString();
  await sql(serverUrl!, (c) => c.query(`CREATE DATABASE ${name}`));
  try {
    const dataSource = createDataSource(url, createLogger('warn'));
    await dataSource.initialize();
    await dataSource.runMigrations();
    await seedDemo(dataSource, 10);
    await dataSource.destroy();
    if (ratings) await sql(url, (c) => c.query(ADD_RATINGS, [ratings]));
    const before = await sql(
      url,
      async (c) => (await c.query('VACUUM ANALYZE'), tableRowCounts(c)),
    );

    const file = path.join(dir, `${name}.dump`);
    const step = async (args: string[]) => {
      const started = performance.now();
      const run = await runCli(args, { DATABASE_URL: url, DATA_DIR: dir });
      if (run.code !== 0) throw new Error(run.stderr);
      return (performance.now() - started) / 1000;
    };
    const backup = await step(['backup', file]);
    const dropStarted = performance.now();
    await sql(serverUrl!, (c) => c.query(`DROP DATABASE ${name} WITH (FORCE)`));
    const drop = (performance.now() - dropStarted) / 1000;
    const restore = await step(['restore', file]);
    const after = await sql(url, tableRowCounts);
    const intact = await sql(url, documentsIntact);
    return {
      'demo + ratings': ratings.toLocaleString('en'),
      'all rows': Object.values(before)
        .reduce((a, b) => a + b, 0)
        .toLocaleString('en'),
      'restored MB': await sql(
        url,
        async (c) =>
          (await c.query(`SELECT round(pg_database_size(current_database()) / 1048576.0) AS mb`))
            .rows[0].mb,
      ),
      'backup MB': (statSync(file).size / 1048576).toFixed(1),
      'backup s': backup.toFixed(1),
      'drop s': drop.toFixed(1),
      'restore s': restore.toFixed(1),
      'rows equal': isDeepStrictEqual(before, after),
      // The stored files (bytea) come back byte for byte: each still hashes to its SHA-256.
      documents: before.document ?? 0,
      'documents intact': intact.intact,
    };
  } finally {
    await sql(serverUrl!, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

async function main() {
  if (!serverUrl) throw new Error('Set BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const dir = mkdtempSync(path.join(tmpdir(), 'cqss-drill-'));
  try {
    const rows = [];
    for (const ratings of counts.length ? counts : [0, 1_000_000])
      rows.push(await drill(ratings, dir));
    console.table(rows);
    const failed = rows.filter((r) => !r['rows equal'] || r['documents intact'] !== r.documents);
    if (failed.length) {
      console.error('The restore lost or changed rows or documents');
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
