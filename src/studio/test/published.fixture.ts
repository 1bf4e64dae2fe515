/**
 * Flows to publish in the studio's tests: the "Block nuisance callers" template, filled in (a
 * blocked number gets busy, everyone else the welcome), and a way to publish one straight
 * through the service, as POST /api/flows/:id/publish does.
 */
import { randomUUID } from 'node:crypto';
import type { Flow } from '../../schema/flow';
import { blockCallers } from '../../templates/blockCallers';
import { publishFlow } from '../services/publish';
import type { StudioStorage, UserRecord } from '../storage/types';
import { flowRecord, T0 } from './records.fixture';

export const BLOCKED = '+14155550102';
export const PUBLISH_ORIGIN = 'http://localhost';

/** The template with the blocked number and the welcome's text filled in. */
export function callerFlow(welcome = 'Welcome to Example Dental.'): Flow {
  const built = blockCallers.build({ timeZone: 'UTC' }).flow;
  const nodes = built.nodes.map((node) => {
    if (node.kind === 'checkCaller') {
      return { ...node, attributes: { ...node.attributes, numbers: BLOCKED } };
    }
    return node.kind === 'say' ? { ...node, text: welcome } : node;
  });
  // Filled in: nothing is left for the user to fill.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { fillIn, ...flow } = built;
  return { ...flow, nodes, id: `flow-${randomUUID()}` };
}

/** A new flow in the storage, saved by `user` (revision 1). */
export async function storedFlow(storage: StudioStorage, user: UserRecord, flow = callerFlow()) {
  await storage.insertFlow(flowRecord(flow, user));
  return flow;
}

/** Publishes the stored draft at `baseRevision`; throws when refused. */
export async function publish(
  storage: StudioStorage,
  user: UserRecord,
  flowId: string,
  baseRevision = 1,
  note = '',
) {
  const outcome = await publishFlow(
    { storage, now: () => T0 },
    user,
    flowId,
    { baseRevision, note },
    PUBLISH_ORIGIN,
  );
  if ('failure' in outcome) throw new Error(outcome.message);
  return outcome.version;
}
