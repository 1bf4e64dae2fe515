/**
 * Pure operations on a flow. Each returns a new flow (or the same object when nothing changed),
 * replacing only the nodes and edges it touches so that views can compare by identity.
 */
import type { DecisionEnvironment } from '../decisions';
import { findVerb } from '../verbs';
import { createNode, nextNodeId } from './flow';
import { analyzeFlow, type FlowGraph } from './graph';
import {
  decisionOf,
  isInCall,
  kindLabel,
  kindOf,
  nodeOutlets,
  outletsMayShareTarget,
} from '../kinds';
import {
  NEXT_OUTLET,
  START_NODE_ID,
  type Flow,
  type FlowEdge,
  type FlowNode,
  type NestedElement,
  type Position,
} from '../schema/flow';

export function edgeId(source: string, outlet: string): string {
  return `${source}:${outlet}`;
}

export function addNode(
  flow: Flow,
  verb: string,
  position: Position,
  options: { after?: string; environment?: DecisionEnvironment } = {},
): { flow: Flow; nodeId: string } {
  const nodeId = nextNodeId(flow, verb);
  const node = createNode(verb, nodeId, position, flow.dialect, options.environment);
  let next: Flow = { ...flow, nodes: [...flow.nodes, node] };
  if (options.after) next = connect(next, options.after, NEXT_OUTLET, nodeId);
  return { flow: next, nodeId };
}

/** Why `verb` cannot go between the two ends of the connection `id`, or `undefined` when it can. */
export function insertionProblem(flow: Flow, id: string, verb: string): string | undefined {
  const edge = flow.edges.find((e) => e.id === id);
  if (!edge) return 'That connection is not in the flow.';
  // Only a node that carries on in the same document keeps the chain whole: a terminal verb
  // (Reject, Hangup) or a decision would leave the step after it with nothing leading in.
  const probe = { kind: verb, attributes: {} };
  if (!isInCall(probe)) return 'A note cannot go between two steps: it is not part of the call.';
  if (!nodeOutlets(probe).some((o) => o.id === NEXT_OUTLET && o.kind === 'next')) {
    return `${kindLabel(verb)} cannot go between two steps: nothing runs after it in the same document.`;
  }
  return undefined;
}

/**
 * Puts a new node on a connection: source →(outlet) target becomes source →(outlet) new node
 * →(next) target. Returns the flow unchanged and no id when `insertionProblem` objects.
 */
export function insertOnEdge(
  flow: Flow,
  id: string,
  verb: string,
  position: Position,
  environment?: DecisionEnvironment,
): { flow: Flow; nodeId?: string } {
  const edge = flow.edges.find((e) => e.id === id);
  if (!edge || insertionProblem(flow, id, verb)) return { flow };
  const added = addNode(flow, verb, position, environment ? { environment } : {});
  let next = connect(added.flow, edge.source, edge.outlet, added.nodeId);
  next = connect(next, added.nodeId, NEXT_OUTLET, edge.target);
  return { flow: next, nodeId: added.nodeId };
}

export interface NodePatch {
  /** Attribute values to set; `undefined` or '' removes the attribute. */
  readonly attributes?: Readonly<Record<string, string | undefined>>;
  /** Body text; `undefined` or '' removes it. */
  readonly text?: string | undefined;
  readonly label?: string | undefined;
}

export function updateNode(flow: Flow, id: string, patch: NodePatch): Flow {
  const edited = mapNode(flow, id, (node) => editNode(node, patch));
  return edited === flow ? flow : releaseExamples(dropVanishedOutlets(edited, id), id);
}

/**
 * A template's example the user has edited away is theirs from then on: typed back on purpose
 * (the same number, the same name), it is no longer flagged, and its fill-in asks again only
 * if the field is emptied. An edit that leaves the example in place (a line added below it in
 * a block list) changes nothing: the fake number would still be used.
 */
function releaseExamples(flow: Flow, nodeId: string, childId?: string): Flow {
  if (!flow.fillIn?.length) return flow;
  const node = flow.nodes.find((n) => n.id === nodeId);
  const element = childId === undefined ? node : node?.children?.find((c) => c.id === childId);
  if (!element) return flow;
  let changed = false;
  const fillIn = flow.fillIn.map((entry) => {
    if (entry.nodeId !== nodeId || entry.childId !== childId || entry.example === '') return entry;
    const value = (entry.field === 'text' ? element.text : element.attributes[entry.field]) ?? '';
    if (value.includes(entry.example)) return entry;
    changed = true;
    return { ...entry, example: '' };
  });
  return changed ? { ...flow, fillIn } : flow;
}

/**
 * A decision's outlets follow its fields (a Menu has one per key): when an edit takes a key
 * away, the connection from that key's outlet goes with it, in the same undo step.
 */
