/**
 * What the page shows first. Served as static files (no server answers /api/session with its
 * JSON), the designer on this browser's flows; served by an RCML Studio server: the set-up or
 * invitation page when the address is one, the sign-in page when nobody is signed in, else the
 * designer on the team's library.
 */
import type { Person, StudioApi } from './api';

export type Start =
  | { readonly kind: 'browser' }
  | { readonly kind: 'setup'; readonly code: string }
  | { readonly kind: 'invite'; readonly code: string }
  | { readonly kind: 'sign-in'; readonly setupNeeded: boolean }
  | { readonly kind: 'team'; readonly user: Person };

const INVITE_PREFIX = '/invite/';

/** Where the signed-in person is read from: StudioApi, or its one request before it loads. */
export type SessionSource = Pick<StudioApi, 'session'>;

export async function whereToStart(
  api: SessionSource,
  address: Pick<Location, 'pathname' | 'search'>,
): Promise<Start> {
  const session = await api.session();
  const value = session.ok ? session.value : undefined;
  // A static host answers with its index.html (or nothing): no server here.
  if (typeof value !== 'object' || value === null || typeof value.setupNeeded !== 'boolean') {
    return { kind: 'browser' };
  }
  if (address.pathname === '/setup' && value.setupNeeded) {
    return { kind: 'setup', code: new URLSearchParams(address.search).get('code') ?? '' };
  }
  if (address.pathname.startsWith(INVITE_PREFIX) && !value.user) {
    return {
      kind: 'invite',
      code: decodeURIComponent(address.pathname.slice(INVITE_PREFIX.length)),
    };
  }
  if (value.user) return { kind: 'team', user: value.user };
  return { kind: 'sign-in', setupNeeded: value.setupNeeded };
}
