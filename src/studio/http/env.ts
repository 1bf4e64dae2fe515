/** What a request carries through the Hono app: who is calling, and Node's request objects. */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { UserRecord } from '../storage';

export type Caller =
  | { readonly kind: 'anonymous' }
  /** Signed in through the designer: `sessionId` is the cookie's value. */
  | { readonly kind: 'session'; readonly user: UserRecord; readonly sessionId: string }
  /** A script with an API token, acting for the token's creator. */
  | { readonly kind: 'token'; readonly user: UserRecord };

export interface StudioEnv {
  /** Absent when the app is called in-process (app.request in tests, benchmarks). */
  Bindings: Partial<HttpBindings>;
  Variables: { caller: Caller };
}

export type StudioHttpContext = Context<StudioEnv>;
