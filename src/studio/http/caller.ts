/**
 * Who is calling (a session cookie, an API token, or nobody), and whether a route lets them.
 * Roles rank owner > editor > viewer; a token acts with its creator's role, on the routes that
 * allow tokens only.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Role } from '../storage';
import type { StudioContext } from '../services/context';
import { fail } from '../services/failure';
import { resumeSession } from '../services/sessions';
import { authenticateToken } from '../services/tokens';
import { SESSION_COOKIE } from './cookies';
import type { StudioEnv } from './env';
import { refuse } from './respond';

export type Access =
  | { readonly who: 'anyone' }
  | {
      readonly who: 'signed-in';
      readonly role: Role;
      /** Whether an API token may call the route (the flow routes) or only the designer. */
      readonly tokens: boolean;
    };

const RANK: Readonly<Record<Role, number>> = { viewer: 0, editor: 1, owner: 2 };

const BEARER = /^Bearer +(\S+)$/i;

export function identifyCaller(context: StudioContext): MiddlewareHandler<StudioEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const token = BEARER.exec(authorization)?.[1];
      const user = token === undefined ? undefined : await authenticateToken(context, token);
      if (user === undefined) {
        return refuse(
          c,
          fail('not-signed-in', 'This API token is not valid (it may have been revoked).'),
        );
      }
      c.set('caller', { kind: 'token', user });
      return next();
    }
    const sessionId = getCookie(c, SESSION_COOKIE);
    const user = sessionId === undefined ? undefined : await resumeSession(context, sessionId);
    c.set(
      'caller',
      user === undefined || sessionId === undefined
        ? { kind: 'anonymous' }
        : { kind: 'session', user, sessionId },
    );
    return next();
  };
}

export function allow(access: Access): MiddlewareHandler<StudioEnv> {
  return async (c, next) => {
    if (access.who === 'anyone') return next();
    const caller = c.get('caller');
    if (caller.kind === 'anonymous') return refuse(c, fail('not-signed-in', 'Sign in first.'));
    if (caller.kind === 'token' && !access.tokens) {
      return refuse(c, fail('forbidden', 'An API token cannot do this; sign in to RCML Studio.'));
    }
    if (RANK[caller.user.role] < RANK[access.role]) {
      return refuse(c, fail('forbidden', `Your role (${caller.user.role}) cannot do this.`));
    }
    return next();
  };
}
