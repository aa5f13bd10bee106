/** The drill's processes: server replicas from a build, and Debian's nginx with docker/nginx.conf. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client as PgClient } from 'pg';

const REPO = path.resolve(__dirname, '../../..');
const NGINX = process.env.NGINX ?? 'nginx';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every process the drill started, to be stopped at the end whatever happened. */
export const children = new Set<ChildProcess>();

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  values: unknown[] = [],
) {
  const c = new PgClient({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}

export interface Replica {
  name: string;
  port: number;
  process: ChildProcess | null;
  start(): Promise<void>;
}

export function replica(
  name: string,
  port: number,
  serverDir: string,
  env: Record<string, string>,
): Replica {
  const r: Replica = {
    name,
    port,
    process: null,
    async start() {
      const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
        cwd: serverDir,
        env: { PATH: process.env.PATH, ...env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.add(child);
      child.on('exit', () => children.delete(child));
      r.process = child;
      let out = '';
      child.stdout!.on('data', (d) => (out += d));
      child.stderr!.on('data', (d) => (out += d));
      const until = Date.now() + 60_000;
      while (!out.includes('CQSS platform ready')) {
        if (child.exitCode !== null || Date.now() > until)
          throw new Error(`replica ${name} did not start:\n${out}`);
        await sleep(50);
      }
    },
  };
  return r;
}

/** docker/nginx.conf with its template variables filled, inside a main config of the drill's own. */
function nginxConfig(work: string, port: number, upstreams: Replica[]): string {
  const template = readFileSync(path.join(REPO, 'docker/nginx.conf'), 'utf8');
  const values: Record<string, string> = {
    NGINX_PORT: `127.0.0.1:${port}`,
    // Back in the rotation 2 s after a failure, so the restarted replica is seen within the drill.
    CQSS_UPSTREAM_SERVERS: upstreams
      .map((u) => `server 127.0.0.1:${u.port} max_fails=1 fail_timeout=2s;`)
      .join(' '),
  };
  const site = template.replace(/\$\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
  writeFileSync(path.join(work, 'site.conf'), site);
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(work, dir), { recursive: true });
    chmodSync(path.join(work, dir), 0o777); // workers run as nobody when the master is root
  }
  return `daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 1024; }
http {
  client_body_temp_path ${work}/client_body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  log_format drill '$msec $status $upstream_addr $upstream_status';
  access_log ${work}/access.log drill;
  include ${work}/site.conf;
}
`;
}

export async function startNginx(
  work: string,
  port: number,
  upstreams: Replica[],
): Promise<ChildProcess> {
  if (spawnSync(NGINX, ['-v']).error)
    throw new Error(`nginx not found (${NGINX}): apt-get install -y nginx, or set NGINX=…`);
  writeFileSync(path.join(work, 'nginx.conf'), nginxConfig(work, port, upstreams));
  const child = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.add(child);
  const until = Date.now() + 10_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    if (child.exitCode !== null || Date.now() > until) throw new Error('nginx did not start');
    await sleep(50);
  }
}
