/** Call counts of a flow, and the team's settings (the call-details switch). */
import { SMALL_BODY_LIMIT } from '../http/body';
import { answer } from '../http/respond';
import { changeSettings, readCalls, readSettings } from '../services/calls';
import {
  DESIGNER,
  OWNER,
  VIEWER,
  param,
  signedInUser,
  type ApiRoute,
  type RouteDeps,
} from './route';

export function callRoutes({ context, callDays }: RouteDeps): ApiRoute[] {
  return [
    {
      method: 'GET',
      path: '/api/flows/:id/calls',
      access: VIEWER,
      handle: async (c) =>
        answer(c, await readCalls(context, param(c, 'id'), c.req.query('days'), callDays)),
    },
    {
      method: 'GET',
      path: '/api/settings',
      access: DESIGNER,
      handle: async (c) => c.json(await readSettings(context, callDays)),
    },
    {
      method: 'PUT',
      path: '/api/settings',
      access: OWNER,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) =>
        answer(c, await changeSettings(context, signedInUser(c), body, callDays)),
    },
  ];
}
