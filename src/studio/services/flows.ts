/**
 * The team's flows: drafts saved with a revision check (a save naming an old revision is
 * refused with what is stored now, never merged or overwritten), soft delete kept 30 days.
 */
import { newFlowId } from '../../model/flow';
import type { Flow } from '../../schema/flow';
import { restoreFlow as checkFlow } from '../../persist/flowFile';
import { applyFlowPatch, readFlowPatch } from '../../persist/flowPatch';
import type { FlowRecord, FlowSummaryRecord, UserRecord } from '../storage';
import type { StudioContext } from './context';
import { fail, type Failure } from './failure';
import { flowSummary, type FlowSummary } from './flowSummary';
import { revisionField, textField, type Fields } from './input';
import { DELETED_FLOWS_KEPT_MS } from './policy';

const FLOW_ID = /^[A-Za-z0-9_-]{1,64}$/;
const NO_FLOW = fail('not-found', 'There is no such flow (it may have been deleted).');
/** How often a rename tries again when a save slips in between its read and its write. */
const RENAME_ATTEMPTS = 3;

/**
 * The `flow` field checked as the designer checks a flow file (the verb limit too), or why it
 * is not a flow.
 */
function flowField(body: Fields): Flow | Failure {
  if (!('flow' in body)) return fail('invalid', 'The field "flow" is missing.');
  const checked = checkFlow(body.flow);
  // A flow over the verb limit is a flow, one RCML Studio does not open: 422, with the limit's message.
  if (!checked.ok) return fail(checked.overLimit ? 'unprocessable' : 'invalid', checked.error);
  if (!FLOW_ID.test(checked.flow.id)) {
    return fail('invalid', 'The flow\'s id must be 1 to 64 letters, digits, "-" or "_".');
  }
  return checked.flow;
}

const newRecord = (flow: Flow, user: UserRecord, at: number): FlowRecord => ({
  id: flow.id,
  name: flow.name,
  document: JSON.stringify(flow),
  revision: 1,
  updatedAt: at,
  updatedById: user.id,
  updatedByName: user.name,
  deletedAt: null,
});

export async function listFlows({ storage, now }: StudioContext, deleted: boolean) {
  if (!deleted) return (await storage.listFlows()).map(flowSummary);
  const keptSince = now() - DELETED_FLOWS_KEPT_MS;
  await storage.purgeDeletedFlows(keptSince);
  return (await storage.listDeletedFlows(keptSince)).map(flowSummary);
}

export async function createFlow(
  { storage, now }: StudioContext,
  user: UserRecord,
  body: Fields,
): Promise<FlowSummary | Failure> {
  const flow = flowField(body);
  if ('failure' in flow) return flow;
  const record = newRecord(flow, user, now());
  return (await storage.insertFlow(record)) === 'created'
    ? flowSummary(record)
    : fail('conflict', 'A flow with this id is already in the library (or in Recently deleted).');
}

/** The flow's summary, and its document as stored (JSON text, sent on without parsing). */
export async function readFlow(
  { storage }: StudioContext,
  id: string,
): Promise<{ summary: FlowSummary; document: string } | Failure> {
  const record = await storage.readFlow(id);
  return record === undefined
    ? NO_FLOW
    : { summary: flowSummary(record), document: record.document };
}

export async function saveFlow(
  context: StudioContext,
  user: UserRecord,
  id: string,
  body: Fields,
): Promise<FlowSummary | Failure> {
  const baseRevision = revisionField(body, 'baseRevision');
  if (typeof baseRevision !== 'number') return baseRevision;
  const flow = flowField(body);
  if ('failure' in flow) return flow;
  if (flow.id !== id) return fail('invalid', "The flow's id is not the one in the address.");
  return storeDraft(context, user, flow, baseRevision);
}

/**
 * A draft saved as what changed since revision `baseRevision` (a flow patch, src/persist/
 * flowPatch.ts): the stored draft of that revision with the patch applied is checked as a saved
 * flow is. A patch on another revision is refused (409, as a save), since it was made to a
 * document that is no longer there; a patch whose result is no flow RCML Studio opens is
 * refused with the reader's words (422: the request was understood, its result cannot be kept).
 */
