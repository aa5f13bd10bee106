import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server';
import { prepare, PreparingClient, transactionBeginningWith } from './prepared-statements';

const client = new PreparingClient({
  connectionString: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
});
const preparedNames = async () =>
  (await client.query(`SELECT name, statement FROM pg_prepared_statements`)).rows;

beforeAll(() => client.connect());
afterAll(() => client.end());

describe('prepared statements', () => {
  it('sends a marked text under its name, once parsed a connection, with the same answers', async () => {
    const sql = `SELECT $1::int + 1 AS n /* prepared-statements.test */`;
    expect((await client.query(sql, [1])).rows).toEqual([{ n: 2 }]);
    expect(await preparedNames()).toEqual([]);
    prepare(sql);
    expect((await client.query(sql, [2])).rows).toEqual([{ n: 3 }]);
    expect((await client.query(sql, [41])).rows).toEqual([{ n: 42 }]);
    const names = await preparedNames();
    expect(names).toHaveLength(1);
    expect(names[0]).toMatchObject({ name: expect.stringMatching(/^cqss_\d+$/), statement: sql });
  });

  it('leaves other texts, configs and callbacks as pg sends them', async () => {
    expect((await client.query({ text: 'SELECT $1::text AS t', values: ['x'] })).rows).toEqual([
      { t: 'x' },
    ]);
    const rows = await new Promise((resolve, reject) =>
      client.query('SELECT 7 AS n', (err: Error | null, res: { rows: unknown[] }) =>
        err ? reject(err) : resolve(res.rows),
      ),
    );
    expect(rows).toEqual([{ n: 7 }]);
    expect(await preparedNames()).toHaveLength(1);
  });
});

describe('a transaction whose first statement goes with its START TRANSACTION', () => {
  let t: TestServer;
  /** A transaction on every connection of the pool at once: none may carry a statement left over. */
  const everyConnectionOnce = () =>
    Promise.all(
      Array.from({ length: 20 }, () =>
        t.dataSource.transaction((em) => em.query(`SELECT pg_sleep(0.01)`)),
      ),
    );
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('runs it inside the transaction, as its first statement, in one message', async () => {
    const first = `SELECT pg_current_xact_id()::text AS xact, count(*)::int AS n FROM pg_stat_activity /* with begin */`;
    const statements = await t.countStatements(() =>
      transactionBeginningWith(t.dataSource, first, async (em, rows) => {
        const [own] = (await em.query(`SELECT pg_current_xact_id()::text AS xact`)) as {
          xact: string;
        }[];
        expect(rows).toEqual([{ xact: own!.xact, n: expect.any(Number) }]);
      }),
    );
    // START TRANSACTION and `first` (one round trip), the statement above, COMMIT.
    expect(statements).toBe(4);
  });

  it('rolls back what work wrote when it fails, and leaves the connection as any other', async () => {
    await t.dataSource.query(`CREATE TABLE IF NOT EXISTS begin_with_test (n int)`);
    await expect(
      transactionBeginningWith(t.dataSource, `INSERT INTO begin_with_test VALUES (1)`, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await everyConnectionOnce();
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM begin_with_test`)).toEqual([
      { n: 0 },
    ]);
    await t.dataSource.query(`DROP TABLE begin_with_test`);
  });

  it('sends the last statement with the COMMIT, in one message, and commits it', async () => {
    await t.dataSource.query(`CREATE TABLE commit_with_test (n int)`);
    const statements = await t.countStatements(() =>
      transactionBeginningWith(t.dataSource, `SELECT 1`, async (em, _rows, end) => {
        await em.query(`INSERT INTO commit_with_test VALUES (1)`);
        end.commitWith(`INSERT INTO commit_with_test VALUES (2)`);
      }),
    );
    // START TRANSACTION with SELECT 1, the first insert, the second with COMMIT.
    expect(statements).toBe(5);
    expect(await t.dataSource.query(`SELECT n FROM commit_with_test ORDER BY n`)).toEqual([
      { n: 1 },
      { n: 2 },
    ]);
  });

  it('rolls the whole transaction back when the last statement fails, with its error', async () => {
    await t.dataSource.query(`TRUNCATE commit_with_test`);
    await expect(
      transactionBeginningWith(t.dataSource, `SELECT 1`, async (em, _rows, end) => {
        await em.query(`INSERT INTO commit_with_test VALUES (1)`);
        end.commitWith(`INSERT INTO commit_with_test VALUES ('not a number')`);
      }),
    ).rejects.toThrow(/invalid input syntax for type integer/);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM commit_with_test`)).toEqual([
      { n: 0 },
    ]);
  });

  it("sends nothing of it when work fails after asking, nor with the connection's next COMMIT", async () => {
    await expect(
      transactionBeginningWith(t.dataSource, `SELECT 1`, async (_em, _rows, end) => {
        end.commitWith(`INSERT INTO commit_with_test VALUES (3)`);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await everyConnectionOnce();
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM commit_with_test`)).toEqual([
      { n: 0 },
    ]);
    await t.dataSource.query(`DROP TABLE commit_with_test`);
  });
});
