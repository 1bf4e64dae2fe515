/** Publishing and versions of a flow, its live pointer and signing key (issue 22). */
import { SMALL_BODY_LIMIT } from '../http/body';
import type { StudioHttpContext } from '../http/env';
import { answer, done, refuse } from '../http/respond';
import { isFailure } from '../services/failure';
import {
  listVersions,
  makeLive,
  publishFlow,
  readVersion,
  setSigningKey,
} from '../services/publish';
import { EDITOR, VIEWER, param, signedInUser, type ApiRoute, type RouteDeps } from './route';

/**
 * The public origin the voice URLs are written with: PUBLIC_ORIGIN, else the origin the
 * designer was opened at (the request's Origin; the cross-site check has vouched for it), else
 * the address the request came to.
 */
export function publicOriginOf(c: StudioHttpContext, publicOrigin: string | undefined): string {
  if (publicOrigin !== undefined) return publicOrigin;
  const origin = c.req.header('origin');
  if (origin !== undefined && /^https?:\/\/[^/\s]+$/.test(origin)) return origin;
  return new URL(c.req.url).origin;
}

export function versionRoutes({ context, publicOrigin }: RouteDeps): ApiRoute[] {
  return [
    {
      method: 'POST',
      path: '/api/flows/:id/publish',
      access: EDITOR,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) =>
        answer(
          c,
          await publishFlow(
            context,
            signedInUser(c),
            param(c, 'id'),
            body,
            publicOriginOf(c, publicOrigin),
          ),
          201,
        ),
    },
    {
      method: 'GET',
      path: '/api/flows/:id/versions',
      access: VIEWER,
      handle: async (c) =>
        answer(c, await listVersions(context, param(c, 'id'), publicOriginOf(c, publicOrigin))),
    },
    {
      method: 'GET',
      path: '/api/flows/:id/versions/:n',
      access: VIEWER,
      handle: async (c) => {
        const found = await readVersion(context, param(c, 'id'), param(c, 'n'));
        if (isFailure(found)) return refuse(c, found);
        // The flow and documents are JSON already: sent as stored, not parsed and written again.
        c.header('Content-Type', 'application/json; charset=UTF-8');
        return c.body(
          `{"version":${JSON.stringify(found.version)},"flow":${found.flow},"documents":${found.documents}}`,
        );
      },
    },
    {
      method: 'PUT',
      path: '/api/flows/:id/live',
      access: EDITOR,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) => answer(c, await makeLive(context, param(c, 'id'), body)),
    },
    {
      method: 'PUT',
      path: '/api/flows/:id/signing-key',
      access: EDITOR,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) => done(c, await setSigningKey(context, param(c, 'id'), body)),
    },
  ];
}
