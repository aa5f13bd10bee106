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
 * A real server on its own fresh, migrated, seeded database, dropped again by close(); or a
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
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    SESSION_SECRET: shared?.config.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    PASSWORD_HASH_COST: '10',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    APPS_DIR: '/nonexistent',
    ...env,
  });
  const logger = createLogger(config.LOG_LEVEL);
  const dataSource = createDataSource(config.DATABASE_URL!, logger);
  await dataSource.initialize();
  if (!shared) {
    await dataSource.runMigrations();
    await seedDemo(dataSource, config.PASSWORD_HASH_COST);
  }
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
