import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createAppServer, type AppServer } from '../src/app';
import { createLogger } from '../src/common/logger';
import { loadConfig, type Config } from '../src/config';
import { createDataSource, statementCounter } from '../src/database/data-source';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { seedDemo } from '../src/seed/demo-seed';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; [key: string]: unknown };
  }[];
}

/** One browser's worth of state: its cookies, sent back on every request like a browser would. */
export class GqlClient {
  readonly cookies = new Map<string, string>();
  lastSetCookies: string[] = [];

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>> {
    const res = await this.post(JSON.stringify({ query, variables }));
    return (await res.json()) as GqlResult<T>;
  }

  async post(
    body: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
      body,
    });
    this.lastSetCookies = res.headers.getSetCookie();
    for (const line of this.lastSetCookies) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!);
      else this.cookies.set(name!, value);
    }
    return res;
  }
}

/** The test servers' password cost; the template's users were hashed at it. */
const PASSWORD_HASH_COST = 10;

/**
 * The run's template database for this quarter hour, migrated and seeded with the demo by the
 * first file that asks (the others wait on an advisory lock). The demo's shifts and questions
 * are placed relative to the clock at seeding, so a template serves 15 minutes at most.
 */
async function template(serverUrl: string): Promise<string> {
  const name = `${inject('templatePrefix')}_${Math.floor(Date.now() / 900_000)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`SELECT pg_advisory_lock(hashtext($1))`, [name]);
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const ds = createDataSource(url.toString(), createLogger('warn'));
      await ds.initialize();
      try {
        await ds.runMigrations();
        await seedDemo(ds, PASSWORD_HASH_COST);
      } catch (err) {
        await ds.destroy();
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`); // never a half-seeded template
        throw err;
      }
      await ds.destroy();
    }
    return name;
  } finally {
    await admin.end(); // and with the session its advisory lock
  }
}

export interface TestServer {
  url: string;
  config: Config;
  dataSource: DataSource;
  server: AppServer;
  client(): GqlClient;
  /** A client signed in as a demo account. */
  login(username: string, password?: string): Promise<GqlClient>;
  /** SQL statements the server sends while `fn` runs. */
  countStatements(fn: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * A real server on its own fresh, migrated, seeded database (a copy of the run's template),
 * dropped again by close(); or a
 * second server process-alike (a replica) on another server's database.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { shareDatabaseWith?: TestServer } = {},
): Promise<TestServer> {
  const serverUrl = inject('databaseServerUrl');
  const shared = options.shareDatabaseWith;
  const name = shared
    ? new URL(shared.config.DATABASE_URL!).pathname.slice(1)
    : `cqss_test_${randomBytes(5).toString('hex')}`;
  if (!shared) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    // A copy of the run's migrated, seeded template (see global-setup.ts).
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${await template(serverUrl)}`);
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    SESSION_SECRET: shared?.config.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    PASSWORD_HASH_COST: String(PASSWORD_HASH_COST),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    APPS_DIR: '/nonexistent',
    NOTIFY_POLL_MS: '0', // no sender unless a test asks for one
    ...env,
  });
  const logger = createLogger(config.LOG_LEVEL);
  const dataSource = createDataSource(config.DATABASE_URL!, logger);
  await dataSource.initialize();
  const server = await createAppServer(config, dataSource, logger);
  const address = await server.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${address.port}`;

  return {
    url: base,
    config,
    dataSource,
    server,
    client: () => new GqlClient(base),
    async login(username, password = DEMO_PASSWORD) {
      const client = new GqlClient(base);
      const result = await client.request(LOGIN, { input: { username, password } });
      if (result.errors) throw new Error(`login ${username} failed: ${result.errors[0]!.message}`);
      return client;
    },
    countStatements: (fn) => statementCounter(dataSource).count(fn),
    async close() {
      await server.stop();
      await dataSource.destroy();
      if (shared) return;
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The codes of a result's errors, for compact assertions. */
export const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions.code);

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`;
