/** The team's flows: list, create, read, save (with the revision check), rename, and so on. */
import { FLOW_BODY_LIMIT, SMALL_BODY_LIMIT } from '../http/body';
import { answer, done, refuse } from '../http/respond';
import { isFailure, type Failure } from '../services/failure';
import type { FlowSummary } from '../services/flowSummary';
import {
  createFlow,
  deleteFlow,
  duplicateFlow,
  listFlows,
  readFlow,
  renameFlow,
  restoreDeletedFlow,
  saveFlow,
  saveFlowChanges,
} from '../services/flows';
import { EDITOR, VIEWER, param, signedInUser, type ApiRoute, type RouteDeps } from './route';

const inSummary = (summary: FlowSummary | Failure) => (isFailure(summary) ? summary : { summary });

export function flowRoutes({ context }: RouteDeps): ApiRoute[] {
  return [
    {
      method: 'GET',
      path: '/api/flows',
      access: VIEWER,
      handle: async (c) =>
        c.json({ flows: await listFlows(context, c.req.query('deleted') === '1') }),
    },
    {
      method: 'POST',
      path: '/api/flows',
      access: EDITOR,
      bodyLimit: FLOW_BODY_LIMIT,
      handle: async (c, body) =>
        answer(c, inSummary(await createFlow(context, signedInUser(c), body)), 201),
    },
    {
      method: 'GET',
      path: '/api/flows/:id',
      access: VIEWER,
      handle: async (c) => {
        const flow = await readFlow(context, param(c, 'id'));
        if (isFailure(flow)) return refuse(c, flow);
        // The stored document is JSON already: sent as it is, not parsed and written again.
        c.header('Content-Type', 'application/json; charset=UTF-8');
        return c.body(`{"summary":${JSON.stringify(flow.summary)},"flow":${flow.document}}`);
      },
    },
    {
      method: 'PUT',
      path: '/api/flows/:id',
      access: EDITOR,
      bodyLimit: FLOW_BODY_LIMIT,
      handle: async (c, body) =>
        answer(c, inSummary(await saveFlow(context, signedInUser(c), param(c, 'id'), body))),
    },
    {
      // What changed since the draft of `baseRevision`: small, where the PUT sends it all.
      method: 'PATCH',
      path: '/api/flows/:id/draft',
      access: EDITOR,
      bodyLimit: FLOW_BODY_LIMIT,
      handle: async (c, body) =>
        answer(c, inSummary(await saveFlowChanges(context, signedInUser(c), param(c, 'id'), body))),
    },
    {
      method: 'PATCH',
      path: '/api/flows/:id',
      access: EDITOR,
      bodyLimit: SMALL_BODY_LIMIT,
      handle: async (c, body) =>
        answer(c, inSummary(await renameFlow(context, signedInUser(c), param(c, 'id'), body))),
    },
    {
      method: 'POST',
      path: '/api/flows/:id/duplicate',
      access: EDITOR,
      handle: async (c) =>
        answer(c, inSummary(await duplicateFlow(context, signedInUser(c), param(c, 'id'))), 201),
    },
    {
      method: 'DELETE',
      path: '/api/flows/:id',
      access: EDITOR,
      handle: async (c) => done(c, await deleteFlow(context, param(c, 'id'))),
    },
    {
      method: 'POST',
      path: '/api/flows/:id/restore',
      access: EDITOR,
      handle: async (c) => answer(c, inSummary(await restoreDeletedFlow(context, param(c, 'id')))),
    },
  ];
}
