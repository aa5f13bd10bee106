import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** What one HTTP request carries through every await: its id (on each log line) and its SQL count. */
export interface RequestScope {
  readonly requestId: string;
  statements: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The scope of the request being served, if any (none at startup, in the CLI, on WebSocket). */
export const currentRequest = (): RequestScope | undefined => storage.getStore();

/** Runs `fn` (the rest of a request) inside a fresh scope. */
export const inRequestScope = <T>(fn: () => T): T =>
  storage.run({ requestId: randomUUID(), statements: 0 }, fn);

/**
 * Express middleware: the rest of the request runs inside a fresh scope. Mount it after the
 * body parser, whose stream callbacks would otherwise run outside the scope.
 */
export const requestScope: RequestHandler = (_req, _res, next) => inRequestScope(next);
