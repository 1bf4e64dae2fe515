/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on other sites'
 * sub-requests), Path=/, and Secure when the page is served over https. X-Forwarded-Proto is
 * never read: behind a proxy, PUBLIC_ORIGIN=https://… says the page is https.
 */
import { deleteCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { SESSION_MAX_AGE_MS } from '../services/policy';
import type { StudioHttpContext } from './env';

export const SESSION_COOKIE = 'rcml_session';

function options(c: StudioHttpContext, publicOrigin: string | undefined): CookieOptions {
  const secure =
    publicOrigin?.startsWith('https:') === true || new URL(c.req.url).protocol === 'https:';
  return { httpOnly: true, sameSite: 'Lax', path: '/', secure };
}

export function setSessionCookie(
  c: StudioHttpContext,
  sessionId: string,
  publicOrigin: string | undefined,
): void {
  setCookie(c, SESSION_COOKIE, sessionId, {
    ...options(c, publicOrigin),
    maxAge: Math.floor(SESSION_MAX_AGE_MS / 1000),
  });
}

export function clearSessionCookie(c: StudioHttpContext, publicOrigin: string | undefined): void {
  deleteCookie(c, SESSION_COOKIE, options(c, publicOrigin));
}
