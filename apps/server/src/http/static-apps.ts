import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Express, RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

export const WEB_APPS = ['admin', 'police', 'kiosk'] as const;

/**
 * Static files with the .br and .gz twins the build writes beside them: brotli when the browser
 * takes it, else gzip, else the plain file, always with `Vary: Accept-Encoding`.
 */
const precompressed = (
  root: string,
  serveStatic: expressStaticGzip.ExpressStaticGzipOptions['serveStatic'],
): RequestHandler =>
  expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br'],
    index: false,
    serveStatic,
  });

/**
 * Serves each built app under its own path (/admin, /police, /kiosk), with the app's
 * index.html for every client-side route; hashed assets are cached for a year.
 */
export function serveApps(app: Express, appsDir: string): string[] {
  const served: string[] = [];
  for (const name of WEB_APPS) {
    const dist = path.join(appsDir, name, 'dist');
    if (!existsSync(path.join(dist, 'index.html'))) continue;
    app.use(
      `/${name}/assets`,
      precompressed(path.join(dist, 'assets'), {
        immutable: true,
        maxAge: '365d',
        fallthrough: false,
      }),
    );
    const files = precompressed(dist, { index: false, maxAge: 0 });
    app.use(`/${name}`, files);
    app.get([`/${name}`, `/${name}/{*route}`], (req, res, next) => {
      // Every client-side route is the app's page, revalidated on each visit.
      res.setHeader('Cache-Control', 'no-cache');
      req.url = '/index.html';
      files(req, res, next);
    });
    served.push(name);
  }
  if (served.includes('admin')) app.get('/', (_req, res) => res.redirect('/admin/'));
  return served;
}