export async function saveFlowChanges(
  context: StudioContext,
  user: UserRecord,
  id: string,
  body: Fields,
): Promise<FlowSummary | Failure> {
  const baseRevision = revisionField(body, 'baseRevision');
  if (typeof baseRevision !== 'number') return baseRevision;
  const patch = readFlowPatch(body.patch);
  if (!patch) return fail('invalid', 'The field "patch" is missing or is not a flow patch.');
  const record = await context.storage.readFlow(id);
  if (record === undefined) return NO_FLOW;
  if (record.revision !== baseRevision) return conflict(record);
  const patched = applyFlowPatch(JSON.parse(record.document) as Flow, patch);
  const flow = flowField({ flow: patched });
  if ('failure' in flow) return fail('unprocessable', flow.message);
  if (flow.id !== id) return fail('unprocessable', "The flow's id is not the one in the address.");
  return storeDraft(context, user, flow, baseRevision);
}

/** Writes the draft unless it was saved since `baseRevision`. */
async function storeDraft(
  { storage, now }: StudioContext,
  user: UserRecord,
  flow: Flow,
  baseRevision: number,
): Promise<FlowSummary | Failure> {
  const id = flow.id;
  const outcome = await storage.saveFlow(id, baseRevision, {
    name: flow.name,
    document: JSON.stringify(flow),
    updatedAt: now(),
    updatedById: user.id,
    updatedByName: user.name,
  });
  if (outcome.kind === 'not-found') return NO_FLOW;
  if (outcome.kind === 'conflict') return conflict(outcome.summary);
  return flowSummary(outcome.summary);
}

function conflict(stored: FlowSummaryRecord): Failure {
  return fail(
    'conflict',
    `${stored.updatedByName} saved this flow since you opened it (revision ${stored.revision}).`,
    { summary: flowSummary(stored) },
  );
}

/** A new name, in the summary and in the document, as a new revision. */
export async function renameFlow(
  { storage, now }: StudioContext,
  user: UserRecord,
  id: string,
  body: Fields,
): Promise<FlowSummary | Failure> {
  const name = textField(body, 'name');
  if (typeof name !== 'string') return name;
  for (let attempt = 0; attempt < RENAME_ATTEMPTS; attempt += 1) {
    const record = await storage.readFlow(id);
    if (record === undefined) return NO_FLOW;
    const flow = { ...(JSON.parse(record.document) as Flow), name };
    const outcome = await storage.saveFlow(id, record.revision, {
      name,
      document: JSON.stringify(flow),
      updatedAt: now(),
      updatedById: user.id,
      updatedByName: user.name,
    });
    if (outcome.kind === 'not-found') return NO_FLOW;
    if (outcome.kind === 'saved') return flowSummary(outcome.summary);
  }
  return fail('conflict', 'The flow is being saved by someone else right now. Try again.');
}

export async function duplicateFlow(
  { storage, now }: StudioContext,
  user: UserRecord,
  id: string,
): Promise<FlowSummary | Failure> {
  const record = await storage.readFlow(id);
  if (record === undefined) return NO_FLOW;
  const original = JSON.parse(record.document) as Flow;
  const copy: Flow = { ...original, id: newFlowId(), name: `${original.name} (copy)` };
  const created = newRecord(copy, user, now());
  await storage.insertFlow(created);
  return flowSummary(created);
}

export async function deleteFlow(
  { storage, now }: StudioContext,
  id: string,
): Promise<undefined | Failure> {
  return (await storage.deleteFlow(id, now())) ? undefined : NO_FLOW;
}

export async function restoreDeletedFlow(
  { storage, now }: StudioContext,
  id: string,
): Promise<FlowSummary | Failure> {
  const restored = await storage.restoreFlow(id, now() - DELETED_FLOWS_KEPT_MS);
  return restored === undefined ? NO_FLOW : flowSummary(restored);
}
