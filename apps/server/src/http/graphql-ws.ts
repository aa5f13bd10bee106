import type { IncomingMessage, Server } from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Context } from '../common/context';
import type { Logger } from '../common/logger';
import type { OperationRules } from '../common/operation-rules';

/** A subscribe message of the apps is a few hundred bytes; nothing needs more than this. */
export const MAX_FRAME_BYTES = 64 * 1024;

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface GraphqlWsOptions {
  schema: GraphQLSchema;
  rules: OperationRules;
  formatError: FormatError;
  logger: Logger;
  /**
   * Whether the handshake may open a socket (the origin and a signed-in caller): false, or
   * true with the caller's session id (null for a kiosk), so ending the session closes it.
   */
  accept(request: IncomingMessage): Promise<false | { sessionId: string | null }>;
  context(request: IncomingMessage): Promise<Context>;
  /** Sees each subscription's stream (for the live-subscriptions gauge). */
  track?<T>(stream: AsyncIterable<T>): AsyncIterable<T>;
}

const withCode = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...error.extensions, code },
  });

/**
 * graphql-ws on /graphql with the rules and the error formatter of the HTTP endpoint: the same
 * parse limit, validation rules, price and argument checks before anything runs, and every
 * error shaped (and internal ones masked and logged) before it is sent.
 */
export function serveGraphqlWs(httpServer: Server, options: GraphqlWsOptions) {
  const { schema, rules, logger } = options;
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: MAX_FRAME_BYTES,
  });

  const format = (error: GraphQLError, requestId?: string): GraphQLFormattedError => {
    const formatted = options.formatError(error.toJSON(), error);
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR')
      logger.error({ requestId, err: error.originalError ?? error }, 'internal error');
    return formatted;
  };

  // The open sockets of each signed-in session, closed when the session ends.
  const sockets = new Map<string, Set<WebSocket>>();
  const disposable = useServer<
    Record<string, unknown>,
    { request: IncomingMessage; socket: WebSocket }
  >(
    {
      schema,
      onConnect: async ({ extra }) => {
        const accepted = await options.accept(extra.request);
        if (!accepted) return false;
        const { sessionId } = accepted;
        if (sessionId) {
          const set = sockets.get(sessionId) ?? new Set();
          sockets.set(sessionId, set.add(extra.socket));
          extra.socket.once('close', () => {
            set.delete(extra.socket);
            if (!set.size) sockets.delete(sessionId);
          });
        }
        return true;
      },
      context: ({ extra }) => options.context(extra.request),
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, rules.parseOptions);
        } catch (error) {
          return [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
        }
        const invalid = validate(schema, document, [...specifiedRules, ...rules.validationRules]);
        if (invalid.length) return invalid.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation)
          return [
            new GraphQLError('No operation of that name in the document', {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
            }),
          ];
        const refusal = rules.refusal(document, operation, payload.variables);
        if (refusal) return [refusal];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      onOperation: (_ctx, _id, _payload, _args, result) =>
        Symbol.asyncIterator in result ? options.track?.(result) : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => format(e)),
      onNext: (_ctx, _id, _payload, args, result) =>
        result.errors
          ? {
              ...result,
              errors: result.errors.map((e) =>
                format(e, (args.contextValue as Context | undefined)?.requestId),
              ),
            }
          : undefined,
    },
    wsServer,
  );
  // A socket's errors (a frame over the limit among them, which ws answers with close code
  // 1009) go to our log, not to graphql-ws's console.error.
  wsServer.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (err) => logger.warn({ err }, 'websocket closed on an error'));
  });
  return {
    dispose: () => disposable.dispose(),
    /** Closes the session's sockets (4401: graphql-ws clients do not retry it). */
    closeSession(sessionId: string) {
      for (const socket of sockets.get(sessionId) ?? []) socket.close(4401, 'Unauthorized');
    },
  };
}
