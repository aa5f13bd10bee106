import { Client, type QueryResult } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/** Statement texts sent as named (prepared) statements, and their names. */
const names = new Map<string, string>();

/** Bounds what each connection keeps prepared: texts beyond it go unnamed, as any other. */
export const MAX_PREPARED = 200;

/**
 * Marks a statement's text to be sent as a named statement from now on: each connection has
 * PostgreSQL parse and plan it once, then only binds and executes it (≈ 0.25 ms less a hot
 * list, measured). Only for texts whose result columns are listed, never `*`: a prepared
 * statement whose result type a migration changed fails once ("cached plan must not change
 * result type").
 */
export function prepare(sql: string): void {
  if (!names.has(sql) && names.size < MAX_PREPARED) names.set(sql, `cqss_${names.size + 1}`);
}

interface WithBegin {
  sql: string;
  resolve(rows: unknown[]): void;
  reject(err: unknown): void;
}

/** The pool's client: a text marked by `prepare` goes out under its name. */
export class PreparingClient extends Client {
  private withBegin: WithBegin | null = null;
  private withCommit: string | null = null;

  /**
   * The next START TRANSACTION sent on this client (TypeORM's, as a transaction starts) carries
   * `sql` in the same message, after it: one round trip for both (the simple query protocol, so
   * `sql` has no parameters). It runs inside the transaction, as its first statement; its rows
   * come back in the promise. `clearBeginWith` drops it when no transaction took it.
   */
  beginWith(sql: string): Promise<unknown[]> {
    const rows = new Promise<unknown[]>((resolve, reject) => {
      this.withBegin = { sql, resolve, reject };
    });
    rows.catch(() => {}); // the transaction's start fails with the same error
    return rows;
  }

  clearBeginWith(): void {
    this.withBegin?.reject(new Error('no transaction began'));
    this.withBegin = null;
  }

  /**
   * The next COMMIT sent on this client (TypeORM's, as the transaction ends) carries `sql` in
   * the same message, before it: one round trip for both, and whatever `sql` locks is held only
   * while the database commits (the simple query protocol: no parameters). Should `sql` fail,
   * the COMMIT fails with its error and the transaction is rolled back.
   */
  commitWith(sql: string | null): void {
    this.withCommit = sql;
  }

  // pg's overloads: (text, values?, callback?) or (config, callback?); only the first is named.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloaded signature
  override query(config: any, values?: any, callback?: any): any {
    const begin = this.withBegin;
    if (begin && config === 'START TRANSACTION' && values === undefined && callback === undefined) {
      this.withBegin = null;
      const both = super.query(`START TRANSACTION; ${begin.sql}`) as unknown as Promise<
        QueryResult[]
      >;
      both.then((results) => begin.resolve(results[1]!.rows), begin.reject);
      return both.then((results) => results[0]);
    }
    const commit = this.withCommit;
    if (commit !== null && config === 'COMMIT' && values === undefined && callback === undefined) {
      this.withCommit = null;
      const both = super.query(`${commit}; COMMIT`) as unknown as Promise<QueryResult[]>;
      return both.then((results) => results[results.length - 1]);
    }
    const name = typeof config === 'string' ? names.get(config) : undefined;
    if (name && typeof values !== 'function')
      return super.query({ name, text: config as string, values }, callback);
    return super.query(config, values, callback);
  }
}

/** What `work` may add to its transaction's end. */
export interface TransactionEnd {
  /** `last` (no parameters: values written in as literals) goes out with the COMMIT. */
  commitWith(last: string): void;
}

/**
 * `work` in a transaction of its own connection whose first statement, `first` (no parameters:
 * values written in as literals), goes out with its START TRANSACTION: one round trip less.
 * `work` gets the transaction's manager, `first`'s rows, and the means of sending its last
 * statement with the COMMIT. Counted as the statements they are.
 */
export async function transactionBeginningWith<T>(
  dataSource: DataSource,
  first: string,
  work: (em: EntityManager, rows: unknown[], end: TransactionEnd) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PreparingClient;
    const rows = client.beginWith(first);
    const end: TransactionEnd = {
      commitWith(last) {
        dataSource.logger.logQuery(last, [], runner);
        client.commitWith(last);
      },
    };
    try {
      return await runner.manager.transaction(async (em) => {
        dataSource.logger.logQuery(first, [], runner);
        return work(em, await rows, end);
      });
    } finally {
      client.clearBeginWith();
      client.commitWith(null);
    }
  } finally {
    await runner.release();
  }
}
