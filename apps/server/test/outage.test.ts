import { randomUUID } from 'node:crypto';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pairedKiosk, SUBMIT, unitIds } from './kiosk-fixtures';
import {
  codes,
  startTestServer,
  type GqlClient,
  type GqlResult,
  type TestServer,
} from './test-server';

/**
 * The cable between the server and PostgreSQL: a TCP relay to the real database that the test
 * cuts (new connections refused, open ones dropped) and mends on the same port.
 */
class Cable {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async connect(): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server!;
    this.server = null;
    const closed = new Promise((resolve) => server.close(resolve));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

const databaseUrl = new URL(inject('databaseServerUrl'));
let direct: TestServer;
let t: TestServer;
let cable: Cable;
let kiosk: GqlClient;
let sessionCookie: string;

beforeAll(async () => {
  direct = await startTestServer();
  cable = new Cable({ host: databaseUrl.hostname, port: Number(databaseUrl.port || 5432) });
  await cable.connect();
  const viaCable = new URL(direct.config.DATABASE_URL!);
  viaCable.host = `127.0.0.1:${cable.port}`;
  t = await startTestServer({ DATABASE_URL: viaCable.toString() }, { shareDatabaseWith: direct });
  const admin = await t.login('cq.admin');
  ({ kiosk } = await pairedKiosk(t, admin, (await unitIds(admin))['重庆市渝中区人民医院']!));
  // A session this server has never seen, so its first use must look the session up.
  sessionCookie = (await direct.login('cq.supervisor')).cookies.get('cqss_session')!;
});
afterAll(async () => {
  await t?.close();
  await direct?.close();
});

async function post(client: GqlClient, query: string, variables?: object) {
  const res = await client.post(JSON.stringify({ query, variables }));
  return { res, body: (await res.json()) as GqlResult };
}

describe('with PostgreSQL down', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After to the kiosk and to uncached sessions, and a kiosk retry stores the rating once when it is back', async () => {
    const rating = {
      idempotencyKey: randomUUID(),
      rating: 4,
      recordedAt: new Date().toISOString(),
    };
    await cable.cut();

    const submitted = await post(kiosk, SUBMIT, { input: rating });
    expect(submitted.res.status).toBe(503);
    expect(submitted.res.headers.get('retry-after')).toBe('5');
    expect(codes(submitted.body)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(submitted.body.errors![0]!.extensions.retryAfterSeconds).toBe(5);

    const supervisor = t.client();
    supervisor.cookies.set('cqss_session', sessionCookie);
    const uncached = await post(supervisor, `{ me { username } }`);
    expect(uncached.res.status).toBe(503);
    expect(uncached.res.headers.get('retry-after')).toBe('5');
    expect(codes(uncached.body)).toEqual(['SERVICE_UNAVAILABLE']);

    const signIn = await post(
      t.client(),
      `mutation { login(input: { username: "cq.admin", password: "Cqss@2026" }) { id } }`,
    );
    expect(signIn.res.status).toBe(503);
    expect(codes(signIn.body)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(signIn.body)).not.toMatch(/ECONNREFUSED|terminated|127\.0\.0\.1/);

    expect((await fetch(`${t.url}/readyz`)).status).toBe(503);

    await cable.connect();
    const retried = await post(kiosk, SUBMIT, { input: rating });
    expect(retried.res.status).toBe(200);
    expect(retried.body.errors).toBeUndefined();
    const [{ n }] = await direct.dataSource.query(
      `SELECT count(*)::int AS n FROM feedback WHERE idempotency_key = $1`,
      [rating.idempotencyKey],
    );
    expect(n).toBe(1);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });
});
