import { DataSource } from 'typeorm';
import type { Logger } from '../common/logger';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../migrations';
import { CountingLogger } from './statement-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

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
    extra: { max: 20, application_name: 'cqss-server' },
  });
}

export function statementCounter(dataSource: DataSource): CountingLogger {
  return dataSource.logger as unknown as CountingLogger;
}
