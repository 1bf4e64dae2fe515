/** Nested elements and action connections for tests, through the real model operations. */
import { addChild, connect, updateChild } from '../model/operations';
import type { Flow } from '../schema/flow';
import type { DialectId } from '../schema/flow';
import { addVerb, buildFlow, type VerbLike } from './builders';

export interface ChildSpec {
  readonly verb: string;
  readonly attributes?: Readonly<Record<string, string | undefined>>;
  readonly text?: string;
}

export function child(
  verb: string,
  text?: string,
  attributes: Record<string, string> = {},
): ChildSpec {
  return { verb, attributes, ...(text !== undefined ? { text } : {}) };
}

/** Nests `children` in a node, in order, with their values set. Throws if one is refused. */
export function addChildren(
  flow: Flow,
  nodeId: string,
  ...children: ChildSpec[]
): { flow: Flow; childIds: string[] } {
  const childIds: string[] = [];
  let next = flow;
  for (const spec of children) {
    const added = addChild(next, nodeId, spec.verb);
    if (!added.childId) throw new Error(`${nodeId} does not take a ${spec.verb}`);
    next = updateChild(added.flow, nodeId, added.childId, {
      ...(spec.attributes ? { attributes: spec.attributes } : {}),
      ...(spec.text !== undefined ? { text: spec.text } : {}),
    });
    childIds.push(added.childId);
  }
  return { flow: next, childIds };
}

/** Adds a verb and connects `outlet` of `source` to it. Throws if the connection is refused. */
export function addAt(
  flow: Flow,
  source: string,
  outlet: string,
  verb: VerbLike,
): { flow: Flow; nodeId: string } {
  const added = addVerb(flow, verb);
  const connected = connect(added.flow, source, outlet, added.nodeId);
  if (connected === added.flow) throw new Error(`Cannot connect ${source}.${outlet}`);
  return { flow: connected, nodeId: added.nodeId };
}

/** A flow whose incoming call runs one verb holding `children`. */
export function nestedFlow(
  dialect: DialectId,
  verb: VerbLike,
  ...children: ChildSpec[]
): { flow: Flow; nodeId: string; childIds: string[] } {
  const { flow, ids } = buildFlow(dialect, verb);
  const nodeId = ids[0]!;
  return { ...addChildren(flow, nodeId, ...children), nodeId };
}
