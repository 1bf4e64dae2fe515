/**
 * The built designer (`dist/`), with the same Content-Security-Policy header `vite preview`
 * sends, and the single-page fallback: a GET outside /api and /voice that names no file answers
 * index.html, so /setup?code=… and /invite/<code> open the designer, which decides what to show.
 * Only `staticDir` is served: nothing from src, nothing above the folder.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../vite/contentSecurityPolicy';
import type { StudioEnv } from './env';

/** Built assets carry a content hash in their names, so they never change under one URL. */
const HASHED_ASSET = /^\/assets\//;

export function serveDesigner(app: Hono<StudioEnv>, staticDir: string): void {
  const root = resolve(staticDir);
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    if (c.res.ok) {
      c.header(
        'Cache-Control',
        HASHED_ASSET.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
  });
  if (!existsSync(root)) {
    app.get('*', (c) =>
      c.text(`The designer is not built (no ${root}). Run npm run build, or npm start.`, 404),
    );
    return;
  }
  app.get('*', serveStatic({ root }));
  app.get('*', async (c) => {
    const page = await readFile(join(root, 'index.html'), 'utf8').catch(() => undefined);
    return page === undefined ? c.text('The designer has no index.html.', 404) : c.html(page);
  });
}
