import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const REPO_ROOT = path.resolve(__dirname, '../../..');

const boolean = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  SEED_DEMO: boolean.optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  KIOSK_TOKEN_TTL_DAYS: z.coerce.number().positive().max(3650).default(365),
  COOKIE_SECURE: boolean.optional(),
  PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(17),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  APPS_DIR: z.string().default(path.join(REPO_ROOT, 'apps')),
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe (for per-IP limits). */
  TRUST_PROXY: z.string().default('loopback'),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).default(2000),
  /** Bearer token Prometheus sends for GET /metrics; unset, the endpoint does not exist. */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Operations slower than this are logged (by name) at warn. */
  SLOW_OPERATION_MS: z.coerce.number().int().min(0).default(500),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(30),
  /** How long after the tap (device clock) a kiosk may add tags and a comment to its rating. */
  FEEDBACK_AMEND_WINDOW_SECONDS: z.coerce.number().int().min(0).default(300),
  /** Hosts besides WeCom's and DingTalk's own that robot webhooks may name (comma-separated): an outbound gateway, a test receiver. */
  NOTIFY_WEBHOOK_HOSTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    ),
  /** How often the notification sender looks at the outbox; 0 turns the sender off on this replica. */
  NOTIFY_POLL_MS: z.coerce.number().int().min(0).default(2000),
  /** The first retry's wait after a failed send; it doubles up to an hour. */
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(1).default(5000),
});

export type Config = Omit<
  z.infer<typeof schema>,
  'SEED_DEMO' | 'COOKIE_SECURE' | 'SESSION_SECRET'
> & {
  SEED_DEMO: boolean;
  COOKIE_SECURE: boolean;
  SESSION_SECRET: string;
};

export class ConfigError extends Error {}

/** Reads and validates the environment once; every bad value is named in one message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: required in production');
  }
  return {
    ...c,
    SEED_DEMO: c.SEED_DEMO ?? !c.DATABASE_URL,
    COOKIE_SECURE: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    SESSION_SECRET: c.SESSION_SECRET ?? localSecret(c.DATA_DIR),
  };
}

/** Outside production, a secret kept in the data directory so sessions survive restarts. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
