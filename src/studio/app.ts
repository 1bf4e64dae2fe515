/**
 * The RCML Studio server as a Hono app: the JSON API under /api (docs/server-api.md), /voice
 * reserved for the live call routes, and the built designer for everything else. The factory
 * owns everything it reuses; nothing is kept in module variables, so tests make as many apps,
 * on as many databases, as they like.
 */
import { Hono } from 'hono';
import { readJsonBody } from './http/body';
import { allow, identifyCaller } from './http/caller';
import type { StudioEnv } from './http/env';
import { refuseCrossSite } from './http/origin';
import { requestLog, type LogLine } from './http/requestLog';
import { refuse } from './http/respond';
import { serveDesigner } from './http/staticSite';
import { apiRoutes, type ApiRoute } from './routes';
import type { StudioContext } from './services/context';
import { fail, isFailure } from './services/failure';
import type { StudioStorage } from './storage';

export interface StudioAppOptions {
  readonly storage: StudioStorage;
  /** The address people and platforms reach the server at, e.g. https://studio.example.com. */
  readonly publicOrigin?: string | undefined;
  /** The built designer (default `dist`). */
  readonly staticDir?: string;
  /** The clock, in ms since 1970 (tests move it). */
  readonly now?: () => number;
  /** Where request lines and problems go (default: the console). */
  readonly log?: LogLine;
}

function register(app: Hono<StudioEnv>, route: ApiRoute): void {
  app.on(route.method, route.path, allow(route.access), async (c) => {
    const limit = route.bodyLimit;
    const body = limit === undefined ? {} : await readJsonBody(c, limit);
    return isFailure(body) ? refuse(c, body) : route.handle(c, body);
  });
}

export function createStudioApp(options: StudioAppOptions): Hono<StudioEnv> {
  const { storage, publicOrigin, staticDir = 'dist', now = Date.now } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const context: StudioContext = { storage, now };
  const app = new Hono<StudioEnv>();

  app.use(requestLog(log));
  app.onError((error, c) => {
    // The kind of error only: a message may quote what a person sent.
    const code = (error as { code?: unknown }).code;
    log(`Error on ${c.req.method} ${c.req.path}: ${error.name}${code ? ` (${String(code)})` : ''}`);
    return c.json({ error: 'Something went wrong on the server. Try again in a moment.' }, 500);
  });
  app.use(refuseCrossSite(publicOrigin));

  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', identifyCaller(context));
  for (const route of apiRoutes({ context, publicOrigin })) register(app, route);
  app.all('/api/*', (c) => refuse(c, fail('not-found', 'There is no such API route.')));
  app.all('/voice/*', (c) => refuse(c, fail('not-found', 'No flow is published at this address.')));

  serveDesigner(app, staticDir);
  return app;
}
