import pino from 'pino';
import { currentRequest } from './request-scope';

export type Logger = pino.Logger;

/**
 * Keys whose values never reach a log line, at any of the first four levels of a logged object:
 * credentials, the personal data the platform holds (ID-card numbers, phones) and GraphQL
 * variables as a whole, which carry all of these.
 */
const SECRET_KEYS = [
  'password',
  'passwordHash',
  'currentPassword',
  'newPassword',
  'token',
  'sessionToken',
  'deviceToken',
  'pairingCode',
  'idNumber',
  'contactPhone',
  'phone',
  'cookie',
  'authorization',
  'variables',
  // Notification settings: a robot webhook's key is its credential.
  'wecomWebhookUrl',
  'dingtalkWebhookUrl',
  'dingtalkSecret',
  'smtpPassword',
];
const REDACTED_PATHS = SECRET_KEYS.flatMap((key) =>
  ['', '*.', '*.*.', '*.*.*.'].map((depth) => `${depth}${key}`),
);

/**
 * What an error may show: its kind, message and stack (quoted values masked), PostgreSQL's
 * codes and names, the SQL text. Left out on purpose: `parameters` (a failed query's values), `detail` ("Key (id_number)=(…)"),
 * `where`, `driverError`, GraphQL variables.
 */
const ERROR_FIELDS = [
  'type',
  'message',
  'stack',
  'code',
  'constraint',
  'table',
  'column',
  'schema',
  'routine',
  'query',
] as const;

/**
 * PostgreSQL quotes names and values alike: `unique constraint "uq_guard_id_number"`, but
 * `invalid input syntax for type integer: "13912345678"`. A quoted word stays when what it names
 * comes before it (constraint, column, relation…); every other quoted text is masked.
 */
const NAMED =
  /(?:constraint|column|relation|table|index|type|function|schema|sequence|trigger|view|extension|database|role|savepoint|cursor)\s+$/;
const maskQuotedValues = (text: string) =>
  text.replace(/"[^"\n]*"/g, (quoted, at: number) =>
    NAMED.test(text.slice(Math.max(0, at - 12), at)) ? quoted : '"…"',
  );

function safeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const full = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const field of ERROR_FIELDS) if (full[field] !== undefined) kept[field] = full[field];
  for (const field of ['message', 'stack'] as const)
    if (typeof kept[field] === 'string') kept[field] = maskQuotedValues(kept[field]);
  if (err.cause instanceof Error) kept.cause = safeError(err.cause);
  return kept;
}

/**
 * Structured JSON logs. Secrets are redacted by key, errors keep only what cannot hold a value,
 * and every line written while a request is served carries its request id.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: safeError },
      mixin: () => {
        const scope = currentRequest();
        return scope ? { requestId: scope.requestId } : {};
      },
    },
    destination,
  );
}