function dropVanishedOutlets(flow: Flow, id: string): Flow {
  const node = flow.nodes.find((n) => n.id === id);
  if (!node || !decisionOf(node)?.keyOutlets) return flow;
  const outlets = new Set(nodeOutlets(node).map((o) => o.id));
  const edges = flow.edges.filter((e) => e.source !== id || outlets.has(e.outlet));
  return edges.length === flow.edges.length ? flow : { ...flow, edges };
}

function editNode(node: FlowNode, patch: NodePatch): FlowNode {
  let changed = false;
  const attributes: Record<string, string> = { ...node.attributes };
  for (const [name, value] of Object.entries(patch.attributes ?? {})) {
    if (value === undefined || value === '') {
      if (name in attributes) {
        delete attributes[name];
        changed = true;
      }
    } else if (attributes[name] !== value) {
      attributes[name] = value;
      changed = true;
    }
  }
  let updated: FlowNode = changed ? { ...node, attributes } : node;
  if ('text' in patch && (patch.text || undefined) !== node.text) {
    updated = withOptional(updated, 'text', patch.text || undefined);
  }
  if ('label' in patch && (patch.label || undefined) !== node.label) {
    updated = withOptional(updated, 'label', patch.label || undefined);
  }
  return updated;
}

export function moveNodes(flow: Flow, positions: ReadonlyMap<string, Position>): Flow {
  let changed = false;
  const nodes = flow.nodes.map((node) => {
    const to = positions.get(node.id);
    if (!to || (to.x === node.position.x && to.y === node.position.y)) return node;
    changed = true;
    return { ...node, position: { x: to.x, y: to.y } };
  });
  return changed ? { ...flow, nodes } : flow;
}

/** Why a connection cannot be made, or `undefined` when it can. */
export function connectionProblem(
  flow: Flow,
  source: string,
  outlet: string,
  target: string,
  graph: FlowGraph = analyzeFlow(flow),
): string | undefined {
  const from = graph.node(source);
  const to = graph.node(target);
  if (!from || !to) return 'Both ends must be verbs of this flow.';
  // A note is read on the canvas, not run: nothing leads to it and it leads nowhere.
  if (!isInCall(from) || !isInCall(to)) return 'A note cannot be connected: no call runs it.';
  if (target === START_NODE_ID) return 'Nothing can lead into the incoming call.';
  if (source === target) return 'A verb cannot lead to itself.';
  if (nodeOutlets(from).some((o) => o.id === outlet)) return undefined;
  const def = kindOf(from)?.verb;
  if (!def) return `${from.label ?? kindLabel(from.kind)} has no outlet “${outlet}”.`;
  if (!def.terminal) return 'That connection point does not exist.';
  return def.outlets.some((o) => o.kind === 'action')
    ? `Nothing runs after ${def.label}: the call continues in the document it goes to.`
    : `Nothing runs after ${def.label}: it ends the call.`;
}

/**
 * Connects an outlet to a target, replacing whatever the outlet led to before. A URL typed into
 * the field the outlet fills (Dial's action, Redirect's body) is cleared: the connection is now
 * where the platform goes.
 */
export function connect(
  flow: Flow,
  source: string,
  outlet: string,
  target: string,
  graph: FlowGraph = analyzeFlow(flow),
): Flow {
  if (connectionProblem(flow, source, outlet, target, graph)) return flow;
  const id = edgeId(source, outlet);
  if (flow.edges.some((e) => e.id === id && e.target === target)) return flow;
  const edge: FlowEdge = { id, source, outlet, target };
  // One verb leads to a target through one outlet: connecting "After the call" to the verb
  // "Then" already led to moves that connection rather than adding a second one. A decision's
  // outlets are outcomes, and several lead to the same place ("Busy" and "No answer" to the
  // voicemail).
  const many = outletsMayShareTarget(graph.node(source)!);
  const kept = flow.edges.filter(
    (e) => e.id === id || many || !(e.source === source && e.target === target),
  );
  const replaced = kept.some((e) => e.id === id);
  const edges = replaced ? kept.map((e) => (e.id === id ? edge : e)) : [...kept, edge];
  return clearOutletFields({ ...flow, edges }, source, outlet);
}

function clearOutletFields(flow: Flow, nodeId: string, outlet: string): Flow {
  const node = flow.nodes.find((n) => n.id === nodeId);
  const def = node && findVerb(node.kind);
  if (!def) return flow;
  const attributes = Object.fromEntries(
    def.attributes.filter((f) => f.outlet === outlet).map((f) => [f.name, undefined]),
  );
  return updateNode(flow, nodeId, {
    attributes,
    ...(def.body?.outlet === outlet ? { text: undefined } : {}),
  });
}

export function removeEdges(flow: Flow, ids: ReadonlySet<string>): Flow {
  const edges = flow.edges.filter((e) => !ids.has(e.id));
  return edges.length === flow.edges.length ? flow : { ...flow, edges };
}

