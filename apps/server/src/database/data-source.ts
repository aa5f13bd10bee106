import { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import type { Logger } from '../common/logger';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../migrations';
import { CountingLogger } from './statement-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { poolTypes } from './timestamp-parser';
import { PreparingClient } from './prepared-statements';

/** The one DataSource of a server process; schema changes only ever come from migrations. */
export function createDataSource(url: string, log: Logger): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    logger: new CountingLogger(log),
    logging: ['error', 'warn'],
    maxQueryExecutionTime: 500,
    // A database that does not answer fails requests in 5 s (503) instead of holding them.
    extra: {
      max: 20,
      application_name: 'cqss-server',
      connectionTimeoutMillis: 5000,
      types: poolTypes,
      Client: PreparingClient,
    },
  });
}

export function statementCounter(dataSource: DataSource): CountingLogger {
  return dataSource.logger as unknown as CountingLogger;
}

/**
 * Closes the DataSource and waits until every connection's socket is closed. pg-pool settles
 * `end()` as soon as it has asked its clients to end, not when they have: an embedded PostgreSQL
 * stopped right after would cut them ("terminating connection due to administrator command").
 */
export async function closeDataSource(dataSource: DataSource, timeoutMs = 5000): Promise<void> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const open = pool.totalCount;
  let closedCount = 0;
  const allClosed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on('remove', () => {
      if (++closedCount >= open) resolve();
    });
    setTimeout(resolve, timeoutMs).unref();
  });
  await dataSource.destroy();
  await allClosed;
}
