/** Flows for tests, built through the real model operations. */
import { createFlow, createNode } from '../model/flow';
import { addNode, connect, updateNode } from '../model/operations';
import {
  NEXT_OUTLET,
  START_NODE_ID,
  type DialectId,
  type Flow,
  type FlowEdge,
  type FlowNode,
} from '../schema/flow';
import { parseRcml } from '../xml/parse';
import { serializeFlow } from '../xml/serialize';

export interface VerbSpec {
  readonly kind: string;
  readonly attributes?: Readonly<Record<string, string | undefined>>;
  readonly text?: string;
  readonly label?: string;
}

export type VerbLike = string | VerbSpec;

function specOf(verb: VerbLike): VerbSpec {
  return typeof verb === 'string' ? { kind: verb } : verb;
}

/** Adds one verb, after `after` when given (unconnected otherwise), with its values set. */
export function addVerb(
  flow: Flow,
  verb: VerbLike,
  after?: string,
): { flow: Flow; nodeId: string } {
  const spec = specOf(verb);
  const added = addNode(flow, spec.kind, { x: 0, y: flow.nodes.length * 100 }, { after });
  const patch = {
    ...(spec.attributes ? { attributes: spec.attributes } : {}),
    ...(spec.text !== undefined ? { text: spec.text } : {}),
    ...(spec.label !== undefined ? { label: spec.label } : {}),
  };
  return { flow: updateNode(added.flow, added.nodeId, patch), nodeId: added.nodeId };
}

/** A flow whose incoming call runs `verbs` in order; `ids` are the new nodes' ids. */
export function buildFlow(dialect: DialectId, ...verbs: VerbLike[]): { flow: Flow; ids: string[] } {
  let flow = createFlow({ dialect });
  const ids: string[] = [];
  let previous = START_NODE_ID;
  for (const verb of verbs) {
    const added = addVerb(flow, verb, previous);
    flow = added.flow;
    ids.push(added.nodeId);
    previous = added.nodeId;
  }
  return { flow, ids };
}

export function flowOf(dialect: DialectId, ...verbs: VerbLike[]): Flow {
  return buildFlow(dialect, ...verbs).flow;
}

export function reject(
  reason?: string,
  extra: { errorMessage?: string; text?: string } = {},
): VerbSpec {
  return {
    kind: 'reject',
    // `undefined` removes the reason the node starts with.
    attributes: {
      reason,
      ...(extra.errorMessage !== undefined ? { errorMessage: extra.errorMessage } : {}),
    },
    ...(extra.text !== undefined ? { text: extra.text } : {}),
  };
}

export function say(text: string, attributes: Record<string, string> = {}): VerbSpec {
  return { kind: 'say', text, attributes };
}

export function pause(length?: string): VerbSpec {
  return { kind: 'pause', attributes: length === undefined ? {} : { length } };
}

/** The main document's XML. */
export const redirect: VerbSpec = { kind: 'redirect' };

export function gather(attributes: Record<string, string> = {}): VerbSpec {
  return { kind: 'gather', attributes };
}

/** Connects `outlet` of `source` to `target`; throws when the model refuses. */
export function link(flow: Flow, source: string, outlet: string, target: string): Flow {
  const linked = connect(flow, source, outlet, target);
  if (linked === flow) throw new Error(`Cannot connect ${source}.${outlet} to ${target}`);
  return linked;
}

/**
 * The start node and `verbs` Says in one document, each connected to the one before by `next`,
 * all at the origin. Built directly (not verb by verb) so that 20,000 verbs take no time.
 */
export function chainOf(verbs: number): Flow {
  const flow = createFlow({ id: 'chain' });
  const nodes: FlowNode[] = [...flow.nodes];
  const edges: FlowEdge[] = [];
  for (let i = 1; i <= verbs; i++) {
    const id = `say-${i}`;
    nodes.push(createNode('say', id, { x: 0, y: 0 }, 'rcml'));
    const source = i === 1 ? START_NODE_ID : `say-${i - 1}`;
    edges.push({ id: `${source}:${NEXT_OUTLET}`, source, outlet: NEXT_OUTLET, target: id });
  }
  return { ...flow, nodes, edges };
}

export function xmlOf(flow: Flow): string {
  const main = serializeFlow(flow)[0];
  if (!main) throw new Error('The flow exported no document');
  return main.xml;
}

export function nodeOf(flow: Flow, id: string) {
  const node = flow.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`No node "${id}"`);
  return node;
}

/** Freezes a value and everything in it, so that any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The flow an RCML document imports as, in `dialect` or the one detected. Throws if refused. */
export function importedFlow(xml: string, dialect?: DialectId): Flow {
  const result = parseRcml(xml, dialect ? { dialect } : {});
  if (!result.ok) throw new Error(`Import refused: ${result.error.message}`);
  return result.flow;
}
