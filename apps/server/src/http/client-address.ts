import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * The client's address as Express's `req.ip` gives it with `trust proxy` set to `trust` (a
 * comma-separated list of addresses, subnets or proxy-addr's names such as `loopback`): the
 * nearest X-Forwarded-For hop not sent by a trusted proxy. Compiled once, as Express does.
 */
export function clientAddress(trust: string): (req: IncomingMessage) => string {
  const trusted = proxyAddr.compile(trust.split(',').map((v) => v.trim()));
  return (req) => proxyAddr(req, trusted);
}
