import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server';
import { createLogger } from './logger';

/** A logger at debug whose lines land in an array. */
function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  return { logger: createLogger('debug', sink), text: () => lines.join('\n'), lines };
}

const PHONE = '13987654321';
const ID_NUMBER = '50010319900101123X';

describe('the logger', () => {
  it('redacts secrets by key, wherever they sit in the first levels of a logged object', () => {
    const { logger, text } = capturedLogger();
    logger.debug(
      {
        password: 'Sup3r-secret',
        input: { contactPhone: PHONE, guard: { idNumber: ID_NUMBER, phone: PHONE } },
        req: { headers: { cookie: 'cqss_session=abc.def', authorization: 'Bearer tok' } },
        variables: { input: { anything: PHONE } },
        deviceToken: 'eyJdevice',
        name: '张伟',
      },
      'a line',
    );
    expect(text()).toContain('张伟');
    for (const secret of ['Sup3r-secret', PHONE, ID_NUMBER, 'abc.def', 'Bearer tok', 'eyJdevice'])
      expect(text()).not.toContain(secret);
  });

  describe('on a database error', () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer();
      await t.dataSource.query(`CREATE TABLE log_probe (id_number text UNIQUE, phone int)`);
    });
    afterAll(() => t?.close());

    async function failure(sql: string, parameters: unknown[]): Promise<QueryFailedError> {
      const err = await t.dataSource.query(sql, parameters).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(QueryFailedError);
      return err as QueryFailedError;
    }

    it('logs its kind, code, constraint and SQL, never the values it was given', async () => {
      await t.dataSource.query(`INSERT INTO log_probe (id_number) VALUES ($1)`, [ID_NUMBER]);
      const duplicate = await failure(`INSERT INTO log_probe (id_number) VALUES ($1)`, [ID_NUMBER]);
      const badCast = await failure(`INSERT INTO log_probe (phone) VALUES ($1)`, [`x${PHONE}`]);
      // The raw errors do hold them: in `parameters`, in `detail`, in the message.
      expect(JSON.stringify({ ...duplicate })).toContain(ID_NUMBER);
      expect(badCast.message).toContain(PHONE);

      const { logger, lines, text } = capturedLogger();
      logger.error({ err: duplicate }, 'internal error');
      logger.error({ err: new Error('wrapped', { cause: badCast }) }, 'internal error');
      expect(text()).not.toContain(ID_NUMBER);
      expect(text()).not.toContain(PHONE);
      const [first, second] = lines.map((l) => JSON.parse(l));
      expect(first.err).toMatchObject({
        type: 'QueryFailedError',
        code: '23505',
        constraint: 'log_probe_id_number_key',
        table: 'log_probe',
        query: 'INSERT INTO log_probe (id_number) VALUES ($1)',
      });
      expect(first.err.message).toContain('"log_probe_id_number_key"');
      expect(second.err.cause).toMatchObject({ type: 'QueryFailedError', code: '22P02' });
      expect(second.err.cause.message).toBe('invalid input syntax for type integer: "…"');
    });
  });
});
