import 'reflect-metadata';
import { createAppServer } from './app';
import { createLogger } from './common/logger';
import { ConfigError, loadConfig } from './config';
import { createDataSource } from './database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded';
import { migrateAndSeed } from './database/migrate';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const started = Date.now();

  let embedded: EmbeddedDatabase | null = null;
  if (!config.DATABASE_URL)
    embedded = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT, logger);
  const dataSource = createDataSource(config.DATABASE_URL ?? embedded!.url, logger);
  await dataSource.initialize();
  await migrateAndSeed(dataSource, logger, {
    demo: config.SEED_DEMO,
    hashCost: config.PASSWORD_HASH_COST,
  });

  const server = await createAppServer(config, dataSource, logger);
  const address = await server.listen(config.PORT, config.HOST);
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
      await dataSource.destroy();
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
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exit(1);
});
