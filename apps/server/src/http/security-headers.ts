import helmet from 'helmet';
import type { NodeMiddleware } from './node-middleware';

const helmetHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
      },
    },
  });

/**
 * The same security headers on every answer: the apps' pages, /graphql and the probes (a JSON
 * answer opened in a browser tab, or framed by another site, is protected like a page). Helmet's
 * headers depend on nothing in the request here: they are worked out once, at startup, and set
 * as they are on each answer (helmet's eleven middlewares a request cost 3% of the API's CPU).
 */
export function securityHeaders(): NodeMiddleware {
  const set: [string, string | number | readonly string[]][] = [];
  const removed: string[] = [];
  let done = false;
  const probe = {
    setHeader: (name: string, value: string | number | readonly string[]) =>
      set.push([name, value]),
    removeHeader: (name: string) => removed.push(name),
  };
  helmetHeaders()({} as never, probe as never, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously: its headers cannot be fixed');
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
