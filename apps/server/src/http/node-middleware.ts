import type { IncomingMessage, ServerResponse } from 'node:http';

/** A middleware on node's own request and answer, usable with or without Express. */
export type NodeMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void;
