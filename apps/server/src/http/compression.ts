import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/** Streamed answers: compressing them would hold events back until a window fills. */
const STREAMS = /^\s*(text\/event-stream|multipart\/mixed)/i;

/**
 * /graphql answers over 1 KB, brotli or gzip as the client asks, compressed as they are sent;
 * never an event stream or a multipart (incremental or subscription) answer. Subscriptions over
 * WebSocket never pass through Express.
 */
export function graphqlCompression(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (req: Request, res: Response) =>
      !STREAMS.test(String(res.getHeader('Content-Type') ?? '')) && compression.filter(req, res),
  });
}
