/** API tokens, each person's own; a token itself cannot list, make or revoke tokens. */
import { SMALL_BODY_LIMIT } from '../http/body';
import { answer, done } from '../http/respond';
import { createToken, listTokens, revokeToken } from '../services/tokens';
import { DESIGNER, param, signedInUser, type ApiRoute, type RouteDeps } from './route';

export function tokenRoutes({ context }: RouteDeps): ApiRoute[] {
  return [
    {
      method: 'GET',
      path: '/api/tokens',
      access: DESIGNER,
      handle: async (c) => c.json({ tokens: await listTokens(context, signedInUser(c)) }),
    },
    {
      method: 'POST',
      path: '/api/tokens',
      access: DESIGNER,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) => answer(c, await createToken(context, signedInUser(c), body), 201),
    },
    {
      method: 'DELETE',
      path: '/api/tokens/:id',
      access: DESIGNER,
      handle: async (c) => done(c, await revokeToken(context, signedInUser(c), param(c, 'id'))),
    },
  ];
}
