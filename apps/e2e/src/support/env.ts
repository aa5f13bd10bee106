import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
export const E2E_DIR = path.join(REPO_ROOT, 'apps/e2e');
export const RESULTS_DIR = path.join(E2E_DIR, 'test-results');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** One booted server of the run: each test worker has its own, on its own database. */
export interface Stack {
  /** Where the server under test listens, e.g. http://127.0.0.1:43121 */
  baseUrl: string;
  /** POST-less control of the server process: GET /stop, GET /start (same port and database). */
  serverControlUrl: string;
  /** The database the server under test uses, for checks a user cannot see. */
  databaseUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stacks: Stack[];
  }
}

/** The server of this test worker (VITEST_POOL_ID runs from 1 to the number of workers). */
export function stackUnderTest(): Stack {
  const stacks = inject('stacks');
  return stacks[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % stacks.length]!;
}
