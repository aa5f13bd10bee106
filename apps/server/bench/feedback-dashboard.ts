/**
 * `pnpm --filter @cqss/server bench:feedback`: the satisfaction dashboard over 1,000,000 ratings.
 * Seeds a fresh database (TEST_DATABASE_URL's server, or an embedded PostgreSQL) with the demo
 * data plus BENCH_RATINGS ratings (default 1,000,000) from 60 kiosks at 23 units over a year,
 * then times the dashboard's GraphQL queries end to end (HTTP, resolvers, SQL) on loopback, and
 * prints the plan of the aggregate (over the daily rollup the triggers keep). A benchmark, not a
 * test: it asserts only that answers come.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createAppServer } from '../src/app';
import { createLogger } from '../src/common/logger';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { seedDemo } from '../src/seed/demo-seed';
import { addDays, toCalendarDate, weekStartOf } from '@cqss/domain';

// BENCH_SMOKE=1: a few thousand ratings and two runs, to show the bench still runs (the test command).
const SMOKE = process.env.BENCH_SMOKE === '1';
const RATINGS = Number(process.env.BENCH_RATINGS ?? (SMOKE ? 5_000 : 1_000_000));
const RUNS = Number(process.env.BENCH_RUNS ?? (SMOKE ? 2 : 10));
const BATCH = 250_000;

async function databaseServer(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.TEST_DATABASE_URL)
    return { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), 'cqss-bench-pg-'));
  const pg = await startEmbeddedPostgres(
    dir,
    57000 + Math.floor(Math.random() * 1000),
    createLogger('warn'),
    'postgres',
  );
  return {
    url: pg.url,
    stop: async () => (await pg.stop(), rmSync(dir, { recursive: true, force: true })),
  };
}

const REPORT = `query Bench($customerUnitId: ID, $postId: ID, $from: String, $to: String) {
  satisfaction(customerUnitId: $customerUnitId, postId: $postId, from: $from, to: $to) {
    overall { count satisfied low mean satisfiedShare distribution }
    byUnit { customerUnit { id name } summary { count mean satisfiedShare low } }
    byPost { customerUnit { id name } post { id name } summary { count mean satisfiedShare } }
    byWeek { weekStart summary { count mean satisfiedShare } }
    tags { tag count }
  }
}`;
const COMMENTS = `query BenchComments($customerUnitId: ID, $from: String, $to: String) {
  feedbackComments(customerUnitId: $customerUnitId, from: $from, to: $to, first: 10) {
    nodes { id rating comment tags recordedAt deviceName customerUnit { name } post { name } }
  }
}`;

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))]!;

/** The demo data, 20 more units with two posts and a kiosk each, and RATINGS ratings over a year. */
async function seed(ds: ReturnType<typeof createDataSource>): Promise<void> {
  await ds.runMigrations();
  await seedDemo(ds, 12);
  // 20 more units of the Chongqing company, two posts each (plus the demo ones), a kiosk per post.
  const [{ id: companyId }] = await ds.query(
    `SELECT company_id AS id FROM app_user WHERE username = 'cq.admin'`,
  );
  await ds.query(
    `WITH u AS (
       INSERT INTO customer_unit (company_id, name, credit_code, address, division_code, contact_name, contact_phone)
       SELECT $1, '基准单位 ' || i, lpad(i::text, 18, '9'), '重庆市渝中区', '500103', '联系人', '023' FROM generate_series(1, 20) i
       RETURNING id)
     INSERT INTO post (company_id, customer_unit_id, contract_id, name, supervisor_id, post_orders)
     SELECT $1, u.id, (SELECT c.id FROM contract c WHERE c.company_id = $1 ORDER BY c.created_at LIMIT 1),
            '岗位 ' || j, (SELECT id FROM app_user WHERE username = 'cq.supervisor'), '岗位职责'
       FROM u, generate_series(1, 2) j`,
    [companyId],
  );
  await ds.query(
    `INSERT INTO kiosk_device (company_id, customer_unit_id, post_id, name, paired_at)
     SELECT p.company_id, p.customer_unit_id, p.id, '基准终端', now() - interval '400 days' FROM post p
      WHERE p.company_id = $1 AND NOT EXISTS (SELECT 1 FROM kiosk_device d WHERE d.post_id = p.id AND d.paired_at IS NOT NULL)`,
    [companyId],
  );
  await ds.query(
    `CREATE TABLE bench_device AS
     SELECT (row_number() OVER (ORDER BY id) - 1)::int AS k, id, customer_unit_id, post_id
       FROM kiosk_device WHERE company_id = $1 AND paired_at IS NOT NULL`,
    [companyId],
  );
  const devices: { id: string; customer_unit_id: string; post_id: string }[] = await ds.query(
    `SELECT id, customer_unit_id, post_id FROM bench_device ORDER BY k`,
  );
  console.log(
    `seeding ${RATINGS.toLocaleString('en')} ratings from ${devices.length} kiosks over 365 days …`,
  );
  const t0 = process.hrtime.bigint();
  for (let start = 0; start < RATINGS; start += BATCH) {
    const n = Math.min(BATCH, RATINGS - start);
    // Spread over a year, every kiosk in turn; ratings skewed towards 4–5, a few tags, 5 % comments.
    await ds.query(
      `INSERT INTO feedback (company_id, customer_unit_id, post_id, device_id, idempotency_key, rating, tags, comment, recorded_at, received_at)
       SELECT $1, d.customer_unit_id, d.post_id, d.id, gen_random_uuid(),
              CASE WHEN x.v < 0.05 THEN 1 WHEN x.v < 0.10 THEN 2 WHEN x.v < 0.25 THEN 3 WHEN x.v < 0.60 THEN 4 ELSE 5 END,
              (ARRAY[]::feedback_tag[])
                || CASE WHEN x.a < 0.3 THEN ARRAY['COURTESY'::feedback_tag] ELSE '{}' END
                || CASE WHEN x.b < 0.15 THEN ARRAY['PATROL'::feedback_tag] ELSE '{}' END
                || CASE WHEN x.c < 0.1 THEN ARRAY['SAFETY'::feedback_tag] ELSE '{}' END,
              CASE WHEN x.c > 0.95 THEN '基准留言 ' || g ELSE NULL END,
              x.t, x.t + interval '2 seconds'
         FROM generate_series($2::int + 1, $2::int + $4::int) g
         JOIN bench_device d ON d.k = g % $5::int
         CROSS JOIN LATERAL (
           SELECT random() + 0 * g AS v, random() + 0 * g AS a, random() + 0 * g AS b, random() + 0 * g AS c,
                  now() - make_interval(secs => (g::double precision / $3::int) * 365 * 86400) AS t
         ) x`,
      [companyId, start, RATINGS, n, devices.length],
    );
    process.stdout.write(
      `  ${(start + n).toLocaleString('en')} (${(ms(t0) / 1000).toFixed(0)} s)\n`,
    );
  }
  await ds.query('VACUUM ANALYZE feedback');
  console.log(`seeded in ${(ms(t0) / 1000).toFixed(1)} s`);
}

