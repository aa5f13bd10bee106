import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';
import type { Logger } from './logger';

/**
 * Tags every answer with its request id (header `x-request-id`, and on an internal error in
 * `extensions.requestId`) and logs, by operation name only (never the variables, which hold
 * phones, ID numbers and passwords): each request at debug, slow ones at warn, internal errors
 * at error. The request id comes onto every line from the logger's request scope.
 */
export function requestLog(logger: Logger, slowMs: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, errors }) {
          response.http.headers.set('x-request-id', contextValue.requestId);
          const ms = Math.round(performance.now() - started);
          const operation = operationName ?? '_anonymous';
          if (ms > slowMs) logger.warn({ operation, ms }, 'slow operation');
          if (response.body.kind !== 'single') return;
          const formattedErrors = response.body.singleResult.errors;
          logger.debug(
            { operation, ms, code: formattedErrors?.[0]?.extensions?.code ?? 'OK' },
            'graphql request',
          );
          // Formatted errors keep the order of the originals: log the original of each masked one.
          formattedErrors?.forEach((formatted, i) => {
            if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return;
            Object.assign(formatted.extensions, { requestId: contextValue.requestId });
            const err = errors?.[i];
            logger.error({ operation, err: err?.originalError ?? err }, 'internal error');
          });
        },
      };
    },
  };
}
