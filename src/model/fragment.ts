/**
 * A fragment of a flow, for the clipboard: the chosen verbs and the connections between them.
 * Pasting gives every verb a new id, shifts it, and converts it to the target flow's dialect.
 */
import { planDialectChange } from '../dialects/convert';
import { createFlow, nextNodeId } from './flow';
import {
  START_NODE_ID,
  type DialectId,
  type Flow,
  type FlowEdge,
  type FlowNode,
} from '../schema/flow';
import { edgeId } from './operations';

export const FRAGMENT_FORMAT = 'rcml-studio/fragment';

export interface FlowFragment {
  readonly format: typeof FRAGMENT_FORMAT;
  readonly dialect: DialectId;
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
  /**
   * What had to be repaired when the fragment was read from storage (names XML cannot carry,
   * connections a verb cannot have), one sentence each, for the paste to say.
   */
  readonly repairs?: readonly string[];
}

/** The chosen verbs (never the start node) and the connections among them. */
export function extractFragment(flow: Flow, ids: Iterable<string>): FlowFragment | undefined {
  const chosen = new Set(ids);
  chosen.delete(START_NODE_ID);
  const nodes = flow.nodes.filter((n) => chosen.has(n.id));
  if (nodes.length === 0) return undefined;
  const edges = flow.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
  return { format: FRAGMENT_FORMAT, dialect: flow.dialect, nodes, edges };
}

/** Adds a copy of the fragment to the flow. Returns the new flow and the ids of the copies. */
export function insertFragment(
  flow: Flow,
  fragment: FlowFragment,
  offset: { x: number; y: number },
): { flow: Flow; nodeIds: string[] } {
  const source = inDialect(fragment, flow.dialect);
  const ids = new Map<string, string>();
  let nodes = [...flow.nodes];
  for (const node of source.nodes) {
    const id = nextNodeId({ ...flow, nodes }, node.kind);
    ids.set(node.id, id);
    nodes = [
      ...nodes,
      { ...node, id, position: { x: node.position.x + offset.x, y: node.position.y + offset.y } },
    ];
  }
  const edges: FlowEdge[] = [];
  for (const e of source.edges) {
    const from = ids.get(e.source);
    const to = ids.get(e.target);
    // Only connections inside the fragment are copied; anything else is not ours to recreate.
    if (from && to) edges.push({ ...e, id: edgeId(from, e.outlet), source: from, target: to });
  }
  return { flow: { ...flow, nodes, edges: [...flow.edges, ...edges] }, nodeIds: [...ids.values()] };
}

/** Reject reasons and other dialect-dependent values are converted by meaning. */
function inDialect(fragment: FlowFragment, dialect: DialectId): FlowFragment {
  if (fragment.dialect === dialect) return fragment;
  const carrier = createFlow({ dialect: fragment.dialect });
  const converted = planDialectChange(
    { ...carrier, nodes: [...carrier.nodes, ...fragment.nodes] },
    dialect,
  ).flow;
  return { ...fragment, dialect, nodes: converted.nodes.filter((n) => n.id !== START_NODE_ID) };
}
