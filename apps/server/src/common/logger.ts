import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs; passwords and cookies never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: ['req.headers.cookie', '*.password', 'password', '*.passwordHash'],
  });
}
