import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { RateLimitedError } from '../../common/errors';

const WINDOW_SECONDS = 15 * 60;

/** Failed sign-ins allowed in 15 minutes before the key waits out the rest of the window. */
export const LOGIN_LIMITS = {
  /** One account from one address: a person mistyping, or one machine guessing. */
  perAccountAndAddress: 5,
  /** One account from anywhere; past it, only addresses that signed in to it before may try. */
  perAccount: 50,
  /** One address over any accounts: password spraying. */
  perAddress: 30,
} as const;

export type LoginLimits = { [K in keyof typeof LOGIN_LIMITS]: number };

/**
 * Sign-in limits after OWASP's guidance on blocking brute force without letting anyone lock
 * an owner out (Authentication Cheat Sheet, "Account Lockout"; the same shape as
 * rate-limiter-flexible's "login endpoint protection"): a strict count per account and
 * address, a loose one per account that addresses the account has signed in from before are
 * exempt from, and one per address against spraying.
 *
 * Every attempt takes its points before the password is checked, each with one atomic
 * consume (a Lua script in Redis, or in process), so concurrent guesses cannot all be
 * evaluated; a successful sign-in gives its points back and clears its account-and-address
 * count. In Redis when the servers run as several replicas, in process otherwise (and in
 * process while Redis cannot be reached).
 */
export class LoginThrottle {
  private readonly perAccountAndAddress: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(redis?: Redis, namespace = '', limits: LoginLimits = LOGIN_LIMITS) {
    const make = (keyPrefix: string, points: number) => {
      const options = { keyPrefix, points, duration: WINDOW_SECONDS, blockDuration: 0 };
      const memory = new RateLimiterMemory(options);
      return redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory })
        : memory;
    };
    this.perAccountAndAddress = make(
      `${namespace}login:account-address`,
      limits.perAccountAndAddress,
    );
    this.perAccount = make(`${namespace}login:account`, limits.perAccount);
    this.perAddress = make(`${namespace}login:address`, limits.perAddress);
  }

  /**
   * Takes one attempt for `account` from `address`, or throws RATE_LIMITED. `knownAddress`
   * is asked only when the account as a whole is over its limit.
   */
  async begin(
    account: string,
    address: string,
    knownAddress: () => Promise<boolean>,
  ): Promise<void> {
    await take(this.perAddress, address);
    await take(this.perAccountAndAddress, pair(account, address));
    try {
      await take(this.perAccount, account);
    } catch (limited) {
      if (!(await knownAddress())) throw limited;
    }
  }

  /** The attempt signed in: its points come back, and its address starts a clean count. */
  async succeeded(account: string, address: string): Promise<void> {
    await Promise.all([
      this.perAccountAndAddress.delete(pair(account, address)),
      this.perAccount.reward(account, 1),
      this.perAddress.reward(address, 1),
    ]);
  }
}

const pair = (account: string, address: string) => `${account}|${address}`;

async function take(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (res) {
    if (res instanceof RateLimiterRes)
      throw new RateLimitedError(Math.ceil(res.msBeforeNext / 1000));
    throw res;
  }
}
