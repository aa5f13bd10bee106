/**
 * `pnpm --filter @cqss/server bench:stages`: the bench's read (customerUnits first 50 with
 * company) taken apart in one process, no HTTP: CPU and wall time per run of each stage, so a
 * lever can be judged on the part it touches before a whole-server A/B (`pnpm bench`).
 *  - `SELECT 1`: a statement's floor through TypeORM;
 *  - the page's statement on the pool, unnamed and named (prepared);
 *  - the service (statement, rows into entities);
 *  - graphql-js's execute of the operation and JSON.stringify of the answer;
 *  - with STAGES_JIT=<path of graphql-jit's index.js> (installed outside the workspace, its
 *    `graphql` linked to this one's): the same compiled by graphql-jit, and with its stringify.
 * Runs with NODE_ENV=production, as the server does (graphql-js's development checks add a third).
 * TEST_DATABASE_URL: the PostgreSQL server (a scratch database is made and dropped);
 * STAGES_RUNS (1500 a round, 3 rounds), STAGES_ONLY=<part of a stage's label>; STAGES_SCOPE=1:
 * each run in a request scope, as the server runs a request (AsyncLocalStorage on: its promise
 * hooks then cost every promise; compare a run with and one without).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { execute, parse, validate } from 'graphql';
import { Client, type Pool } from 'pg';
import type { Context } from '../src/common/context';
import { Loaders } from '../src/common/loaders';
import { inRequestScope } from '../src/common/request-scope';
import { createLogger } from '../src/common/logger';
import { createDataSource } from '../src/database/data-source';
import { CustomerUnit } from '../src/modules/customer-units/customer-unit.entity';
import { listCustomerUnits } from '../src/modules/customer-units/customer-unit.service';
import type { CustomerUnitArgs } from '../src/modules/customer-units/customer-unit.inputs';
import { buildAppSchema } from '../src/schema/build-schema';
import { seedDemo } from '../src/seed/demo-seed';

const QUERY = `query Bench { customerUnits(first: 50) { nodes { id name divisionCode company { name } } } }`;
const RUNS = Number(process.env.STAGES_RUNS ?? 1500);
const ONLY = process.env.STAGES_ONLY;
const SCOPE = process.env.STAGES_SCOPE === '1';

interface Compiled {
  query(
    root: unknown,
    context: unknown,
    variables: object,
  ): Promise<{ errors?: readonly unknown[] }>;
  stringify(result: object): string;
}

async function main() {
  // Read by graphql-js when it is loaded: the script sets it (`pnpm bench:stages`).
  if (process.env.NODE_ENV !== 'production') throw new Error('run with NODE_ENV=production');
  const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `cqss_stages_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const ds = createDataSource(url.toString(), createLogger('warn'));
  try {
    await ds.initialize();
    await ds.runMigrations();
    await seedDemo(ds, 10);
    const [user] = await ds.query(
      `SELECT id, company_id, role FROM app_user WHERE username = 'cq.admin'`,
    );
    await ds.query(
      `INSERT INTO customer_unit (company_id, name, credit_code, address, division_code, contact_name, contact_phone)
       SELECT $1, '客户单位 ' || i, lpad(i::text, 18, '0'), '重庆市渝中区', '500103', '联系人', '023-0000' FROM generate_series(1, 500) i`,
      [user.company_id],
    );
    const schema = await buildAppSchema();
    // A request's context as the server makes it, its principal already resolved.
    const ctx = (): Context => ({
      requestId: 'stages',
      ip: '127.0.0.1',
      principal: {
        kind: 'user',
        userId: user.id,
        username: 'cq.admin',
        sessionId: 'stages',
        role: user.role,
        companyId: user.company_id,
        policeOrganId: null,
        organDivisionCode: null,
        guardId: null,
      },
      loaders: new Loaders(ds),
      app: { dataSource: ds } as Context['app'],
      cookies: null,
    });
    const document = parse(QUERY);
    if (validate(schema, document).length) throw new Error('the operation does not validate');
    const pool = (ds.driver as unknown as { master: Pool }).master;
    const [pageSql, pageParams] = ds
      .getRepository(CustomerUnit)
      .createQueryBuilder('cu')
      .leftJoin('cu.company', 'company')
      .select(['cu.id', 'cu.companyId', 'cu.name', 'cu.divisionCode', 'cu.createdAt'])
      .addSelect(['company.id', 'company.name'])
      .where('cu.companyId = :c', { c: user.company_id })
      .orderBy('cu.createdAt', 'DESC')
      .addOrderBy('cu.id', 'DESC')
      .limit(51)
      .getQueryAndParameters();
    const answered = <R extends { errors?: readonly unknown[] }>(r: R): R => {
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r;
    };
    const stages: Record<string, () => Promise<unknown>> = {
      'SELECT 1 (TypeORM)': () => ds.query('SELECT 1'),
      'the page, unnamed (pg)': () => pool.query(pageSql, pageParams),
      'the page, named (pg)': () =>
        pool.query({ name: 'stages_page', text: pageSql, values: pageParams }),
      'listCustomerUnits (service)': () =>
        listCustomerUnits(ctx(), { first: 50 } as CustomerUnitArgs, {
          unit: new Set(['id', 'name', 'divisionCode', 'company']),
          company: new Set(['name']),
          reads: { company: ['companyId'] },
        }),
      'graphql execute + stringify': async () =>
        JSON.stringify(answered(await execute({ schema, document, contextValue: ctx() }))),
    };
    if (process.env.STAGES_JIT) {
      const jit = (await import(process.env.STAGES_JIT)) as {
        compileQuery(s: typeof schema, d: typeof document): Compiled;
      };
      const compiled = jit.compileQuery(schema, document);
      stages['graphql-jit + JSON.stringify'] = async () =>
        JSON.stringify(answered(await compiled.query(undefined, ctx(), {})));
      stages["graphql-jit + jit's stringify"] = async () =>
        compiled.stringify(answered(await compiled.query(undefined, ctx(), {})));
    }
    const table: Record<string, string>[] = [];
    for (let round = 1; round <= 3; round++) {
      for (const [label, stage] of Object.entries(stages)) {
        if (ONLY && !label.includes(ONLY)) continue;
        const run = SCOPE ? () => inRequestScope(stage) : stage;
        for (let i = 0; i < 100; i++) await run();
        const cpu = process.cpuUsage();
        const started = performance.now();
        for (let i = 0; i < RUNS; i++) await run();
        const used = process.cpuUsage(cpu);
        table.push({
          round: String(round),
          stage: SCOPE ? `${label}, in a request scope` : label,
          'CPU ms/run': ((used.user + used.system) / RUNS / 1000).toFixed(3),
          'wall ms/run': ((performance.now() - started) / RUNS).toFixed(3),
        });
      }
    }
    console.table(table);
  } finally {
    await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
