import type { Express } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';

/** Cache-Control per kind of file of the built web app. */
export const WebCache = {
  /** Content-hashed files under /assets: a new build writes new names, so a cached copy never goes stale. */
  hashed: 'public, max-age=31536000, immutable',
  /** index.html (and every deep link), the service worker and the manifest: revalidated on each load (ETag / Last-Modified), so a deploy shows at once. */
  entry: 'no-cache',
  /** Other root files (favicon.svg): unhashed names, kept briefly. */
  other: 'public, max-age=3600',
} as const;

/**
 * Serves the built web app from `dist` when it holds an index.html: the precompressed `.br` / `.gz`
 * variant the browser accepts (brotli first, with `Vary: Accept-Encoding`), cache headers per kind
 * of file, and index.html for app routes (deep links). Mount after the API: /api and /assets paths
 * never fall back to index.html, so unknown API routes keep their JSON 404 and a missing chunk is a 404.
 * The `.br` / `.gz` files are indexed at start: after replacing dist, restart (until then new files go uncompressed).
 */
export function serveWebApp(app: Express, dist: string | null): void {
  if (!dist || !existsSync(join(dist, 'index.html'))) return;
  const root = resolve(dist);
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: 'index.html',
    serveStatic: {
      setHeaders: (res: ServerResponse, filePath: string) => {
        res.setHeader('Cache-Control', cacheControlOf(relative(root, filePath)));
      },
    },
  });
  app.use(files);
  app.get(/^\/(?!api\/|assets\/)/, (req, res, next) => {
    if (!isAppRoute(req.path)) {
      next();
      return;
    }
    req.url = '/index.html';
    files(req, res, next);
  });
}

/** Cache-Control of a served file, from its path relative to dist (a compressed variant counts as its original). */
function cacheControlOf(relPath: string): string {
  if (relPath.startsWith(`assets${sep}`)) return WebCache.hashed;
  // The service worker and the web app manifest name the build: a new deploy must reach the phone on its next load.
  if (/^(index\.html|sw\.js|manifest\.webmanifest)(\.br|\.gz)?$/.test(relPath)) return WebCache.entry;
  return WebCache.other;
}

/** A path the web app routes itself; anything decoding to a parent (`..`) segment or a backslash is refused. */
function isAppRoute(path: string): boolean {
  try {
    return !/(^|\/)\.\.(\/|$)|\\|\0/.test(decodeURIComponent(path));
  } catch {
    return false;
  }
}
