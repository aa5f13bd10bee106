import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseUrl } from 'node:url';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import express from 'express';
import type { Logger } from '../common/logger';
import { inRequestScope } from '../common/request-scope';
import { bodyErrorAnswer } from './body-errors';
import type { NodeMiddleware } from './node-middleware';

/** What Express's `app.use('/graphql', …)` matched: `/graphql` and below it, in any case. */
export const isGraphqlPath = (url: string | undefined): boolean =>
  /^\/graphql(?:[/?#]|$)/i.test(url ?? '');

export interface GraphqlHttpOptions<TContext extends BaseContext> {
  /** Headers every answer carries (the security headers); synchronous. */
  headers: NodeMiddleware;
  /** The answer's compression (http/compression.ts); synchronous. */
  compression: NodeMiddleware;
  context: (req: IncomingMessage, res: ServerResponse) => Promise<TContext>;
  logger: Logger;
}

/**
 * /graphql over plain node:http, without Express's router, request and answer objects (a
 * quarter of a small read's CPU): the same middlewares in the same order (security headers,
 * compression, body-parser's JSON reader with the 256 kb limit), then Apollo's
 * `executeHTTPGraphQLRequest` in a request scope, as `expressMiddleware` calls it.
 */
export function graphqlHttp<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: GraphqlHttpOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const readJson: NodeMiddleware = express.json({ limit: '256kb' });

  const fail = (res: ServerResponse, err: unknown) => {
    const refused = bodyErrorAnswer(err);
    if (!refused) options.logger.error({ err }, 'graphql over http failed');
    if (res.headersSent) return void res.destroy();
    res.statusCode = refused?.status ?? 500;
    const body = refused?.body ?? 'Internal Server Error';
    res.setHeader('content-type', refused ? 'application/json; charset=utf-8' : 'text/plain');
    res.setHeader('content-length', Buffer.byteLength(body));
    res.end(body);
  };

  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method!.toUpperCase(),
        headers,
        search: parseUrl(req.url!).search ?? '',
        body: (req as { body?: unknown }).body,
      },
      context: () => options.context(req, res),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    // An incremental answer: each part sent as it comes (compression flushes, never holds it).
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      (res as { flush?: () => void }).flush?.();
    }
    res.end();
  };

  return (req, res) =>
    options.headers(req, res, () =>
      options.compression(req, res, () =>
        readJson(req, res, (err) => {
          if (err) return fail(res, err);
          // In the scope from here on: body-parser's stream callbacks ran outside it.
          inRequestScope(() => answer(req, res)).catch((e: unknown) => fail(res, e));
        }),
      ),
    );
}
