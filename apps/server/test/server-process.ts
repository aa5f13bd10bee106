import { spawn } from 'node:child_process';
import path from 'node:path';

const serverDir = path.join(__dirname, '..');

export interface ServerProcess {
  child: ReturnType<typeof spawn>;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  exited: Promise<number | null>;
  /** The base URL it printed when ready. */
  baseUrl(): string;
}

/** Runs src/main.ts as `pnpm dev` would, as deployed (NODE_ENV=production), collecting its output. */
export function runServer(env: Record<string, string>): ServerProcess {
  const child = spawn(
    process.execPath,
    ['--conditions=@cqss/source', '-r', '@swc-node/register', 'src/main.ts'],
    {
      cwd: serverDir,
      env: {
        PATH: process.env.PATH,
        // As deployed: libraries behave differently under NODE_ENV=test (Apollo's own signal handlers).
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        PASSWORD_HASH_COST: '10',
        SESSION_SECRET: 'x'.repeat(40),
        APPS_DIR: '/nonexistent',
        ...env,
      },
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    baseUrl: () => /"graphql":"(http:\/\/[^"]+)\/graphql"/.exec(out)![1]!,
  };
}

/** Waits until the process says it is ready, or fails with what it printed. */
export async function ready(run: ServerProcess, ms = 60_000): Promise<string> {
  let code: number | null | undefined;
  void run.exited.then((c) => (code = c));
  await waitFor(() => run.output().includes('CQSS platform ready') || code !== undefined, ms);
  if (code !== undefined) throw new Error(`the server exited ${code}:\n${run.output()}`);
  return run.baseUrl();
}

export async function waitFor(predicate: () => boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
