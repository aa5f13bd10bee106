/**
 * `pnpm bench`: the API against a raw node:http + pg baseline on two operations, each server in
 * its own process, autocannon on loopback, bounded in time:
 *  - read: customerUnits(first: 50) with each unit's company (an authenticated list);
 *  - write: the kiosk's submitFeedback against one raw INSERT of the same row.
 * Fair by construction: the two servers take turns in alternating rounds (A B A B …, after a
 * warm-up round each), so a change in the machine's load hits both alike; each ratio is the
 * median of the rounds' ratios. The last line is the read ratio:
 * `ratio (GraphQL / raw): 0.NNx`.
 *
 * BENCH_DURATION (s a round, default 5), BENCH_ROUNDS (default 5), BENCH_CONNECTIONS (10);
 * BENCH_SMOKE=1: one round of 1 s each, to show the bench still runs (the test command).
 * BENCH_ONLY=read|write: one of the two comparisons; BENCH_PROFILE=<dir>: the API runs with
 * `--cpu-prof` and writes its profile there when the bench stops it; BENCH_API_MAIN=<file>: the
 * API's entry point instead of dist/main.js (another build of it, to compare two versions);
 * BENCH_API_B=<file>: a second build of the API, run beside the first on the same database and
 * measured in the same alternating rounds (A, raw, B, raw, …), each with its own ratio: an A/B
 * of a change on a busy machine.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { createLogger } from '../src/common/logger';
import { createDataSource } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { seedDemo } from '../src/seed/demo-seed';

const SMOKE = process.env.BENCH_SMOKE === '1';
const DURATION_S = Number(process.env.BENCH_DURATION ?? (SMOKE ? 1 : 5));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (SMOKE ? 1 : 5));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ONLY = process.env.BENCH_ONLY;
const PROFILE_DIR = process.env.BENCH_PROFILE;
const API_B = process.env.BENCH_API_B;
/** Kiosks rating in the write bench: each rating is a minute after its device's last (the rate limit). */
const DEVICES = 50;
const QUERY = `query Bench { customerUnits(first: 50) { nodes { id name divisionCode company { name } } } }`;
const SUBMIT = `mutation Rate($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id idempotencyKey rating recordedAt } }`;

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

interface Target {
  url: string;
  /** The server's process, whose CPU time a round is charged (user + system, from /proc). */
  pid?: number;
  /** The request autocannon sends, made afresh each time (a write needs a new key and time). */
  request: () => { path: string; headers: Record<string, string>; body: string };
}

/** Answers with 2xx, all loads: a write bench checks them against the rows stored. */
let answered = 0;

/** CPU seconds a process has used (Linux), or NaN where /proc is not there. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    return NaN;
  }
}

/** A round's result and the server's CPU milliseconds per answer (steadier than req/s here). */
type Round = autocannon.Result & { cpuMs: number };

async function load(target: Target, seconds = DURATION_S): Promise<Round> {
  const cpuBefore = cpuSeconds(target.pid);
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, ...target.request() }),
      },
    ],
  });
  answered += result['2xx'];
  const cpuMs = ((cpuSeconds(target.pid) - cpuBefore) * 1000) / result.requests.total;
  return Object.assign(result, { cpuMs });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const load1 = () => loadavg()[0]!.toFixed(2);

