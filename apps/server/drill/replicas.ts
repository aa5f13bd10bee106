/**
 * The deployment of docker/compose.yaml run natively and put under a fault: Debian's nginx with
 * docker/nginx.conf in front of two server replicas (the production build, NODE_ENV=production)
 * sharing PostgreSQL and Redis. Under readers, kiosks sending their queues and live alert
 * subscriptions, all through nginx, one replica is killed with SIGKILL and started again.
 *
 *   pnpm --filter @cqss/server drill:replicas
 *
 * Environment: TEST_DATABASE_URL (a server where a database may be created), TEST_REDIS_URL,
 * NGINX (the binary), SERVER_DIR (a folder holding dist/main.js and its node_modules, e.g. the
 * output of `pnpm deploy --prod`; default this package). Prints the counts and exits 1 when a
 * rating was lost or doubled, a session had to sign in again, a subscription did not resume,
 * or a 5xx answer was not one of the killed replica's requests in flight.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { children, freePort, replica, sleep, sql, startNginx } from './topology';

const SERVER_DIR = path.resolve(process.env.SERVER_DIR ?? path.join(__dirname, '..'));
const DATABASE_SERVER =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const READERS = 16;
const KIOSKS = 5;
const RATINGS_PER_KIOSK = 40;
const SUBSCRIBERS = 6;
/** When, from the start of the load, replica A is killed and started again. */
const KILL_AT_MS = 4_000;
const RESTART_AT_MS = 5_000;
/** How long the load goes on once A is back; each kiosk keeps its last ratings for then. */
const AFTER_RESTART_MS = 3_000;
const KEPT_FOR_AFTER_RESTART = 5;

const work = mkdtempSync(path.join(tmpdir(), 'cqss-drill-'));
const database = `cqss_drill_${randomBytes(4).toString('hex')}`;
const log = (msg: string) =>
  console.log(`[drill ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const t0 = Date.now();

// ─── Clients, as the apps are ────────────────────────────────────────────────────────────────

interface Answer {
  status: number; // 0: no answer at all
  codes: string[];
  data?: Record<string, unknown> | null;
}

/** A browser's cookie jar and its POSTs to /graphql (Apollo Client and the kiosk both POST). */
class Browser {
  cookie = '';
  constructor(private readonly base: string) {}

  async request(query: string, variables?: Record<string, unknown>): Promise<Answer> {
    try {
      const res = await fetch(`${this.base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.cookie ? { cookie: this.cookie } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const set = res.headers.getSetCookie()[0];
      if (set) this.cookie = set.split(';')[0]!;
      const body = (await res.json().catch(() => ({}))) as {
        data?: Record<string, unknown> | null;
        errors?: { extensions?: { code?: string } }[];
      };
      return {
        status: res.status,
        codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'),
        data: body.data,
      };
    } catch {
      return { status: 0, codes: ['NETWORK_ERROR'] };
    }
  }
}

const counts = {
  requests: 0,
  byStatus: {} as Record<string, number>,
  fiveXX: [] as { at: number; status: number }[],
  signInAgain: 0,
  ratingsStored: 0,
  ratingRetries: 0,
  retriesAnsweredWithTheFirstResult: 0,
  ratingsRefused: 0,
};

const signedOut = new Set<Browser>();

function tally(a: Answer, from: Browser) {
  counts.requests += 1;
  counts.byStatus[a.status] = (counts.byStatus[a.status] ?? 0) + 1;
  if (a.status >= 500) counts.fiveXX.push({ at: Date.now(), status: a.status });
  if (a.codes.includes('UNAUTHENTICATED')) {
    counts.signInAgain += 1;
    signedOut.add(from);
  }
}

async function signedIn(base: string, username: string): Promise<Browser> {
  const b = new Browser(base);
  const a = await b.request(
    `mutation { login(input: { username: "${username}", password: "Cqss@2026" }) { id } }`,
  );
  if (a.codes.length) throw new Error(`${username} could not sign in: ${a.codes.join()}`);
  return b;
}

