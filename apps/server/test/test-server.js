"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.codes = exports.GqlClient = void 0;
exports.startTestServer = startTestServer;
const node_crypto_1 = require("node:crypto");
const pg_1 = require("pg");
const vitest_1 = require("vitest");
const app_1 = require("../src/app");
const logger_1 = require("../src/common/logger");
const config_1 = require("../src/config");
const data_source_1 = require("../src/database/data-source");
const demo_data_1 = require("../src/seed/demo-data");
const demo_seed_1 = require("../src/seed/demo-seed");
/** One browser's worth of state: its cookies, sent back on every request like a browser would. */
class GqlClient {
    constructor(baseUrl) {
        this.baseUrl = baseUrl;
        this.cookies = new Map();
        this.lastSetCookies = [];
    }
    async request(query, variables) {
        const res = await this.post(JSON.stringify({ query, variables }));
        return (await res.json());
    }
    async post(body, headers = { 'content-type': 'application/json' }) {
        const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        const res = await fetch(`${this.baseUrl}/graphql`, {
            method: 'POST',
            headers: { ...headers, ...(cookie ? { cookie } : {}) },
            body,
        });
        this.lastSetCookies = res.headers.getSetCookie();
        for (const line of this.lastSetCookies) {
            const [pair] = line.split(';');
            const [name, value] = pair.split('=');
            if (!value || /expires=Thu, 01 Jan 1970/i.test(line))
                this.cookies.delete(name);
            else
                this.cookies.set(name, value);
        }
        return res;
    }
}
exports.GqlClient = GqlClient;
/** A real server on its own fresh, migrated, seeded database; dropped again by close(). */
async function startTestServer(env = {}) {
    const serverUrl = (0, vitest_1.inject)('databaseServerUrl');
    const name = `cqss_test_${(0, node_crypto_1.randomBytes)(5).toString('hex')}`;
    const admin = new pg_1.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const config = (0, config_1.loadConfig)({
        NODE_ENV: 'test',
        DATABASE_URL: url.toString(),
        SESSION_SECRET: (0, node_crypto_1.randomBytes)(32).toString('hex'),
        PASSWORD_HASH_COST: '10',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        APPS_DIR: '/nonexistent',
        ...env,
    });
    const logger = (0, logger_1.createLogger)(config.LOG_LEVEL);
    const dataSource = (0, data_source_1.createDataSource)(config.DATABASE_URL, logger);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await (0, demo_seed_1.seedDemo)(dataSource, config.PASSWORD_HASH_COST);
    const server = await (0, app_1.createAppServer)(config, dataSource, logger);
    const address = await server.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${address.port}`;
    return {
        url: base,
        config,
        dataSource,
        server,
        client: () => new GqlClient(base),
        async login(username, password = demo_data_1.DEMO_PASSWORD) {
            const client = new GqlClient(base);
            const result = await client.request(LOGIN, { input: { username, password } });
            if (result.errors)
                throw new Error(`login ${username} failed: ${result.errors[0].message}`);
            return client;
        },
        countStatements: (fn) => (0, data_source_1.statementCounter)(dataSource).count(fn),
        async close() {
            await server.stop();
            await dataSource.destroy();
            const c = new pg_1.Client({ connectionString: serverUrl });
            await c.connect();
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await c.end();
        },
    };
}
/** The codes of a result's errors, for compact assertions. */
const codes = (r) => (r.errors ?? []).map((e) => e.extensions.code);
exports.codes = codes;
const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`;
//# sourceMappingURL=test-server.js.map