/**
 * The RCML Studio server as a Hono app: the JSON API under /api (docs/server-api.md), the live
 * call routes under /voice, and the built designer for everything else. The factory owns
 * everything it reuses (the voice caches, the call counter); nothing is kept in module
 * variables, so tests make as many apps, on as many databases, as they like.
 *
 * A listening server (server.ts) answers /voice on node:http before Hono, for speed and for the
 * flow server's handling of bodies still arriving; the Hono routes below answer the same way
 * (through the same VoiceService) when the app is called in-process.
 */
import { Hono } from 'hono';
import { incomingRequest } from '../router';
import { readJsonBody } from './http/body';
import { allow, identifyCaller } from './http/caller';
import type { StudioEnv, StudioHttpContext } from './http/env';
import { refuseCrossSite } from './http/origin';
import { requestLog, type LogLine } from './http/requestLog';
import { refuse } from './http/respond';
import { serveDesigner } from './http/staticSite';
import { apiRoutes, type ApiRoute } from './routes';
import { CallCounter } from './services/callCounter';
import type { StudioContext } from './services/context';
import { fail, isFailure } from './services/failure';
import { DEFAULT_CALL_DAYS } from './services/policy';
import { VoiceService } from './services/voice';
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
  /** How many days call counts are kept (RCML_CALL_DAYS, default 30). */
  readonly callDays?: number;
  /** How often counted calls are written, in ms (default 1000). */
  readonly callFlushMs?: number;
  /** Whether served calls are counted (default true; the benchmark measures what it costs). */
  readonly countCalls?: boolean;
  /** The voice caches' clock, monotonic ms (tests move it). */
  readonly cacheClock?: () => number;
}

/** The app and what a server process drives besides it. */
export interface Studio {
  readonly app: Hono<StudioEnv>;
  readonly voice: VoiceService;
  /** Writes the calls counted and not yet written (on SIGTERM, before exiting). */
  flushCalls(): Promise<void>;
}

function register(app: Hono<StudioEnv>, route: ApiRoute): void {
  app.on(route.method, route.path, allow(route.access), async (c) => {
    const limit = route.bodyLimit;
    const body = limit === undefined ? {} : await readJsonBody(c, limit);
    return isFailure(body) ? refuse(c, body) : route.handle(c, body);
  });
}

const errorKind = (error: unknown): string => {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : '';
  const name = error instanceof Error ? error.name : typeof error;
  return `${name}${code ? ` (${String(code)})` : ''}`;
};

export function createStudio(options: StudioAppOptions): Studio {
  const { storage, publicOrigin, staticDir = 'dist', now = Date.now } = options;
  const callDays = options.callDays ?? DEFAULT_CALL_DAYS;
  const log = options.log ?? ((line: string) => console.log(line));
  const context: StudioContext = { storage, now };
  const counter = new CallCounter({
    storage,
    now,
    callDays,
    ...(options.callFlushMs === undefined ? {} : { flushMs: options.callFlushMs }),
    onError: (error) => log(`Error writing call counts: ${errorKind(error)}`),
  });
  const voice = new VoiceService({
    storage,
    counter: options.countCalls === false ? undefined : counter,
    publicOrigin,
    log,
    ...(options.cacheClock === undefined ? {} : { clock: options.cacheClock }),
  });
  const app = new Hono<StudioEnv>();

  // The voice routes come first: none of the /api or designer middlewares (no session lookup,
  // no cross-site check, no page headers) applies to a platform's call.
  const answerCall = async (c: StudioHttpContext) => {
    const { status, headers, body } = await voice.answer(incomingRequest(c.req.raw));
    return new Response(body, { status, headers });
  };
  app.all('/voice', answerCall);
  app.all('/voice/*', answerCall);

  app.use(requestLog(log));
  app.onError((error, c) => {
    // The kind of error only: a message may quote what a person sent.
    log(`Error on ${c.req.method} ${c.req.path}: ${errorKind(error)}`);
    return c.json({ error: 'Something went wrong on the server. Try again in a moment.' }, 500);
  });
  app.use(refuseCrossSite(publicOrigin));

  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', identifyCaller(context));
  // A publish, a "Make live" or a new signing key is served by this process at once (the
  // others follow within the live pointer's second).
  app.use('/api/flows/:id/*', async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.res.status < 300) voice.forgetFlow(c.req.param('id'));
  });
  for (const route of apiRoutes({ context, publicOrigin, callDays })) register(app, route);
  app.all('/api/*', (c) => refuse(c, fail('not-found', 'There is no such API route.')));

  serveDesigner(app, staticDir);
  return { app, voice, flushCalls: () => counter.flush() };
}

export function createStudioApp(options: StudioAppOptions): Hono<StudioEnv> {
  return createStudio(options).app;
}
