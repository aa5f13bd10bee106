import type { DataSource } from 'typeorm';
import type { Logger } from '../common/logger';
import { seedDemo } from '../seed/demo-seed';

// Any constant shared by every replica; replicas starting together migrate one at a time.
const MIGRATION_LOCK = 0x43515353;

/** Runs pending migrations (and the demo seed, if asked) under a PostgreSQL advisory lock. */
export async function migrateAndSeed(
  dataSource: DataSource,
  log: Logger,
  seed: { demo: boolean; hashCost: number },
): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const migrations = await dataSource.runMigrations();
    if (migrations.length) log.info({ migrations: migrations.map((m) => m.name) }, 'migrated');
    if (seed.demo && (await seedDemo(dataSource, seed.hashCost))) log.info('demo data seeded');
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
