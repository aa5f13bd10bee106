import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

export const WEB_APPS = ['admin', 'police', 'kiosk'] as const;

/**
 * Serves each built app under its own path (/admin, /police, /kiosk), with the app's
 * index.html for every client-side route; hashed assets are cached for a year.
 */
export function serveApps(app: Express, appsDir: string): string[] {
  const served: string[] = [];
  for (const name of WEB_APPS) {
    const dist = path.join(appsDir, name, 'dist');
    const index = path.join(dist, 'index.html');
    if (!existsSync(index)) continue;
    app.use(
      `/${name}/assets`,
      express.static(path.join(dist, 'assets'), {
        immutable: true,
        maxAge: '365d',
        fallthrough: false,
      }),
    );
    app.use(`/${name}`, express.static(dist, { index: false, maxAge: 0 }));
    app.get([`/${name}`, `/${name}/{*route}`], (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
    served.push(name);
  }
  if (served.includes('admin')) app.get('/', (_req, res) => res.redirect('/admin/'));
  return served;
}
