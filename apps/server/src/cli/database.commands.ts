import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { serverMajor, tableRowCounts, userRelations } from './database-facts';
import { postgresProgram, runPostgresProgram } from './pg-tools';
import { openServerDatabase, type ServerDatabase } from './server-database';
import { CliError, operatorPath, say, seconds } from './support';

export function register(program: Command): void {
  program
    .command('backup')
    .argument('<file>', 'where to write the backup; an existing file is never overwritten')
    .description(
      "Back up the server's database (DATABASE_URL, or the embedded one) with pg_dump, in its custom format",
    )
    .action((file: string) => backup(operatorPath(file)));
  program
    .command('restore')
    .argument('<file>', 'a backup written by the backup command')
    .description(
      'Restore a backup into an empty database: DATABASE_URL’s (created when missing), or a fresh embedded one',
    )
    .action((file: string) => restore(operatorPath(file)));
}

async function connect<T>(database: ServerDatabase, work: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const size = (file: string) => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;

/**
 * pg_dump reads one snapshot (a repeatable-read transaction), so the backup is consistent while
 * the server keeps serving. It is written beside the target and renamed once complete and read
 * back, so a file under the target's name is always a whole backup.
 */
async function backup(file: string): Promise<void> {
  if (existsSync(file))
    throw new CliError(
      `${file} already exists: choose another name (backups are never overwritten).`,
    );
  const database = await openServerDatabase(loadConfig());
  const started = performance.now();
  const partial = `${file}.partial`;
  try {
    const major = await connect(database, serverMajor);
    const pgDump = await postgresProgram('pg_dump', major);
    const pgRestore = await postgresProgram('pg_restore', major);
    say(`Backing up ${database.label} (PostgreSQL ${major}) …`);
    await runPostgresProgram(
      pgDump,
      ['--format=custom', '--no-password', '--lock-wait-timeout=60s', `--file=${partial}`],
      database.url,
    );
    const contents = await runPostgresProgram(pgRestore, ['--list', partial]);
    const tables = contents.split('\n').filter((l) => / TABLE DATA /.test(l)).length;
    renameSync(partial, file);
    say(`Backed up to ${file}: ${tables} tables, ${size(file)}, in ${seconds(started)}.`);
  } finally {
    rmSync(partial, { force: true });
    await database.close();
  }
}

/**
 * Only into an empty database, so nothing is overwritten or mixed; in one transaction, so a
 * failed restore leaves the database as empty as it was. Statistics are gathered afterwards:
 * the planner needs them before the first request.
 */
async function restore(file: string): Promise<void> {
  if (!existsSync(file)) throw new CliError(`There is no backup at ${file}.`);
  const config = loadConfig();
  const database = await openServerDatabase(config, { create: true });
  const started = performance.now();
  try {
    const { major, relations } = await connect(database, async (client) => ({
      major: await serverMajor(client),
      relations: await userRelations(client),
    }));
    if (relations.length) throw notEmpty(database, relations);
    const pgRestore = await postgresProgram('pg_restore', major);
    say(`Restoring ${file} (${size(file)}) into ${database.label} …`);
    await runPostgresProgram(
      pgRestore,
      [
        '--exit-on-error',
        '--single-transaction',
        '--no-owner',
        '--no-privileges',
        '--no-password',
        file,
      ],
      database.url,
    );
    const counts = await connect(database, async (client) => {
      await client.query('ANALYZE');
      return tableRowCounts(client);
    });
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    say(
      `Restored in ${seconds(started)}: ${Object.keys(counts).length} tables, ${rows.toLocaleString('en')} rows. ` +
        'Start the server on it: it applies any migration newer than the backup.',
    );
  } finally {
    await database.close();
  }
}

function notEmpty(database: ServerDatabase, relations: string[]): CliError {
  const some = relations.slice(0, 3).join(', ') + (relations.length > 3 ? ', …' : '');
  const name = new URL(database.url).pathname.slice(1);
  const howTo = database.embeddedDir
    ? `Stop the server, move its embedded database (${database.embeddedDir}) aside, ` +
      'and run the restore again: it makes a fresh embedded database for the backup.'
    : `Point DATABASE_URL at a new database (the restore creates it when it does not exist), or, ` +
      `if you are sure ${name} holds nothing you need, drop it first (dropdb ${name}).`;
  return new CliError(
    `Refusing to restore: ${database.label} is not empty (${relations.length} tables and other relations: ${some}). ` +
      `A backup is restored only into an empty database, so nothing in it is overwritten or mixed.\n${howTo}`,
  );
}
