import type { Client } from 'pg';

/** The major version of the PostgreSQL server, e.g. 15 for 15.20. */
export async function serverMajor(client: Client): Promise<number> {
  const { rows } = await client.query<{ v: number }>(
    `SELECT current_setting('server_version_num')::int AS v`,
  );
  return Math.floor(rows[0]!.v / 10000);
}

/** Tables, views and sequences outside PostgreSQL's own schemas: none in an empty database. */
export async function userRelations(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT n.nspname || '.' || c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
      ORDER BY c.relkind <> 'r', 1`,
  );
  return rows.map((r) => r.name);
}

/** Every table of the public schema with its number of rows, by name. */
export async function tableRowCounts(client: Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${name.replaceAll('"', '""')}"`,
    );
    counts[name] = rows[0]!.n;
  }
  return counts;
}
