import pg from 'pg';
import { stackUnderTest } from './env';

async function control(action: 'stop' | 'start'): Promise<void> {
  const res = await fetch(`${stackUnderTest().serverControlUrl}/${action}`);
  if (!res.ok) throw new Error(`server ${action} failed: ${await res.text()}`);
}

/** Stops the server process under test (SIGTERM, as an outage or a deploy would). */
export const stopServer = () => control('stop');
/** Starts it again on the same port and database, and waits until it is ready. */
export const startServer = () => control('start');

/** Plain SQL on the server's database, for what the test must check behind the screens. */
export async function sql<T = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: stackUnderTest().databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
