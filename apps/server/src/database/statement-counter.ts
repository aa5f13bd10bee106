import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';
import type { Logger } from '../common/logger';
import { currentRequest } from '../common/request-scope';

/**
 * TypeORM's logger: counts every statement sent to PostgreSQL, in all (so tests can assert how
 * many one GraphQL request costs) and per request (for the metrics), and passes errors and slow
 * queries to pino: the SQL text only, never its parameters.
 */
export class CountingLogger extends AbstractLogger {
  statements = 0;

  constructor(private readonly pino: Logger) {
    super(['error', 'warn']);
  }

  override logQuery(): void {
    this.statements += 1;
    const request = currentRequest();
    if (request) request.statements += 1;
  }

  /** One line a slow statement: its text and how long it took (never its parameters). */
  override logQuerySlow(time: number, query: string, _parameters?: unknown[]): void {
    this.pino.warn({ sql: query, ms: time }, 'slow statement');
  }

  protected override writeLog(
    level: LogLevel,
    message: LogMessage | string | number | (LogMessage | string | number)[],
  ): void {
    const messages = Array.isArray(message) ? message : [message];
    for (const m of messages) {
      const text = typeof m === 'object' ? m.message : m;
      if (level === 'error' || (typeof m === 'object' && m.type === 'query-error'))
        this.pino.error({ detail: text }, 'database error');
      else if (level === 'warn') this.pino.warn({ detail: text }, 'database warning');
    }
  }

  /** How many statements `fn` sends; the server must not be serving anything else meanwhile. */
  async count(fn: () => Promise<unknown>): Promise<number> {
    const before = this.statements;
    await fn();
    return this.statements - before;
  }
}
