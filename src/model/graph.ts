import { findVerb } from '../verbs';
import { NEXT_OUTLET, START_NODE_ID, type Flow, type FlowEdge, type FlowNode } from './types';

/** Lookups derived from a flow, computed once per flow object. */
export interface FlowGraph {
  readonly nodeById: ReadonlyMap<string, FlowNode>;
  /** source id -> outlet id -> edge */
  readonly outgoing: ReadonlyMap<string, ReadonlyMap<string, FlowEdge>>;
  readonly incoming: ReadonlyMap<string, readonly FlowEdge[]>;
  /** Nodes reachable from the start node through any outlet (the start included). */
  readonly reachable: ReadonlySet<string>;
  /** The `next` chain from the start node: the verbs of the incoming call, in order. */
  readonly mainChain: readonly FlowNode[];
}

const cache = new WeakMap<Flow, FlowGraph>();

export function analyzeFlow(flow: Flow): FlowGraph {
  let graph = cache.get(flow);
  if (!graph) {
    graph = buildGraph(flow);
    cache.set(flow, graph);
  }
  return graph;
}

function buildGraph(flow: Flow): FlowGraph {
  const nodeById = new Map<string, FlowNode>();
  for (const node of flow.nodes) nodeById.set(node.id, node);
  const outgoing = new Map<string, Map<string, FlowEdge>>();
  const incoming = new Map<string, FlowEdge[]>();
  for (const edge of flow.edges) {
    if (!nodeById.has(edge.source) || !nodeById.has(edge.target)) continue;
    let outlets = outgoing.get(edge.source);
    if (!outlets) outgoing.set(edge.source, (outlets = new Map()));
    outlets.set(edge.outlet, edge);
    const into = incoming.get(edge.target);
    if (into) into.push(edge);
    else incoming.set(edge.target, [edge]);
  }

  // Depth-first from the start. Every edge kept above leads to a node of the flow, so only the
  // start needs checking; targets already reached are not stacked again (same order as before).
  const reachable = new Set<string>();
  const stack = nodeById.has(START_NODE_ID) ? [START_NODE_ID] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    const outlets = outgoing.get(id);
    if (!outlets) continue;
    for (const edge of outlets.values()) if (!reachable.has(edge.target)) stack.push(edge.target);
  }

  return { nodeById, outgoing, incoming, reachable, mainChain: followNext(START_NODE_ID) };

  function followNext(fromId: string): FlowNode[] {
    const chain: FlowNode[] = [];
    const seen = new Set([fromId]);
    let edge = outgoing.get(fromId)?.get(NEXT_OUTLET);
    while (edge && !seen.has(edge.target)) {
      const node = nodeById.get(edge.target)!;
      chain.push(node);
      seen.add(node.id);
      edge = outgoing.get(node.id)?.get(NEXT_OUTLET);
    }
    return chain;
  }
}

/** The node a new verb should follow: the main chain's end, when it has a free `next` outlet. */
export function openChainEnd(flow: Flow): FlowNode | undefined {
  const graph = analyzeFlow(flow);
  const last = graph.mainChain.at(-1) ?? graph.nodeById.get(START_NODE_ID);
  if (!last) return undefined;
  const hasNext = findVerb(last.verb)?.outlets.some((o) => o.id === NEXT_OUTLET) ?? false;
  return hasNext && !graph.outgoing.get(last.id)?.has(NEXT_OUTLET) ? last : undefined;
}
