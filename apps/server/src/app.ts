import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { parse as parseCookies } from 'cookie';
import express from 'express';
import depthLimit from 'graphql-depth-limit';
import { useServer } from 'graphql-ws/use/ws';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { Config } from './config';
import { complexityLimit } from './common/complexity';
import type { AppServices, Context, CookieWriter } from './common/context';
import { createFormatError } from './common/format-error';
import { Loaders } from './common/loaders';
import { requestLog } from './common/request-log';
import type { Logger } from './common/logger';
import { createAppPubSub } from './common/pub-sub';
import { serveApps } from './http/static-apps';
import { LoginThrottle } from './modules/auth/login-throttle';
import { PrincipalCache } from './modules/auth/principal-cache';
import { resolvePrincipal } from './modules/auth/session.service';
import { Tokens } from './modules/auth/tokens';
import { buildAppSchema } from './schema/build-schema';

export interface AppServer {
  httpServer: Server;
  services: AppServices;
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
    pubSub,
    tokens: new Tokens(config.SESSION_SECRET),
    throttle: new LoginThrottle(redis, namespace),
    principals: new PrincipalCache(pubSub),
  };
  const schema = await buildAppSchema(pubSub);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  const httpServer = createServer(app);

  const contextFor = async (
    cookieHeader: string | undefined,
    ip: string,
    cookies: CookieWriter | null,
  ): Promise<Context> => ({
    requestId: randomUUID(),
    ip,
    principal: await resolvePrincipal(services, parseCookies(cookieHeader ?? '')),
    loaders: new Loaders(dataSource),
    app: services,
    cookies,
  });

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<
    Record<string, unknown>,
    { request: import('node:http').IncomingMessage }
  >(
    {
      schema,
      onConnect: async ({ extra }) => {
        // SameSite cookies aside, refuse handshakes from other origins (cross-site WebSocket hijacking).
        const { origin, host } = extra.request.headers;
        if (origin && new URL(origin).host !== host) return false;
        const principal = await resolvePrincipal(
          services,
          parseCookies(extra.request.headers.cookie ?? ''),
        );
        return principal !== null;
      },
      context: ({ extra }) =>
        contextFor(extra.request.headers.cookie, extra.request.socket.remoteAddress ?? '', null),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT: drain, close the pool, stop the embedded database, exit.
    stopOnTerminationSignals: false,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(),
    validationRules: [depthLimit(config.MAX_QUERY_DEPTH)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      ApolloServerPluginCacheControlDisabled(),
      ...(config.NODE_ENV === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
      complexityLimit(schema, config.MAX_QUERY_COMPLEXITY),
      requestLog(logger),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
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
  app.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        contextFor(req.headers.cookie, req.ip ?? '', {
          set: (name, value, expires) => res.cookie(name, value, { ...cookieOptions, expires }),
          clear: (name) => res.clearCookie(name, cookieOptions),
        }),
    }),
  );

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
        },
      },
    }),
  );
  const served = serveApps(app, config.APPS_DIR);
  logger.debug({ served }, 'web apps');

  return {
    httpServer,
    services,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve(httpServer.address() as AddressInfo));
      }),
    stop: async () => {
      await apollo.stop();
      await services.principals.close();
      await closePubSub();
    },
  };
}