/** Alternating rounds of the API build(s) and the raw server; the table and the median ratios. */
async function compare(
  title: string,
  apis: { label: string; target: Target }[],
  raw: Target,
): Promise<number[]> {
  for (const api of apis) await load(api.target, 1);
  await load(raw, 1);
  const rounds: { apis: Round[]; raws: Round[] }[] = [];
  const loads: string[] = [load1()];
  for (let i = 0; i < ROUNDS; i++) {
    const round: { apis: Round[]; raws: Round[] } = { apis: [], raws: [] };
    // Each build is followed by a raw round, so each ratio compares neighbours in time.
    for (const api of apis) {
      round.apis.push(await load(api.target));
      round.raws.push(await load(raw));
    }
    rounds.push(round);
  }
  loads.push(load1());
  const row = (label: string, rs: Round[]) => ({
    server: label,
    'req/s (median)': Math.round(median(rs.map((r) => r.requests.average))),
    'req/s (rounds)': rs.map((r) => Math.round(r.requests.average)).join(' '),
    'p50 ms': median(rs.map((r) => r.latency.p50)),
    'p99 ms': median(rs.map((r) => r.latency.p99)),
    'CPU ms/req': Number(median(rs.map((r) => r.cpuMs)).toFixed(2)),
    errors: rs.reduce((n, r) => n + r.errors + r.non2xx, 0),
  });
  console.log(
    `\n${title}: ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${DURATION_S} s each, loopback, load average ${loads.join(' → ')}`,
  );
  console.table([
    ...apis.map((api, j) =>
      row(
        api.label,
        rounds.map((r) => r.apis[j]!),
      ),
    ),
    row(
      'raw node:http + pg',
      rounds.flatMap((r) => r.raws),
    ),
  ]);
  return apis.map((_, j) =>
    median(rounds.map((r) => r.apis[j]!.requests.average / r.raws[j]!.requests.average)),
  );
}

