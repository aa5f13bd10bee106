import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { RateLimitedError } from '../../common/errors';

const WINDOW_SECONDS = 15 * 60;

/**
 * Failed sign-ins are counted per account and per IP address; past the limit both block for
 * the window. Shared through Redis when the servers run as several replicas.
 */
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;

  constructor(redis?: Redis, namespace = '', limits = { perAccount: 5, perIp: 30 }) {
    const make = (keyPrefix: string, points: number) =>
      redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix,
            points,
            duration: WINDOW_SECONDS,
            blockDuration: WINDOW_SECONDS,
          })
        : new RateLimiterMemory({
            keyPrefix,
            points,
            duration: WINDOW_SECONDS,
            blockDuration: WINDOW_SECONDS,
          });
    this.perAccount = make(`${namespace}login:account`, limits.perAccount);
    this.perIp = make(`${namespace}login:ip`, limits.perIp);
  }

  /** Throws RATE_LIMITED while the account or the address is blocked. */
  async assertAllowed(account: string, ip: string): Promise<void> {
    for (const [limiter, key] of [
      [this.perAccount, account],
      [this.perIp, ip],
    ] as const) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limiter.points) {
        throw new RateLimitedError(Math.ceil(state.msBeforeNext / 1000));
      }
    }
  }

  async recordFailure(account: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(account, 1), this.perIp.penalty(ip, 1)]);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.perAccount.delete(account);
  }
}
