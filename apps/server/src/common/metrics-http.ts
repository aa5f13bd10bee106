import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Context } from './context';
import type { Metrics } from './metrics';
import { currentRequest } from './request-scope';

/** Counts and times every GraphQL request over HTTP, with the SQL statements it sent. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, response }) {
          const name = operation ? (operation.name?.value ?? '_anonymous') : '_invalid';
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
          const code = errors?.length ? String(errors[0]!.extensions?.code ?? 'UNKNOWN') : 'OK';
          const seconds = (performance.now() - started) / 1000;
          metrics.observeRequest(name, code, seconds, currentRequest()?.statements);
        },
      };
    },
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `GET /metrics` for Prometheus, only with `Authorization: Bearer <METRICS_TOKEN>`; without a
 * configured token the endpoint does not exist.
 */
export function metricsEndpoint(metrics: Metrics, token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : null;
  return async (req, res) => {
    if (!expected) {
      res.status(404).type('text').send('Not found\n');
      return;
    }
    const given = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    // Equal-length digests, compared in constant time: the answer says nothing of the token.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="metrics"')
        .type('text')
        .send('Metrics need the bearer token set in METRICS_TOKEN\n');
      return;
    }
    res
      .set('Cache-Control', 'no-store')
      .type(metrics.contentType)
      .send(await metrics.render());
  };
}
