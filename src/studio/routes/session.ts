/** Session and accounts: who am I, the first account, sign-in and sign-out. */
import { getConnInfo } from '@hono/node-server/conninfo';
import { clearSessionCookie, setSessionCookie } from '../http/cookies';
import type { StudioHttpContext } from '../http/env';
import { refuse } from '../http/respond';
import { SMALL_BODY_LIMIT } from '../http/body';
import { publicUser } from '../services/context';
import { isFailure } from '../services/failure';
import { endSession, startSession } from '../services/sessions';
import { setUp } from '../services/setup';
import { signIn } from '../services/signIn';
import type { UserRecord } from '../storage';
import { ANYONE, DESIGNER, type ApiRoute, type RouteDeps } from './route';

/**
 * The caller's address, from the socket: headers such as X-Forwarded-For are written by the
 * caller, so limiting by them limits nothing. In-process calls (tests) have no socket.
 */
function clientAddress(c: StudioHttpContext): string {
  return c.env?.incoming ? (getConnInfo(c).remote.address ?? 'unknown') : 'in-process';
}

/** A new session for `user` (ending the one the request came with), as a cookie. */
export async function signInAs(
  c: StudioHttpContext,
  { context, publicOrigin }: RouteDeps,
  user: UserRecord,
  status: 200 | 201,
): Promise<Response> {
  const caller = c.get('caller');
  if (caller.kind === 'session') await endSession(context, caller.sessionId);
  setSessionCookie(c, await startSession(context, user), publicOrigin);
  return c.json({ user: publicUser(user) }, status);
}

export function sessionRoutes(deps: RouteDeps): ApiRoute[] {
  const { context, publicOrigin } = deps;
  return [
    {
      method: 'GET',
      path: '/api/session',
      access: ANYONE,
      handle: async (c) => {
        const caller = c.get('caller');
        return c.json({
          user: caller.kind === 'anonymous' ? null : publicUser(caller.user),
          setupNeeded: (await context.storage.countUsers()) === 0,
        });
      },
    },
    {
      method: 'POST',
      path: '/api/setup',
      access: ANYONE,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) => {
        const user = await setUp(context, body);
        return isFailure(user) ? refuse(c, user) : signInAs(c, deps, user, 201);
      },
    },
    {
      method: 'POST',
      path: '/api/sign-in',
      access: ANYONE,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) => {
        const user = await signIn(context, body, clientAddress(c));
        return isFailure(user) ? refuse(c, user) : signInAs(c, deps, user, 200);
      },
    },
    {
      method: 'POST',
      path: '/api/sign-out',
      access: DESIGNER,
      handle: async (c) => {
        const caller = c.get('caller');
        if (caller.kind === 'session') await endSession(context, caller.sessionId);
        clearSessionCookie(c, publicOrigin);
        return c.body(null, 204);
      },
    },
  ];
}
