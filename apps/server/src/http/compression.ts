import compression from 'compression';
import type { Request, Response } from 'express';
import type { NodeMiddleware } from './node-middleware';

/** Streamed answers: compressing them would hold events back until a window fills. */
const STREAMS = /^\s*(text\/event-stream|multipart\/mixed)/i;

/**
 * /graphql answers over 1 KB, brotli or gzip as the client asks, compressed as they are sent;
 * never an event stream or a multipart (incremental or subscription) answer. Subscriptions over
 * WebSocket never pass through Express.
 */
export function graphqlCompression(): NodeMiddleware {
  // compression patches node's own answer; its types name Express's request and answer.
  return compression({
    threshold: 1024,
    filter: (req: Request, res: Response) =>
      !STREAMS.test(String(res.getHeader('Content-Type') ?? '')) && compression.filter(req, res),
  }) as unknown as NodeMiddleware;
}
