/**
 * One line per request: method, path, status and time. Never the query string (the set-up code
 * travels in it), never a body, a header or a cookie; the secret part of an invitation path is
 * masked. What a person typed and what a flow holds do not reach the log.
 */
import type { MiddlewareHandler } from 'hono';
import type { StudioEnv } from './env';

export type LogLine = (line: string) => void;

/** Paths that carry a secret in a segment: invitation codes. */
const SECRET_SEGMENT = /^(\/api\/invitations\/|\/invite\/)[^/]+/;

export const loggedPath = (path: string): string => path.replace(SECRET_SEGMENT, '$1…');

export function requestLog(log: LogLine): MiddlewareHandler<StudioEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    log(`${c.req.method} ${loggedPath(c.req.path)} ${c.res.status} ${ms} ms`);
  };
}
