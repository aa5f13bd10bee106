import helmet from 'helmet';

/**
 * The same security headers on every answer: the apps' pages, /graphql and the probes (a JSON
 * answer opened in a browser tab, or framed by another site, is protected like a page).
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
      },
    },
  });
}