async function gql(url: string, query: string, variables: object, cookie?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bench's own queries
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return { data: body.data, cookie: res.headers.getSetCookie()[0]?.split(';')[0] };
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
  const ds = createDataSource(url.toString(), createLogger('warn'));
  try {
    await ds.initialize();
    await ds.runMigrations();
    await seedDemo(ds, 10);
    const [{ id: companyId }] = await ds.query(
      `SELECT company_id AS id FROM app_user WHERE username = 'cq.admin'`,
    );
    const [{ id: unitId }] = await ds.query(
      `SELECT id FROM customer_unit WHERE company_id = $1 ORDER BY created_at LIMIT 1`,
      [companyId],
    );
    await ds.query(
      `INSERT INTO customer_unit (company_id, name, credit_code, address, division_code, contact_name, contact_phone)
       SELECT $1, '客户单位 ' || i, lpad(i::text, 18, '0'), '重庆市渝中区', '500103', '联系人', '023-0000' FROM generate_series(1, 500) i`,
      [companyId],
    );

    const secret = randomBytes(32).toString('hex');
    const startApi = (main: string) =>
      start(
        [
          ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(PROFILE_DIR)}`] : []),
          '--enable-source-maps',
          main,
        ],
        {
          DATABASE_URL: url.toString(),
          PORT: '0',
          LOG_LEVEL: 'info',
          NODE_ENV: 'production',
          // One secret for both builds: a session or a kiosk's cookie works on either.
          SESSION_SECRET: secret,
          APPS_DIR: '/nonexistent',
        },
        /"graphql":"(http:[^"]+)"/,
      );
    const api = await startApi(process.env.BENCH_API_MAIN ?? 'dist/main.js');
    children.push(api.child);
    const apiB = API_B ? await startApi(API_B) : null;
    if (apiB) children.push(apiB.child);
    const apiUrl = api.match[1]!;
    const { cookie } = await gql(
      apiUrl,
      `mutation L($input: LoginInput!) { login(input: $input) { id } }`,
      { input: { username: 'cq.admin', password: DEMO_PASSWORD } },
    );
    for (const server of apiB ? [api, apiB] : [api]) {
      const check = await gql(server.match[1]!, QUERY, {}, cookie);
      if (check.data?.customerUnits?.nodes?.length !== 50)
        throw new Error(`unexpected answer: ${JSON.stringify(check).slice(0, 300)}`);
    }

    // The kiosks: registered and paired through the API, their pairing dated back so a rating a
    // minute apart per device can be dated from 30 days ago onwards (the rate limit holds).
    const kiosks: { id: string; cookie: string }[] = [];
    for (let i = 0; i < DEVICES; i++) {
      const reg = await gql(
        apiUrl,
        `mutation R($input: RegisterKioskInput!) { registerKiosk(input: $input) { pairingCode device { id } } }`,
        { input: { customerUnitId: unitId, postId: null, name: `压测终端 ${i}` } },
        cookie,
      );
      const paired = await gql(
        apiUrl,
        `mutation P($input: PairKioskInput!) { pairKiosk(input: $input) { deviceName } }`,
        { input: { code: reg.data.registerKiosk.pairingCode } },
      );
      kiosks.push({ id: reg.data.registerKiosk.device.id, cookie: paired.cookie! });
    }
    await ds.query(`UPDATE kiosk_device SET paired_at = now() - interval '60 days'`);

    const raw = await start(
      ['-r', '@swc-node/register', 'bench/raw-server.ts'],
      { DATABASE_URL: url.toString(), COMPANY_ID: companyId },
      /\{"port":(\d+)\}/,
    );
    children.push(raw.child);
    const rawOrigin = `http://127.0.0.1:${raw.match[1]}`;

    const listBody = JSON.stringify({ query: QUERY });
    const json = { 'content-type': 'application/json' };
    const readTarget = (server: typeof api): Target => ({
      url: new URL(server.match[1]!).origin,
      pid: server.child.pid,
      request: () => ({ path: '/graphql', headers: { ...json, cookie: cookie! }, body: listBody }),
    });
    const readRaw: Target = {
      url: rawOrigin,
      pid: raw.child.pid,
      request: () => ({ path: '/graphql', headers: json, body: listBody }),
    };
    // One sequence for both servers: rating n is kiosk n mod DEVICES's, a minute after its last.
    const from = Date.now() - 30 * 86_400_000;
    let n = 0;
    const nextRating = () => {
      const i = n++;
      const kiosk = kiosks[i % DEVICES]!;
      const recordedAt = new Date(from + Math.floor(i / DEVICES) * 61_000).toISOString();
      return { kiosk, idempotencyKey: randomUUID(), recordedAt };
    };
    const writeTarget = (server: typeof api): Target => ({
      url: new URL(server.match[1]!).origin,
      pid: server.child.pid,
      request: () => {
        const { kiosk, idempotencyKey, recordedAt } = nextRating();
        const input = { idempotencyKey, rating: 5, recordedAt };
        return {
          path: '/graphql',
          headers: { ...json, cookie: kiosk.cookie },
          body: JSON.stringify({ query: SUBMIT, variables: { input } }),
        };
      },
    });
    const builds = (target: (server: typeof api) => Target) => [
      { label: apiB ? 'CQSS GraphQL (A)' : 'CQSS GraphQL', target: target(api) },
      ...(apiB ? [{ label: 'CQSS GraphQL (B)', target: target(apiB) }] : []),
    ];
    const suffix = (j: number) => (apiB ? (j ? ' (B)' : ' (A)') : '');
    const writeRaw: Target = {
      url: rawOrigin,
      pid: raw.child.pid,
      request: () => {
        const { kiosk, idempotencyKey, recordedAt } = nextRating();
        return {
          path: '/feedback',
          headers: json,
          body: JSON.stringify({ deviceId: kiosk.id, idempotencyKey, recordedAt }),
        };
      },
    };

    if (ONLY !== 'read') {
      answered = 0;
      const write = await compare(
        'submitFeedback vs one raw INSERT of the same row',
        builds(writeTarget),
        writeRaw,
      );
      // A refused rating is a 200 with errors: every answer must have stored its row (there may
      // be more rows: requests in flight when a round ended are stored but not counted).
      const [{ count }] = await ds.query(
        `SELECT count(*)::int AS count FROM feedback WHERE device_id = ANY($1)`,
        [kiosks.map((k) => k.id)],
      );
      if (count < answered)
        throw new Error(
          `${answered} ratings answered with 200, ${count} stored: some were refused`,
        );
      console.log();
      write.forEach((r, j) =>
        console.log(`write ratio (submitFeedback / raw INSERT)${suffix(j)}: ${r.toFixed(2)}x`),
      );
    }
    if (ONLY !== 'write') {
      const read = await compare(
        'customerUnits(first: 50) with company',
        builds(readTarget),
        readRaw,
      );
      console.log();
      // The read ratio last (of the first build, when there are two).
      [...read.entries()]
        .reverse()
        .forEach(([j, r]) => console.log(`ratio (GraphQL / raw)${suffix(j)}: ${r.toFixed(2)}x`));
    }
  } finally {
    // Stopped before their database goes (and a profile is written before the bench exits).
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once('exit', () => resolve());
            setTimeout(resolve, 10_000).unref();
            c.kill('SIGTERM');
          }),
      ),
    );
    if (ds.isInitialized) await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
