import type { DataSource } from 'typeorm';
import type { PubSub } from 'type-graphql';
import type { Config } from '../config';
import type { LoginThrottle } from '../modules/auth/login-throttle';
import type { PrincipalCache } from '../modules/auth/principal-cache';
import type { Principal } from '../modules/auth/principal';
import type { Tokens } from '../modules/auth/tokens';
import type { Loaders } from './loaders';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

/** What lives as long as the server: shared by every request. */
export interface AppServices {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
  metrics: Metrics;
  tokens: Tokens;
  throttle: LoginThrottle;
  pubSub: PubSub;
  principals: PrincipalCache;
}

/** Cookie writes, available on HTTP requests (not on WebSocket messages). */
export interface CookieWriter {
  set(name: string, value: string, expires: Date): void;
  clear(name: string): void;
}

export interface Context {
  requestId: string;
  ip: string;
  principal: Principal | null;
  loaders: Loaders;
  app: AppServices;
  cookies: CookieWriter | null;
}
