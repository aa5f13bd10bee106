/**
 * `pnpm --filter @cqss/server bench:export`: an Excel export of BENCH_ROWS audit entries
 * (default 100,000) from the server as deployed (a separate process, NODE_ENV=production),
 * downloaded over loopback. Prints the export's time, the server's resident memory before and
 * at its peak during the export (sampled from /proc every 10 ms), and the latency of /healthz
 * polled all along. The file is then read back with exceljs's streaming reader and its rows
 * counted. BENCH_SMOKE=1 exports 2,000 rows. Needs TEST_DATABASE_URL's PostgreSQL server.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { ready, runServer } from '../test/server-process';

const ROWS = process.env.BENCH_SMOKE ? 2_000 : Number(process.env.BENCH_ROWS ?? 100_000);
const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const rssMiB = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
};
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))]!;

async function sql(url: string, text: string, params: unknown[] = []) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

async function main() {
  const db = `cqss_bench_export_${randomBytes(4).toString('hex')}`;
  await sql(server, `CREATE DATABASE ${db}`);
  const url = new URL(server);
  url.pathname = `/${db}`;
  const run = runServer({
    DATABASE_URL: url.toString(),
    SEED_DEMO: 'true',
    PORT: '0',
    LOG_LEVEL: 'info', // 'CQSS platform ready' is an info line
    NOTIFY_POLL_MS: '0',
  });
  try {
    const base = await ready(run);
    const pid = run.child.pid!;
    let t0 = Date.now();
    await sql(
      url.toString(),
      `INSERT INTO audit_entry (actor_user_id, actor_role, actor_label, company_id, action, target_type, target_id, detail, ip, created_at)
       SELECT u.id, 'COMPANY_ADMIN', 'cq.admin', u.company_id, 'bench.act_' || (i % 17), 'Contract',
              gen_random_uuid(), jsonb_build_object('n', i), '127.0.0.1',
              now() - make_interval(secs => i)
         FROM app_user u, generate_series(1, $1::int) AS i
        WHERE u.username = 'cq.admin'`,
      [ROWS],
    );
    console.log(`seeded ${ROWS} audit entries in ${Date.now() - t0} ms`);

    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation L($i: LoginInput!) { login(input: $i) { id } }',
        variables: { i: { username: 'cq.admin', password: 'Cqss@2026' } },
      }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    // Warm the route once (module loading, JIT), then measure.
    await (
      await fetch(
        `${base}/exports/audit-log.xlsx?filters=${encodeURIComponent('{"action":"auth."}')}`,
        {
          headers: { cookie },
        },
      )
    ).arrayBuffer();
    global.gc?.();
    const baseline = rssMiB(pid);

    // /healthz on its own first, for comparison: this machine may be busy with other work.
    const idle: number[] = [];
    for (const until = Date.now() + 3000; Date.now() < until;) {
      const s = performance.now();
      await (await fetch(`${base}/healthz`)).text();
      idle.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 20));
    }

    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 10);
    const health: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const s = performance.now();
        await (await fetch(`${base}/healthz`)).text();
        health.push(performance.now() - s);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    t0 = Date.now();
    const res = await fetch(
      `${base}/exports/audit-log.xlsx?filters=${encodeURIComponent('{"action":"bench."}')}`,
      { headers: { cookie } },
    );
    if (res.status !== 200) throw new Error(`export answered ${res.status}: ${await res.text()}`);
    const chunks: Buffer[] = [];
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>)
      chunks.push(Buffer.from(chunk));
    const seconds = (Date.now() - t0) / 1000;
    polling = false;
    await poller;
    clearInterval(sampler);
    const file = Buffer.concat(chunks);

    let rows = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), {});
    for await (const sheet of reader) for await (const _row of sheet) rows++;
    rows -= 1; // the header

    console.log(`export of ${ROWS.toLocaleString('en')} rows (audit log, one filter)`);
    console.log(
      `  time:            ${seconds.toFixed(2)} s (${Math.round(ROWS / seconds)} rows/s)`,
    );
    console.log(
      `  file:            ${(file.length / 1048576).toFixed(1)} MiB, ${rows} data rows read back`,
    );
    console.log(
      `  server RSS:      ${baseline.toFixed(0)} MiB before, ${peak.toFixed(0)} MiB peak (+${(peak - baseline).toFixed(0)} MiB)`,
    );
    console.log(
      `  /healthz during: ${health.length} probes, p50 ${pct(health, 0.5).toFixed(1)} ms, p99 ${pct(health, 0.99).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms`,
    );
    console.log(
      `  /healthz before: ${idle.length} probes, p50 ${pct(idle, 0.5).toFixed(1)} ms, p99 ${pct(idle, 0.99).toFixed(1)} ms, max ${Math.max(...idle).toFixed(1)} ms`,
    );
    if (rows !== ROWS) throw new Error(`the file holds ${rows} rows, not ${ROWS}`);
  } finally {
    run.child.kill('SIGTERM');
    await run.exited;
    await sql(server, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
