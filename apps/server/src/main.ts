import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createAppServer } from './app';
import { createLogger } from './common/logger';
import { ConfigError, loadConfig } from './config';
import { closeDataSource, createDataSource } from './database/data-source';
import {
  EmbeddedDatabaseError,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from './database/embedded';
import { migrateAndSeed } from './database/migrate';

/** A failure to start whose message says what to do. */
class StartError extends Error {}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const started = Date.now();

  let embedded: EmbeddedDatabase | null = null;
  if (!config.DATABASE_URL)
    embedded = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT, logger);
  const dataSource = createDataSource(config.DATABASE_URL ?? embedded!.url, logger);
  let server: Awaited<ReturnType<typeof createAppServer>>;
  let address: AddressInfo;
  try {
    await dataSource.initialize();
    await migrateAndSeed(dataSource, logger, {
      demo: config.SEED_DEMO,
      hashCost: config.PASSWORD_HASH_COST,
    });
    server = await createAppServer(config, dataSource, logger);
    address = await server.listen(config.PORT, config.HOST).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EADDRINUSE') throw err;
      throw new StartError(
        `Port ${config.PORT} on ${config.HOST} is in use by another program.\n` +
          `Stop it, or start the platform on another port with PORT=… (e.g. PORT=${config.PORT + 1} pnpm start).`,
      );
    });
  } catch (err) {
    // Leave no embedded PostgreSQL running behind a failed start.
    await embedded?.stop().catch(() => undefined);
    throw err;
  }
  const base = `http://${address.address}:${address.port}`;
  logger.info(
    {
      ms: Date.now() - started,
      graphql: `${base}/graphql`,
      admin: `${base}/admin/`,
      police: `${base}/police/`,
      kiosk: `${base}/kiosk/`,
    },
    'CQSS platform ready',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      await server.stop();
      await closeDataSource(dataSource);
      await embedded?.stop();
      logger.info('stopped');
      logger.flush();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  if (
    err instanceof ConfigError ||
    err instanceof EmbeddedDatabaseError ||
    err instanceof StartError
  ) {
    console.error(err.message);
  } else {
    console.error(err ?? 'The platform failed to start for an unknown reason');
  }
  process.exit(1);
});
