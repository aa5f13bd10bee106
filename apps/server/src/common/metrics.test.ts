import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { pairedKiosk, submit, unitIds } from '../../test/kiosk-fixtures';
import { startTestServer, type GqlClient, type TestServer } from '../../test/test-server';

const TOKEN = randomBytes(24).toString('hex');
let t: TestServer;
let admin: GqlClient;

beforeAll(async () => {
  t = await startTestServer({ METRICS_TOKEN: TOKEN });
  admin = await t.login('cq.admin');
});
afterAll(async () => {
  await t?.close();
});

const scrape = (server: TestServer, authorization?: string) =>
  fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });

async function metrics(): Promise<string> {
  const res = await scrape(t, `Bearer ${TOKEN}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample, e.g. value(text, 'x_total', { code: 'OK' }); undefined when absent. */
function value(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries(
      [...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  it('refuses a scrape without the token, or with a wrong one, and shows no metric', async () => {
    for (const authorization of [
      undefined,
      `Bearer ${TOKEN.slice(0, -1)}x`,
      `Bearer ${TOKEN}${TOKEN}`,
      TOKEN,
      `Basic ${Buffer.from(`prometheus:${TOKEN}`).toString('base64')}`,
    ]) {
      const res = await scrape(t, authorization);
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await res.text()).not.toContain('cqss_');
    }
  });

  it('does not exist when no METRICS_TOKEN is configured', async () => {
    const plain = await startTestServer();
    try {
      const res = await scrape(plain, `Bearer ${TOKEN}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('cqss_');
    } finally {
      await plain.close();
    }
  });

  it('counts requests by operation and outcome, with their latency and SQL statements', async () => {
    const before = await metrics();
    const units = `query MetricsUnits { customerUnits(first: 5) { nodes { id name } } }`;
    // What the database saw, request by request, to hold against what the metrics counted.
    let statements = 0;
    statements += await t.countStatements(() => admin.request(units));
    statements += await t.countStatements(() => admin.request(units));
    statements += await t.countStatements(() => t.client().request(units)); // UNAUTHENTICATED
    await admin.request(`query { me { id } }`);
    await admin.request(`query Broken {`);

    const after = await metrics();
    const grew = (name: string, labels: Record<string, string>) =>
      (value(after, name, labels) ?? 0) - (value(before, name, labels) ?? 0);
    const requests = (operation: string, code: string) =>
      grew('cqss_graphql_requests_total', { operation, code });
    expect(requests('MetricsUnits', 'OK')).toBe(2);
    expect(requests('MetricsUnits', 'UNAUTHENTICATED')).toBe(1);
    expect(requests('_anonymous', 'OK')).toBe(1);
    expect(requests('_invalid', 'GRAPHQL_PARSE_FAILED')).toBe(1);
    const latency = (suffix: string, labels: Record<string, string> = {}) =>
      grew(`cqss_graphql_request_duration_seconds_${suffix}`, {
        operation: 'MetricsUnits',
        ...labels,
      });
    expect(latency('count')).toBe(3);
    expect(latency('bucket', { le: '+Inf' })).toBe(3);
    expect(latency('sum')).toBeGreaterThan(0);
    expect(statements).toBeGreaterThan(0);
    expect(grew('cqss_graphql_sql_statements_count', { operation: 'MetricsUnits' })).toBe(3);
    expect(grew('cqss_graphql_sql_statements_sum', { operation: 'MetricsUnits' })).toBe(statements);
  });

  it('shows the pool, the event loop, live subscriptions and late kiosk ratings', async () => {
    const text = await metrics();
    expect(value(text, 'cqss_db_pool_connections', { state: 'in_use' })).toBeGreaterThanOrEqual(0);
    expect(value(text, 'cqss_db_pool_connections', { state: 'idle' })).toBeGreaterThan(0);
    expect(value(text, 'cqss_db_pool_waiting')).toBe(0);
    expect(value(text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThan(0);
    expect(value(text, 'cqss_graphql_subscriptions_live')).toBe(0);

    // A supervisor's console listens for alerts over WebSocket.
    const supervisor = await t.login('cq.supervisor');
    const cookie = [...supervisor.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const socket = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: { cookie } });
        }
      },
      retryAttempts: 0,
    });
    const alerts: unknown[] = [];
    socket.subscribe(
      { query: 'subscription { feedbackAlertRaised { id rating } }' },
      { next: (e) => void alerts.push(e), error: () => undefined, complete: () => undefined },
    );
    await expect
      .poll(async () => value(await metrics(), 'cqss_graphql_subscriptions_live'))
      .toBe(1);

    // A kiosk that was offline sends a rating tapped ten minutes ago, then retries it.
    const { kiosk } = await pairedKiosk(t, admin, (await unitIds(admin))['重庆市渝中区人民医院']!);
    const input = {
      idempotencyKey: crypto.randomUUID(),
      rating: 1,
      recordedAt: new Date(Date.now() - 600_000).toISOString(),
    };
    expect((await submit(kiosk, input)).errors).toBeUndefined();
    expect((await submit(kiosk, input)).errors).toBeUndefined();
    await expect.poll(() => alerts.length).toBeGreaterThan(0);

    const after = await metrics();
    expect(value(after, 'cqss_kiosk_rating_delay_seconds_count')).toBe(1);
    expect(value(after, 'cqss_kiosk_rating_delay_seconds_sum')).toBeGreaterThanOrEqual(600);
    expect(value(after, 'cqss_kiosk_rating_delay_seconds_bucket', { le: '300' })).toBe(0);
    expect(value(after, 'cqss_kiosk_rating_delay_seconds_bucket', { le: '900' })).toBe(1);

    await socket.dispose();
    await expect
      .poll(async () => value(await metrics(), 'cqss_graphql_subscriptions_live'))
      .toBe(0);
  });

  it('reports the notifications waiting in the outbox, not those sent or given up', async () => {
    expect(await metrics()).toContain('# TYPE cqss_notifications_outbox_pending gauge');
    const before = value(await metrics(), 'cqss_notifications_outbox_pending') ?? 0;
    await t.dataSource.query(
      `INSERT INTO notification_outbox (company_id, kind, subject_id, channel, title, body, sent_at, failed_at)
       SELECT id, 'LOW_RATING', gen_random_uuid(), 'WECOM', 't', 'b', s, f
         FROM (SELECT id FROM company LIMIT 1) AS c,
              (VALUES (NULL::timestamptz, NULL::timestamptz), (NULL, NULL), (now(), NULL), (NULL, now())) AS v(s, f)`,
    );
    expect(value(await metrics(), 'cqss_notifications_outbox_pending')).toBe(before + 2);
  });
});
