/**
 * `pnpm bench`: throughput and latency of a representative authenticated list query
 * (customerUnits, 50 rows with their company) against the raw node:http + pg baseline,
 * in one run, each server in its own process, autocannon on loopback, bounded in time.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { createLogger } from '../src/common/logger';
import { createDataSource } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { seedDemo } from '../src/seed/demo-seed';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const QUERY = `query Bench { customerUnits(first: 50) { nodes { id name divisionCode company { name } } } }`;

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

function start(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, {
    cwd: path.join(__dirname, '..'),
    env: { PATH: process.env.PATH, ...env },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const match = ready.exec(out);
      if (match) resolve({ child, match });
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

function load(url: string, headers: Record<string, string>) {
  return autocannon({
    url,
    method: 'POST',
    headers,
    body: JSON.stringify({ query: QUERY }),
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
}

async function main() {
  const db = await databaseServer();
  const name = `cqss_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: db.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(db.url);
  url.pathname = `/${name}`;
  const children: ChildProcess[] = [];
  try {
    const ds = createDataSource(url.toString(), createLogger('warn'));
    await ds.initialize();
    await ds.runMigrations();
    await seedDemo(ds, 12);
    const [{ id: companyId }] = await ds.query(
      `SELECT company_id AS id FROM app_user WHERE username = 'cq.admin'`,
    );
    await ds.query(
      `INSERT INTO customer_unit (company_id, name, credit_code, address, division_code, contact_name, contact_phone)
       SELECT $1, '客户单位 ' || i, lpad(i::text, 18, '0'), '重庆市渝中区', '500103', '联系人', '023-0000' FROM generate_series(1, 500) i`,
      [companyId],
    );
    await ds.destroy();

    const api = await start(
      ['--enable-source-maps', 'dist/main.js'],
      {
        DATABASE_URL: url.toString(),
        PORT: '0',
        LOG_LEVEL: 'info',
        NODE_ENV: 'production',
        SESSION_SECRET: randomBytes(32).toString('hex'),
        APPS_DIR: '/nonexistent',
      },
      /"graphql":"(http:[^"]+)"/,
    );
    children.push(api.child);
    const apiUrl = api.match[1]!;
    const login = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(input: { username: "cq.admin", password: "${DEMO_PASSWORD}" }) { id } }`,
      }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const check = (await (
      await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: QUERY }),
      })
    ).json()) as { data?: { customerUnits?: { nodes?: unknown[] } } };
    if (check.data?.customerUnits?.nodes?.length !== 50)
      throw new Error(`unexpected answer: ${JSON.stringify(check).slice(0, 300)}`);

    const raw = await start(
      ['-r', '@swc-node/register', 'bench/raw-server.ts'],
      { DATABASE_URL: url.toString(), COMPANY_ID: companyId },
      /\{"port":(\d+)\}/,
    );
    children.push(raw.child);
    const rawUrl = `http://127.0.0.1:${raw.match[1]}/graphql`;

    // Warm both up, then measure one after the other so they never share the CPU.
    await load(apiUrl, { 'content-type': 'application/json', cookie }).then(() => undefined);
    const apiResult = await load(apiUrl, { 'content-type': 'application/json', cookie });
    await load(rawUrl, { 'content-type': 'application/json' });
    const rawResult = await load(rawUrl, { 'content-type': 'application/json' });

    const row = (label: string, r: autocannon.Result) => ({
      server: label,
      'req/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      errors: r.errors + r.non2xx,
    });
    console.log(
      `\ncustomerUnits(first: 50) with company, ${CONNECTIONS} connections, ${DURATION_S} s each, loopback`,
    );
    console.table([
      row('CQSS GraphQL (Apollo + type-graphql + TypeORM)', apiResult),
      row('raw node:http + pg, one SQL', rawResult),
    ]);
    console.log(
      `ratio (GraphQL / raw): ${(apiResult.requests.average / rawResult.requests.average).toFixed(2)}x`,
    );
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
