import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { clientErrorOf, FIELD_CHECKS, isConstraintViolation, pgError } from './db-errors';
import { createFormatError } from './format-error';

// Real PostgreSQL errors, from temporary tables of this connection only.
let db: Client;

beforeAll(async () => {
  db = new Client({ connectionString: inject('databaseServerUrl') });
  await db.connect();
  await db.query(`
    CREATE TEMP TABLE parent (id uuid PRIMARY KEY, code text CONSTRAINT uq_parent_code UNIQUE);
    CREATE TEMP TABLE child (
      id uuid PRIMARY KEY,
      parent_id uuid NOT NULL REFERENCES parent (id),
      starts_on date,
      headcount int CONSTRAINT ck_child_headcount CHECK (headcount > 0));
    INSERT INTO parent VALUES ('6f1c1e2a-3b4c-4d5e-8f90-a1b2c3d4e5f6', 'A');
    INSERT INTO child (id, parent_id) VALUES
      ('0e9b7f1a-0000-4000-8000-000000000001', '6f1c1e2a-3b4c-4d5e-8f90-a1b2c3d4e5f6');
  `);
});
afterAll(() => db.end());

const PARENT = '6f1c1e2a-3b4c-4d5e-8f90-a1b2c3d4e5f6';
const MISSING = '9d3a2b1c-1111-4222-8333-444455556666';

/** The error PostgreSQL raises for a statement. */
async function failing(sql: string, values: unknown[] = []): Promise<unknown> {
  try {
    await db.query(sql, values);
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${sql} to fail`);
}

/** What a client receives for the error clientErrorOf gives (null: none). */
const wire = (e: Error | null) =>
  e &&
  createFormatError()(
    { message: e.message, extensions: e instanceof GraphQLError ? { ...e.extensions } : undefined },
    e,
  );

describe('clientErrorOf', () => {
  it('names the argument holding a value that is not a UUID', async () => {
    const error = await failing(`SELECT * FROM parent WHERE id = $1`, ['abc']);
    expect(wire(clientErrorOf(error, { id: 'abc' }))).toMatchObject({
      message: 'Not a valid id',
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'id', code: 'NOT_UUID', message: 'Not a valid id', params: { value: 'abc' } },
        ],
      },
    });
  });

  it('names a field inside an input object by its path, without the argument', async () => {
    const error = await failing(`SELECT $1::date`, ['2026-02-30']);
    const args = { id: PARENT, input: { items: [{ on: '2026-01-01' }, { on: '2026-02-30' }] } };
    expect(wire(clientErrorOf(error, args))?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'items.1.on', code: 'DATE_INVALID' }),
    ]);
  });

  it('leaves a bad value the caller did not send as the server’s own error', async () => {
    const error = await failing(`SELECT * FROM parent WHERE id = $1`, ['abc']);
    expect(clientErrorOf(error, { id: PARENT })).toBeNull();
  });

  it('says NOT_FOUND on the argument of a foreign key to nothing', async () => {
    const error = await failing(
      `INSERT INTO child (id, parent_id) VALUES (gen_random_uuid(), $1)`,
      [MISSING],
    );
    expect(wire(clientErrorOf(error, { input: { parentId: MISSING } }))?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'parentId', code: 'NOT_FOUND', message: 'No such record' }],
    });
  });

  it('answers CONFLICT for a row others still refer to, and for a unique violation', async () => {
    const referenced = await failing(`DELETE FROM parent WHERE id = $1`, [PARENT]);
    expect(wire(clientErrorOf(referenced, { id: PARENT }))?.extensions?.code).toBe('CONFLICT');
    const taken = await failing(`INSERT INTO parent VALUES (gen_random_uuid(), 'A')`);
    expect(wire(clientErrorOf(taken, {}))?.extensions?.code).toBe('CONFLICT');
    expect(isConstraintViolation(taken, 'uq_parent_code')).toBe(true);
    expect(isConstraintViolation(taken, 'uq_other')).toBe(false);
  });

  it('names the field of a check constraint that guards one, and leaves the others to the server', async () => {
    await db.query(
      `CREATE TEMP TABLE shift (ends_at int CONSTRAINT ck_shift_range CHECK (ends_at > 0))`,
    );
    const guarded = await failing(`INSERT INTO shift VALUES (0)`);
    expect(wire(clientErrorOf(guarded, {}))?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [expect.objectContaining({ field: 'endsAt', code: 'ENDS_BEFORE_START' })],
    });
    const internal = await failing(`UPDATE child SET headcount = 0`);
    expect(pgError(internal)).toMatchObject({ code: '23514', constraint: 'ck_child_headcount' });
    expect(clientErrorOf(internal, {})).toBeNull();
  });

  it('knows only check constraints the migrations create', () => {
    const dir = path.join(__dirname, '../migrations');
    const sql = readdirSync(dir)
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    for (const name of Object.keys(FIELD_CHECKS)) expect(sql).toContain(`"${name}" CHECK`);
  });

  it('ignores anything that is not a database error', () => {
    expect(pgError(new Error('boom'))).toBeNull();
    expect(clientErrorOf(new Error('boom'), { id: 'abc' })).toBeNull();
  });
});
