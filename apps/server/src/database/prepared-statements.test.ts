import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepare, PreparingClient } from './prepared-statements';

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