async function main() {
  const db = await databaseServer();
  // BENCH_REUSE=<database> times an earlier run's kept database (BENCH_KEEP=1) without seeding.
  const reuse = process.env.BENCH_REUSE;
  const name = reuse ?? `cqss_bench_fb_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: db.url });
  await admin.connect();
  if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(db.url);
  url.pathname = `/${name}`;
  // Seeding statements are slow on purpose: only errors are worth a line.
  const logger = createLogger('error');
  const ds = createDataSource(url.toString(), logger);
  let server: Awaited<ReturnType<typeof createAppServer>> | null = null;
  try {
    await ds.initialize();
    if (!reuse) await seed(ds);
    const [{ id: companyId }] = await ds.query(
      `SELECT company_id AS id FROM app_user WHERE username = 'cq.admin'`,
    );
    const devices: { id: string }[] = await ds.query(`SELECT id FROM bench_device ORDER BY k`);
    const [{ n: total }] = await ds.query(`SELECT count(*)::int AS n FROM feedback`);

    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: url.toString(),
      SESSION_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'error',
      APPS_DIR: '/nonexistent',
    });
    server = await createAppServer(config, ds, logger);
    const address = await server.listen(0, '127.0.0.1');
    const endpoint = `http://127.0.0.1:${address.port}/graphql`;
    const login = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(input: { username: "cq.admin", password: "${DEMO_PASSWORD}" }) { id } }`,
      }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const t = process.hrtime.bigint();
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as {
        data: {
          satisfaction?: { overall: { count: number } };
          feedbackComments?: { nodes: unknown[] };
        };
        errors?: unknown[];
      };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { ms: ms(t), body };
    };

    const today = toCalendarDate(new Date());
    const weeksBack = (w: number) => ({
      from: addDays(weekStartOf(today), -7 * (w - 1)),
      to: today,
    });
    const [unit] = await ds.query(
      `SELECT customer_unit_id AS id, post_id FROM kiosk_device WHERE id = $1`,
      [devices[0]!.id],
    );
    const scenarios: [string, string, Record<string, unknown>][] = [
      ['dashboard, all units, last 12 weeks (default view)', REPORT, weeksBack(12)],
      ['dashboard, all units, last 52 weeks', REPORT, weeksBack(52)],
      ['dashboard, all units, all time', REPORT, {}],
      ['dashboard, one unit, last 12 weeks', REPORT, { customerUnitId: unit.id, ...weeksBack(12) }],
      ['dashboard, one unit, all time', REPORT, { customerUnitId: unit.id }],
      ['dashboard, one post, last 52 weeks', REPORT, { postId: unit.post_id, ...weeksBack(52) }],
      ['latest comments, all units, 12 weeks (10)', COMMENTS, weeksBack(12)],
    ];
    const rows = [];
    for (const [label, query, variables] of scenarios) {
      await ask(query, variables);
      await ask(query, variables);
      const times: number[] = [];
      let counted = 0;
      for (let i = 0; i < RUNS; i++) {
        const r = await ask(query, variables);
        times.push(r.ms);
        counted =
          r.body.data.satisfaction?.overall.count ??
          r.body.data.feedbackComments?.nodes.length ??
          0;
      }
      rows.push({
        query: label,
        'ratings counted': counted,
        'p50 ms': Number(pct(times, 0.5).toFixed(1)),
        'p95 ms': Number(pct(times, 0.95).toFixed(1)),
        'max ms': Number(Math.max(...times).toFixed(1)),
      });
    }
    console.log(
      `\nSatisfaction dashboard over ${total.toLocaleString('en')} ratings, ${RUNS} runs each after 2 warm-ups, loopback, end to end, load average ${loadavg()[0]!.toFixed(2)}:`,
    );
    console.table(rows);

    const [{ cells }] = await ds.query(`SELECT count(*)::int AS cells FROM feedback_daily`);
    const plan: { 'QUERY PLAN': string }[] = await ds.query(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING ON)
       SELECT d.customer_unit_id, d.post_id, date_trunc('week', d.day)::date, sum(d.r1 + d.r2 + d.r3 + d.r4 + d.r5)
         FROM feedback_daily d WHERE d.company_id = $1 GROUP BY 1, 2, 3`,
      [companyId],
    );
    console.log(`\nPlan of the rollup's aggregate (all time, all units; ${cells} daily cells):`);
    console.log(plan.map((p) => `  ${p['QUERY PLAN']}`).join('\n'));
  } finally {
    await server?.stop();
    if (ds.isInitialized) await ds.destroy();
    if (process.env.BENCH_KEEP || reuse) console.log(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
