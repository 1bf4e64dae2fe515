/** The team: people, roles and invitations. */
import { SMALL_BODY_LIMIT } from '../http/body';
import { answer, done, refuse } from '../http/respond';
import { isFailure } from '../services/failure';
import {
  acceptInvitation,
  changeRole,
  invite,
  listPeople,
  readInvitation,
  removePerson,
  withdrawInvitation,
} from '../services/people';
import { signInAs } from './session';
import {
  ANYONE,
  DESIGNER,
  OWNER,
  param,
  signedInUser,
  type ApiRoute,
  type RouteDeps,
} from './route';

export function peopleRoutes(deps: RouteDeps): ApiRoute[] {
  const { context } = deps;
  return [
    {
      method: 'GET',
      path: '/api/people',
      access: DESIGNER,
      handle: async (c) => c.json(await listPeople(context, signedInUser(c))),
    },
    {
      method: 'PATCH',
      path: '/api/people/:id',
      access: OWNER,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) => {
        const person = await changeRole(context, param(c, 'id'), body);
        return answer(c, isFailure(person) ? person : { person });
      },
    },
    {
      method: 'DELETE',
      path: '/api/people/:id',
      access: OWNER,
      handle: async (c) => done(c, await removePerson(context, param(c, 'id'))),
    },
    {
      method: 'POST',
      path: '/api/invitations',
      access: OWNER,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) => answer(c, await invite(context, signedInUser(c), body), 201),
    },
    {
      method: 'DELETE',
      path: '/api/invitations/:id',
      access: OWNER,
      handle: async (c) => done(c, await withdrawInvitation(context, param(c, 'id'))),
    },
    {
      method: 'GET',
      path: '/api/invitations/:code',
      access: ANYONE,
      handle: async (c) => answer(c, await readInvitation(context, param(c, 'code'))),
    },
    {
      method: 'POST',
      path: '/api/invitations/:code/accept',
      access: ANYONE,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) => {
        const user = await acceptInvitation(context, param(c, 'code'), body);
        return isFailure(user) ? refuse(c, user) : signInAs(c, deps, user, 201);
      },
    },
  ];
}
