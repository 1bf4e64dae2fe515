/**
 * An API route as data: method, path, who may call it, its body limit when it takes a JSON body,
 * and a handler that gets the body already read and checked. The app registers every route the
 * same way (access first, then the body), so a handler is only the service call.
 */
import type { UserRecord } from '../storage';
import type { StudioContext } from '../services/context';
import type { Fields } from '../services/input';
import type { Access } from '../http/caller';
import type { StudioHttpContext } from '../http/env';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRoute {
  readonly method: Method;
  readonly path: string;
  readonly access: Access;
  /** For a route that takes a JSON body: its size limit in bytes. */
  readonly bodyLimit?: number;
  readonly handle: (c: StudioHttpContext, body: Fields) => Promise<Response>;
}

export interface RouteDeps {
  readonly context: StudioContext;
  readonly publicOrigin: string | undefined;
  /** How many days call counts are kept (RCML_CALL_DAYS). */
  readonly callDays: number;
}

export const ANYONE: Access = { who: 'anyone' };
/** Signed in through the designer (any role); an API token is refused. */
export const DESIGNER: Access = { who: 'signed-in', role: 'viewer', tokens: false };
export const OWNER: Access = { who: 'signed-in', role: 'owner', tokens: false };
export const VIEWER: Access = { who: 'signed-in', role: 'viewer', tokens: true };
export const EDITOR: Access = { who: 'signed-in', role: 'editor', tokens: true };

/** The signed-in caller's account: only for routes whose access needs one. */
export function signedInUser(c: StudioHttpContext): UserRecord {
  const caller = c.get('caller');
  if (caller.kind === 'anonymous') throw new Error('A route for people signed in let nobody in.');
  return caller.user;
}

/** A path parameter the route's path declares. */
export function param(c: StudioHttpContext, name: string): string {
  const value = c.req.param(name);
  if (value === undefined) throw new Error(`The route has no parameter "${name}".`);
  return value;
}