/** A reader in a loop, as a console left open on a list: the same session throughout. */
async function reader(b: Browser, query: string, done: () => boolean) {
  while (!done()) {
    tally(await b.request(query), b);
    await sleep(100);
  }
}

/**
 * A kiosk sending its queue as apps/kiosk/src/outbox.ts does: one rating at a time, oldest
 * first; the idempotency key is made at the tap and sent again on every retry; only a stored
 * answer (or a final refusal) lets a rating leave; anything else waits with backoff and jitter
 * (the kiosk's 1 s … 15 s, shortened to 100 ms … 1 s for the drill).
 */
async function kiosk(
  b: Browser,
  queue: { key: string; rating: number; recordedAt: string }[],
  restarted: Promise<void>,
) {
  const sent: string[] = [];
  for (const [i, r] of queue.entries()) {
    if (i === queue.length - KEPT_FOR_AFTER_RESTART) await restarted;
    for (let attempt = 0; ; attempt++) {
      const sentAt = Date.now();
      const a = await b.request(SUBMIT, {
        input: { idempotencyKey: r.key, rating: r.rating, recordedAt: r.recordedAt, tags: [] },
      });
      tally(a, b);
      const stored = a.data?.submitFeedback as { receivedAt: string } | undefined;
      if (stored) {
        counts.ratingsStored += 1;
        if (attempt > 0 && new Date(stored.receivedAt).getTime() < sentAt)
          counts.retriesAnsweredWithTheFirstResult += 1;
        sent.push(r.key);
        break;
      }
      if (a.codes.some((c) => ['RATE_LIMITED', 'BAD_USER_INPUT'].includes(c))) {
        counts.ratingsRefused += 1;
        break;
      }
      counts.ratingRetries += 1;
      await sleep(Math.min(1000, 100 * 2 ** attempt) * (0.8 + 0.4 * Math.random()));
    }
    await sleep(250); // a queue drained over the whole drill, not in one burst
  }
  return sent;
}

interface Subscriber {
  client: WsClient;
  connects: number;
  closesAfterKill: number;
  eventsAfter: (at: number) => number;
}

