/**
 * Cross-site request refusal. A browser sends the session cookie with a request another site
 * makes, so every state-changing request that could ride on the cookie must come from a page
 * of ours: its Origin must be the server's own (or PUBLIC_ORIGIN). A request with an API token
 * is exempt (a browser never adds one on its own); one with the cookie and no Origin is refused;
 * one with neither (a script signing in with curl) passes, and a browser form posted from
 * another site always names its origin. Runs before anything else reads the request.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { fail } from '../services/failure';
import { SESSION_COOKIE } from './cookies';
import type { StudioEnv } from './env';
import { refuse } from './respond';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CROSS_SITE = fail('forbidden', 'Cross-site requests are refused.');

export function refuseCrossSite(publicOrigin: string | undefined): MiddlewareHandler<StudioEnv> {
  const trusted = publicOrigin === undefined ? undefined : new URL(publicOrigin).origin;
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method) || c.req.header('authorization') !== undefined) {
      return next();
    }
    const origin = c.req.header('origin');
    if (origin === undefined) {
      return getCookie(c, SESSION_COOKIE) === undefined ? next() : refuse(c, CROSS_SITE);
    }
    const own = new URL(c.req.url).origin;
    return origin === own || origin === trusted ? next() : refuse(c, CROSS_SITE);
  };
}
