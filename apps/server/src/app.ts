import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { parse as parseCookies } from 'cookie';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { AppServices, Context, CookieWriter } from './common/context';
import { ServiceUnavailableError } from './common/errors';
import { createFormatError } from './common/format-error';
import { operationRules, operationRulesPlugin } from './common/operation-rules';
import { hidingSuggestions, operationLimits } from './common/validation-rules';
import { Loaders } from './common/loaders';
import { serviceUnavailable } from './common/service-unavailable';
import type { Logger } from './common/logger';
import { Metrics } from './common/metrics';
import { metricsEndpoint, metricsPlugin } from './common/metrics-http';
import { requestLog } from './common/request-log';
import { currentRequest, requestScope } from './common/request-scope';
import { createAppPubSub } from './common/pub-sub';
import { graphqlCompression } from './http/compression';
import { connectionDrainer } from './http/connection-drainer';
import { securityHeaders } from './http/security-headers';
import { clientAddress } from './http/client-address';
import { cookieWriter } from './http/cookie-writer';
import { graphqlHttp, isGraphqlPath } from './http/graphql-http';
import { serveGraphqlWs } from './http/graphql-ws';
import { serveApps } from './http/static-apps';
import { NotificationSender } from './modules/notifications/notification-sender';
import { documentRoutes } from './http/documents';
import { exportRoutes } from './http/exports';
import { receiptRoutes } from './http/receipts';
import { LoginThrottle } from './modules/auth/login-throttle';
import { PrincipalCache } from './modules/auth/principal-cache';
import { resolvePrincipal } from './modules/auth/session.service';
import { Tokens } from './modules/auth/tokens';
import { isDatabaseUnavailable } from './database/unavailable';
import { buildAppSchema } from './schema/build-schema';
import { compiledExecutor } from './schema/compiled-executor';

export interface AppServer {
  httpServer: Server;
  services: AppServices;
  /** Delivers the notification outbox; null where NOTIFY_POLL_MS is 0. */
  notifications: NotificationSender | null;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, lets requests in flight finish, closes subscriptions. The pool stays open. */
  stop(): Promise<void>;
}

