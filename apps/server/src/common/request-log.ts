import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';
import type { Logger } from './logger';

const SLOW_MS = 500;

/**
 * Tags every answer with its request id (header `x-request-id`, and on an internal error in
 * `extensions.requestId`), and logs internal errors and slow operations with that id.
 */
export function requestLog(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, errors }) {
          response.http.headers.set('x-request-id', contextValue.requestId);
          const ms = Math.round(performance.now() - started);
          if (ms > SLOW_MS)
            logger.warn({ requestId: contextValue.requestId, operationName, ms }, 'slow operation');
          if (response.body.kind !== 'single') return;
          // Formatted errors keep the order of the originals: log the original of each masked one.
          response.body.singleResult.errors?.forEach((formatted, i) => {
            if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return;
            Object.assign(formatted.extensions, { requestId: contextValue.requestId });
            const err = errors?.[i];
            logger.error(
              { requestId: contextValue.requestId, operationName, err: err?.originalError ?? err },
              'internal error',
            );
          });
        },
      };
    },
  };
}