/**
 * Removes nodes (never the start) and their edges. Where a removed node sat inside a chain,
 * the verb before it is connected to the verb after it, so the chain stays whole.
 */
export function removeNodes(
  flow: Flow,
  ids: ReadonlySet<string>,
  graph: FlowGraph = analyzeFlow(flow),
): Flow {
  const removed = new Set([...ids].filter((id) => id !== START_NODE_ID));
  if (removed.size === 0) return flow;
  const bridges: FlowEdge[] = [];
  for (const id of removed) {
    const into = graph.edgesInto(id);
    const only = into.length === 1 ? into[0] : undefined;
    if (!only || removed.has(only.source)) continue;
    const after = firstKeptAfter(id);
    if (after) bridges.push({ ...only, target: after });
  }
  let next: Flow = {
    ...flow,
    nodes: flow.nodes.filter((n) => !removed.has(n.id)),
    edges: flow.edges.filter((e) => !removed.has(e.source) && !removed.has(e.target)),
  };
  for (const b of bridges) next = connect(next, b.source, b.outlet, b.target);
  return next;

  function firstKeptAfter(id: string): string | undefined {
    const seen = new Set<string>();
    let edge = graph.edgeFrom(id, NEXT_OUTLET);
    while (edge && removed.has(edge.target) && !seen.has(edge.target)) {
      seen.add(edge.target);
      edge = graph.edgeFrom(edge.target, NEXT_OUTLET);
    }
    return edge && !removed.has(edge.target) ? edge.target : undefined;
  }
}

/** Nested elements (Dial's numbers, Gather's prompts) -------------------------------------- */

export function addChild(
  flow: Flow,
  nodeId: string,
  verb: string,
): { flow: Flow; childId: string | undefined } {
  let childId: string | undefined;
  const next = mapNode(flow, nodeId, (node) => {
    if (!findVerb(node.kind)?.nesting?.allowed.includes(verb)) return node;
    const children = node.children ?? [];
    const taken = new Set(children.map((c) => c.id));
    let n = children.length + 1;
    while (taken.has(`${verb}-${n}`)) n += 1;
    childId = `${verb}-${n}`;
    const { attributes } = createNode(verb, childId, { x: 0, y: 0 }, flow.dialect);
    return { ...node, children: [...children, { id: childId, kind: verb, attributes }] };
  });
  return { flow: next, childId };
}

export function updateChild(
  flow: Flow,
  nodeId: string,
  childId: string,
  patch: Omit<NodePatch, 'label'>,
): Flow {
  const edited = mapNode(flow, nodeId, (node) => {
    let changed = false;
    const children = (node.children ?? []).map((child) => {
      if (child.id !== childId) return child;
      // A child is edited with the same rules as a node; it has no position or label.
      const probe: FlowNode = { ...child, position: { x: 0, y: 0 } };
      const edited = updateNode({ ...flow, nodes: [probe] }, child.id, patch).nodes[0]!;
      if (edited === probe) return child;
      changed = true;
      const updated: NestedElement = {
        id: child.id,
        kind: child.kind,
        attributes: edited.attributes,
        // An imported unknown child is written from its raw element: keep it.
        ...(child.raw ? { raw: child.raw } : {}),
      };
      return edited.text === undefined ? updated : { ...updated, text: edited.text };
    });
    return changed ? { ...node, children } : node;
  });
  return edited === flow ? flow : releaseExamples(edited, nodeId, childId);
}

export function removeChild(flow: Flow, nodeId: string, childId: string): Flow {
  return mapNode(flow, nodeId, (node) => {
    if (!node.children?.some((c) => c.id === childId)) return node;
    return { ...node, children: node.children.filter((c) => c.id !== childId) };
  });
}

/** Moves a nested element to a new index (clamped to the list). */
export function moveChild(flow: Flow, nodeId: string, childId: string, toIndex: number): Flow {
  return mapNode(flow, nodeId, (node) => {
    const children = [...(node.children ?? [])];
    const from = children.findIndex((c) => c.id === childId);
    const to = Math.max(0, Math.min(children.length - 1, toIndex));
    if (from < 0 || from === to) return node;
    const [moved] = children.splice(from, 1);
    children.splice(to, 0, moved!);
    return { ...node, children };
  });
}

export function renameFlow(flow: Flow, name: string): Flow {
  return flow.name === name ? flow : { ...flow, name };
}

function mapNode(flow: Flow, id: string, change: (node: FlowNode) => FlowNode): Flow {
  let changed = false;
  const nodes = flow.nodes.map((node) => {
    if (node.id !== id) return node;
    const updated = change(node);
    if (updated !== node) changed = true;
    return updated;
  });
  return changed ? { ...flow, nodes } : flow;
}

function withOptional<K extends 'text' | 'label'>(
  node: FlowNode,
  key: K,
  value: string | undefined,
): FlowNode {
  const copy: { -readonly [P in keyof FlowNode]: FlowNode[P] } = { ...node };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