/** Wires the HTTP server: health probes, /graphql over HTTP and WebSocket, the built apps. */
export async function createAppServer(
  config: Config,
  dataSource: DataSource,
  logger: Logger,
): Promise<AppServer> {
  const databaseName = dataSource.driver.database ?? 'cqss';
  const {
    pubSub,
    redis,
    namespace,
    close: closePubSub,
  } = createAppPubSub(config.REDIS_URL, databaseName);
  const services: AppServices = {
    config,
    dataSource,
    logger,
    metrics: new Metrics(dataSource),
    pubSub,
    tokens: new Tokens(config.SESSION_SECRET),
    throttle: new LoginThrottle(redis, namespace),
    principals: new PrincipalCache(pubSub),
  };
  const schema = await buildAppSchema(pubSub);
  const app = express();
  app.disable('x-powered-by');
  // res.send's ETag hashes every /graphql answer (a POST: never revalidated). Static files keep
  // theirs: serve-static sets its own.
  app.set('etag', false);
  app.set('trust proxy', config.TRUST_PROXY);
  const headers = securityHeaders();
  app.use(headers);
  // Its request listener is set once Apollo has started: /graphql to Apollo, the rest to `app`.
  const httpServer = createServer();
  const connections = connectionDrainer(httpServer);

  const contextFor = async (
    cookieHeader: string | undefined,
    ip: string,
    cookies: CookieWriter | null,
  ): Promise<Context> => ({
    requestId: currentRequest()?.requestId ?? randomUUID(),
    ip,
    principal: await resolvePrincipal(services, parseCookies(cookieHeader ?? '')).catch(
      (err: unknown) => {
        throw isDatabaseUnavailable(err) ? new ServiceUnavailableError() : err;
      },
    ),
    loaders: new Loaders(dataSource),
    app: services,
    cookies,
  });

  const limits = operationLimits(config);
  const rules = operationRules(schema, limits);
  const formatError = hidingSuggestions(limits, createFormatError());
  const wsCleanup = serveGraphqlWs(httpServer, {
    schema,
    rules,
    formatError,
    logger,
    accept: async (request) => {
      // SameSite cookies aside, refuse handshakes from other origins (cross-site WebSocket hijacking).
      const { origin, host } = request.headers;
      if (origin && new URL(origin).host !== host) return false;
      const principal = await resolvePrincipal(
        services,
        parseCookies(request.headers.cookie ?? ''),
      );
      if (!principal) return false;
      return { sessionId: principal.kind === 'user' ? principal.sessionId : null };
    },
    context: (request) =>
      contextFor(request.headers.cookie, request.socket.remoteAddress ?? '', null),
    track: (result) => services.metrics.trackSubscription(result),
  });
  // A session ended on any replica (logout, a disabled account) closes its sockets here too.
  services.principals.onRevoked((sessionId) => wsCleanup.closeSession(sessionId));

  const apollo = new ApolloServer<Context>({
    gateway: compiledExecutor(schema),
    logger,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT: drain, close the pool, stop the embedded database, exit.
    stopOnTerminationSignals: false,
    // On in Apollo's own switch: `rules` refuses introspection in production, on both transports.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Apollo's default indents every answer (2% of the CPU of a list): clients read it compact.
    stringifyResult: (result) => JSON.stringify(result),
    formatError,
    parseOptions: rules.parseOptions,
    validationRules: rules.validationRules,
    plugins: [
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await Promise.all([connections.drain(), wsCleanup.dispose()]);
            },
          };
        },
      },
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads its scripts from a CDN, which the pages' CSP forbids.
      ApolloServerPluginLandingPageDisabled(),
      operationRulesPlugin(rules),
      serviceUnavailable(),
      metricsPlugin(services.metrics),
      requestLog(logger, config.SLOW_OPERATION_MS),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', metricsEndpoint(services.metrics, config.METRICS_TOKEN));
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (err) {
      logger.warn({ err }, 'database not reachable');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.COOKIE_SECURE,
    path: '/',
  } as const;
  const addressOf = clientAddress(config.TRUST_PROXY);
  // /graphql without Express (see http/graphql-http.ts); everything else through `app`.
  const graphql = graphqlHttp(apollo, {
    headers,
    compression: graphqlCompression(),
    context: (req, res) =>
      contextFor(req.headers.cookie, addressOf(req), cookieWriter(res, cookieOptions)),
    logger,
  });
  httpServer.on('request', (req, res) =>
    isGraphqlPath(req.url) ? graphql(req, res) : app(req, res),
  );

  const notifications =
    config.NOTIFY_POLL_MS > 0
      ? new NotificationSender(dataSource, logger, {
          pollMs: config.NOTIFY_POLL_MS,
          retryBaseMs: config.NOTIFY_RETRY_BASE_MS,
          webhookHosts: config.NOTIFY_WEBHOOK_HOSTS,
        })
      : null;
  notifications?.start();
  // Files and the public receipt check, beside /graphql (GraphQL carries only their ids).
  app.use(
    '/documents',
    requestScope,
    documentRoutes((req) => contextFor(req.headers.cookie, req.ip ?? '', null), logger),
  );
  app.use('/r', requestScope, receiptRoutes(dataSource, logger));
  app.use(
    '/exports',
    requestScope,
    exportRoutes(
      schema,
      dataSource,
      (req) => contextFor(req.headers.cookie, req.ip ?? '', null),
      logger,
    ),
  );

  const served = serveApps(app, config.APPS_DIR);
  logger.debug({ served }, 'web apps');

  return {
    httpServer,
    services,
    notifications,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve(httpServer.address() as AddressInfo));
      }),
    stop: async () => {
      await apollo.stop();
      await notifications?.stop();
      await services.principals.close();
      await closePubSub();
    },
  };
}
