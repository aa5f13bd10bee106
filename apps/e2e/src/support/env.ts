import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
export const E2E_DIR = path.join(REPO_ROOT, 'apps/e2e');
export const RESULTS_DIR = path.join(E2E_DIR, 'test-results');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server under test listens, e.g. http://127.0.0.1:43121 */
    baseUrl: string;
    /** POST-less control of the server process: GET /stop, GET /start (same port and database). */
    serverControlUrl: string;
    /** The database the server under test uses, for checks a user cannot see. */
    databaseUrl: string;
  }
}