function subscriber(base: string, cookie: string): Subscriber {
  const events: number[] = [];
  const s: Subscriber = {
    client: createClient({
      url: `${base.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: { cookie } });
        }
      },
      lazy: false,
      // graphql-ws's own reconnect, as the console's Apollo link uses it.
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: async () => {
        await sleep(200 + Math.random() * 300);
      },
      on: {
        connected: () => (s.connects += 1),
        closed: () => {
          if (killedAt && Date.now() >= killedAt) s.closesAfterKill += 1;
        },
      },
    }),
    connects: 0,
    closesAfterKill: 0,
    eventsAfter: (at) => events.filter((t) => t >= at).length,
  };
  s.client.subscribe(
    { query: 'subscription { feedbackAlertRaised { id rating } }' },
    { next: () => void events.push(Date.now()), error: () => undefined, complete: () => undefined },
  );
  return s;
}

// ─── The drill ───────────────────────────────────────────────────────────────────────────────

let killedAt = 0;

async function main() {
  if (!existsSync(path.join(SERVER_DIR, 'dist/main.js')))
    throw new Error(
      `no build in ${SERVER_DIR}: run pnpm turbo run build --filter=@cqss/server... first`,
    );
  const dbUrl = new URL(DATABASE_SERVER);
  dbUrl.pathname = `/${database}`;
  await sql(DATABASE_SERVER, `CREATE DATABASE ${database}`);
  const env = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl.toString(),
    REDIS_URL,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO: 'true',
    COOKIE_SECURE: 'false',
    TRUST_PROXY: 'loopback',
    PASSWORD_HASH_COST: '12', // the demo accounts' hashes; production's 17 only makes the seed slower
    LOG_LEVEL: 'info',
    APPS_DIR: path.join(work, 'no-apps'),
  };
  const a = replica('A', await freePort(), SERVER_DIR, env);
  const b = replica('B', await freePort(), SERVER_DIR, env);
  await a.start(); // migrates and seeds
  await b.start();
  const nginxPort = await freePort();
  await startNginx(work, nginxPort, [a, b]);
  const base = `http://127.0.0.1:${nginxPort}`;
  log(`nginx :${nginxPort} → replicas A :${a.port}, B :${b.port}; server from ${SERVER_DIR}`);

  // Sessions and devices, made through nginx like everyone's.
  const admin = await signedIn(base, 'cq.admin');
  const units = await admin.request('{ customerUnits(first: 50) { nodes { id name } } }');
  const unitId = (units.data!.customerUnits as { nodes: { id: string }[] }).nodes[0]!.id;
  const kiosks: Browser[] = [];
  for (let i = 0; i < KIOSKS; i++) {
    const reg = await admin.request(REGISTER, {
      input: { customerUnitId: unitId, name: `演练终端${i + 1}` },
    });
    const device = new Browser(base);
    const { pairingCode } = reg.data!.registerKiosk as { pairingCode: string };
    const paired = await device.request(PAIR, { input: { code: pairingCode } });
    if (paired.codes.length) throw new Error(`pairing failed: ${paired.codes.join()}`);
    kiosks.push(device);
  }
  const readerSessions = await Promise.all(
    ['cq.admin', 'cq.supervisor', 'sc.admin', 'cq.police'].map((u) => signedIn(base, u)),
  );
  const subscribers = Array.from({ length: SUBSCRIBERS }, () => subscriber(base, admin.cookie));

  // Queues as tablets keep them: taps 6 s apart over the last hour, every fifth one a 1 (an alert).
  const start = Date.now();
  const queues = kiosks.map(() =>
    Array.from({ length: RATINGS_PER_KIOSK }, (_, i) => ({
      key: randomUUID(),
      rating: i % 5 === 0 ? 1 : 4,
      recordedAt: new Date(start - (RATINGS_PER_KIOSK - i) * 6_000 - 60_000).toISOString(),
    })),
  );

  log(
    `load: ${READERS} readers, ${KIOSKS} kiosks × ${RATINGS_PER_KIOSK} ratings, ${SUBSCRIBERS} subscriptions`,
  );
  let stopAt = Infinity;
  let restarted!: () => void;
  const backAgain = new Promise<void>((resolve) => (restarted = resolve));
  const readers = Array.from({ length: READERS }, (_, i) =>
    reader(
      readerSessions[i % readerSessions.length]!,
      i % 4 === 3 ? ME : READ,
      () => Date.now() > stopAt,
    ),
  );
  const sending = kiosks.map((k, i) => kiosk(k, queues[i]!, backAgain));

  await sleep(KILL_AT_MS - (Date.now() - start));
  killedAt = Date.now();
  a.process!.kill('SIGKILL');
  log(`replica A killed (SIGKILL)`);
  await sleep(RESTART_AT_MS - (Date.now() - start));
  await a.start();
  const restartedAt = Date.now();
  log('replica A started again');
  stopAt = restartedAt + AFTER_RESTART_MS;
  restarted();

  await Promise.all(readers);
  const sentKeys = (await Promise.all(sending)).flat();
  await sleep(1500); // the last alerts reach their subscribers
  log('load done');

  // What PostgreSQL holds, against what the kiosks sent.
  const allKeys = queues.flat().map((r) => r.key);
  const rows = await sql<{ key: string; n: number }>(
    dbUrl.toString(),
    `SELECT idempotency_key AS key, count(*)::int AS n FROM feedback WHERE idempotency_key = ANY($1) GROUP BY 1`,
    [allKeys],
  );
  const storedKeys = new Set(rows.map((r) => r.key));
  const lost = allKeys.filter((k) => !storedKeys.has(k)).length;
  const doubled = rows.filter((r) => r.n > 1).length;

  // Which 5xx were A's requests in flight: nginx logs each as cut off by replica A.
  const errorLog = readFileSync(path.join(work, 'error.log'), 'utf8');
  const cutOff = errorLog
    .split('\n')
    .filter(
      (l) =>
        l.includes(`upstream: "http://127.0.0.1:${a.port}/graphql"`) &&
        /prematurely closed|reset by peer/.test(l) &&
        !l.includes('upgraded connection'),
    ).length;
  // A request cut off by the kill is answered (502) the moment the replica's connection drops.
  const fiveXXOutsideKill = counts.fiveXX.filter((f) => f.at < killedAt || f.at > killedAt + 5000);
  const access = readFileSync(path.join(work, 'access.log'), 'utf8').trim().split('\n');
  const toA = (after: number) =>
    access.filter((l) => {
      const [msec, status, upstream] = l.split(' ');
      return Number(msec) * 1000 > after && status === '200' && upstream?.endsWith(`:${a.port}`);
    }).length;

  const interrupted = subscribers.filter((s) => s.closesAfterKill > 0);
  const resumed = interrupted.filter((s) => s.connects >= 2);
  const deliveringAfterRestart = subscribers.filter((s) => s.eventsAfter(restartedAt) > 0).length;
  for (const s of subscribers) await s.client.dispose();

  const report = {
    command: 'pnpm --filter @cqss/server drill:replicas',
    requestsThroughNginx: counts.requests,
    answersByStatus: counts.byStatus,
    ratings: {
      sent: allKeys.length,
      storedAnswers: counts.ratingsStored,
      lost,
      doubled,
      refused: counts.ratingsRefused,
      retries: counts.ratingRetries,
      retriesAnsweredWithTheFirstResult: counts.retriesAnsweredWithTheFirstResult,
    },
    sessionsThatHadToSignInAgain: signedOut.size,
    answersAskingToSignInAgain: counts.signInAgain,
    subscriptions: {
      total: subscribers.length,
      cutByTheKill: interrupted.length,
      resumed: resumed.length,
      deliveringAfterRestart,
    },
    fiveXX: {
      total: counts.fiveXX.length,
      killedReplicasRequestsInFlight: cutOff,
      outsideTheKill: fiveXXOutsideKill.length,
    },
    answeredByRestartedReplica: toA(restartedAt),
  };
  console.log(JSON.stringify(report, null, 2));

  const failures = [
    lost && `${lost} ratings lost`,
    doubled && `${doubled} ratings doubled`,
    sentKeys.length !== allKeys.length &&
      `${allKeys.length - sentKeys.length} ratings never stored`,
    counts.signInAgain &&
      `${counts.signInAgain} answers asked a signed-in session to sign in again`,
    resumed.length !== interrupted.length &&
      `${interrupted.length - resumed.length} subscriptions did not resume`,
    deliveringAfterRestart !== subscribers.length &&
      'not every subscription delivered alerts after the restart',
    counts.fiveXX.length > cutOff &&
      `${counts.fiveXX.length - cutOff} 5xx answers were not the killed replica's requests in flight`,
    fiveXXOutsideKill.length && `${fiveXXOutsideKill.length} 5xx answers away from the kill`,
    toA(restartedAt) === 0 && 'the restarted replica got no traffic',
  ].filter(Boolean);
  if (failures.length) {
    console.error(`drill FAILED: ${failures.join('; ')}`);
    process.exitCode = 1;
  } else log(`drill passed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

async function cleanup() {
  for (const c of children) c.kill('SIGTERM');
  await sleep(500);
  for (const c of children) c.kill('SIGKILL');
  await sql(DATABASE_SERVER, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(
    () => undefined,
  );
  rmSync(work, { recursive: true, force: true });
}

main()
  .catch((err) => {
    console.error('drill could not run:', err);
    process.exitCode = 1;
  })
  .finally(cleanup)
  .finally(() => process.exit());

const READ = '{ me { username } customerUnits(first: 20) { nodes { id name } } }';
const ME = '{ me { username role } }';
const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      id
      receivedAt
    }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterKioskInput!) {
    registerKiosk(input: $input) {
      pairingCode
    }
  }
`;
const PAIR = /* GraphQL */ `
  mutation Pair($input: PairKioskInput!) {
    pairKiosk(input: $input) {
      deviceName
    }
  }
`;
