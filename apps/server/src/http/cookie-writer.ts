import type { ServerResponse } from 'node:http';
import { serialize, type SerializeOptions } from 'cookie';
import type { CookieWriter } from '../common/context';

/** Options of a cookie the server sets; the path is `/` unless given. */
export type CookieOptions = Omit<SerializeOptions, 'expires' | 'maxAge'>;

/**
 * Sets and clears cookies on an answer as Express's `res.cookie` / `res.clearCookie` did: one
 * more Set-Cookie line each, a cleared one empty and expired at the epoch, with the same options.
 */
export function cookieWriter(res: ServerResponse, options: CookieOptions): CookieWriter {
  const append = (name: string, value: string, expires: Date) => {
    const line = serialize(name, value, { path: '/', ...options, expires });
    const before = res.getHeader('set-cookie');
    res.setHeader(
      'set-cookie',
      before === undefined ? line : [...(Array.isArray(before) ? before : [String(before)]), line],
    );
  };
  return {
    set: (name, value, expires) => append(name, value, expires),
    clear: (name) => append(name, '', new Date(1)),
  };
}
