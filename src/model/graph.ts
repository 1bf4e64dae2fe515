import { nodeOutlets } from '../kinds';
import {
  NEXT_OUTLET,
  START_NODE_ID,
  type Flow,
  type FlowEdge,
  type FlowNode,
} from '../schema/flow';

/**
 * Lookups derived from a flow, computed once per flow object.
 *
 * Nodes are known by their position in `flow.nodes` and the connections are kept in typed
 * arrays: at 10,000 verbs, one string-keyed map (id → position) is the only map built, where a
 * map per lookup (by id, outgoing, incoming, reachable) made analysing the flow the slowest
 * part of an export.
 */
export interface FlowGraph {
  readonly flow: Flow;
  /** Position of a node in `flow.nodes`, or -1 for an id that is not there. */
  indexOf(id: string): number;
  node(id: string): FlowNode | undefined;
  /** The connection leaving a node through one of its outlets. */
  edgeFrom(id: string, outlet: string): FlowEdge | undefined;
  /** Every connection leading into a node. */
  edgesInto(id: string): readonly FlowEdge[];
  /** Whether a call can reach the node from the start, through any outlet (the start can). */
  isReachable(id: string): boolean;
  /** The `next` chain from the start node: the verbs of the incoming call, in order. */
  readonly mainChain: readonly FlowNode[];
  readonly indexed: IndexedGraph;
}

/** The graph by node position, for the code that walks all of it (documents, export). */
export interface IndexedGraph {
  /** Position of the "Incoming call", or -1. */
  readonly start: number;
  /** Position of the node each node's `next` connection leads to, or -1. */
  readonly next: Int32Array;
  /**
   * The connections leaving node i are `flow.edges[outEdges[k]]` for k from outStart[i] up to
   * outEnd[i]: one per outlet, in the order they were made (a damaged file that connects an
   * outlet twice keeps the last, as a map would), and only those whose two ends exist.
   */
  readonly outStart: Int32Array;
  readonly outEnd: Int32Array;
  readonly outEdges: Int32Array;
  /** Position of each edge's target node (meaningful for the edges listed in outEdges). */
  readonly edgeTarget: Int32Array;
  /**
   * 1 for each edge that leaves through an outlet other than `next` (an action: it leads to a
   * document the platform fetches). Kept here so that walking the graph reads no edge objects.
   */
  readonly actionEdge: Uint8Array;
  /** 1 for each node a call can reach from the start. */
  readonly reachable: Uint8Array;
}

/**
 * The graph of a flow, worked out afresh: nothing is kept here. Whoever asks about the same flow
 * again (a store, a serializer, a validation run) keeps the graph in its own FlowAnalysis
 * (src/model/documents.ts), which it owns and passes in.
 *
 * Given the graph of the flow it was edited from, the indexes carry over when the edit kept
 * every node's id in its place and the very same connections (typing in a field, a drag): they
 * depend on nothing else.
 */
export function analyzeFlow(flow: Flow, previous?: FlowGraph): FlowGraph {
  return previous instanceof Graph && sameIdsAndEdges(previous.flow, flow)
    ? new Graph(flow, previous.positions, previous.indexed)
    : new Graph(flow, indexNodes(flow.nodes));
}

/** Whether two flows have the same node ids in the same places and the very same connections. */
export function sameIdsAndEdges(before: Flow, after: Flow): boolean {
  if (before.edges !== after.edges || before.nodes.length !== after.nodes.length) return false;
  for (let i = 0; i < after.nodes.length; i++) {
    const node = after.nodes[i]!;
    if (node !== before.nodes[i] && node.id !== before.nodes[i]!.id) return false;
  }
  return true;
}

function indexNodes(nodes: readonly FlowNode[]): Map<string, number> {
  const positions = new Map<string, number>();
  // A repeated id (only a damaged file has one) means its last node, as it always has.
  for (let i = 0; i < nodes.length; i++) positions.set(nodes[i]!.id, i);
  return positions;
}

function indexEdges(flow: Flow, positions: ReadonlyMap<string, number>): IndexedGraph {
  const { nodes, edges } = flow;
  const nodeCount = nodes.length;
  const edgeTarget = new Int32Array(edges.length);
  const edgeSource = new Int32Array(edges.length);
  const outStart = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e]!;
    const source = positions.get(edge.source) ?? -1;
    const target = source < 0 ? -1 : (positions.get(edge.target) ?? -1);
    edgeSource[e] = target < 0 ? -1 : source;
    edgeTarget[e] = target;
    if (target >= 0) outStart[source + 1]! += 1;
  }
  for (let i = 0; i < nodeCount; i++) outStart[i + 1]! += outStart[i]!;

  const outEnd = outStart.slice(0, nodeCount);
  const outEdges = new Int32Array(outStart[nodeCount]!);
  const next = new Int32Array(nodeCount).fill(-1);
  const actionEdge = new Uint8Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const source = edgeSource[e]!;
    if (source < 0) continue;
    const { outlet } = edges[e]!;
    if (outlet === NEXT_OUTLET) next[source] = edgeTarget[e]!;
    else actionEdge[e] = 1;
    let k = outStart[source]!;
    while (k < outEnd[source]! && edges[outEdges[k]!]!.outlet !== outlet) k++;
    outEdges[k] = e;
    if (k === outEnd[source]) outEnd[source] = k + 1;
  }

  const start = positions.get(START_NODE_ID) ?? -1;
  const reachable = new Uint8Array(nodeCount);
  const stack = new Int32Array(nodeCount + outEdges.length + 1);
  let top = 0;
  if (start >= 0) stack[top++] = start;
  while (top > 0) {
    const i = stack[--top]!;
    if (reachable[i]) continue;
    reachable[i] = 1;
    for (let k = outStart[i]!; k < outEnd[i]!; k++) {
      const target = edgeTarget[outEdges[k]!]!;
      if (!reachable[target]) stack[top++] = target;
    }
  }
  return { start, next, outStart, outEnd, outEdges, edgeTarget, actionEdge, reachable };
}

class Graph implements FlowGraph {
  readonly indexed: IndexedGraph;
  #mainChain: readonly FlowNode[] | undefined;
  #incoming: readonly FlowEdge[][] | undefined;

  readonly flow: Flow;
  readonly positions: ReadonlyMap<string, number>;

  constructor(
    flow: Flow,
    positions: ReadonlyMap<string, number>,
    indexed: IndexedGraph = indexEdges(flow, positions),
  ) {
    this.flow = flow;
    this.positions = positions;
    this.indexed = indexed;
  }

  indexOf(id: string): number {
    return this.positions.get(id) ?? -1;
  }

  node(id: string): FlowNode | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.flow.nodes[i];
  }

  edgeFrom(id: string, outlet: string): FlowEdge | undefined {
    const i = this.indexOf(id);
    if (i < 0) return undefined;
    const { outStart, outEnd, outEdges } = this.indexed;
    for (let k = outStart[i]!; k < outEnd[i]!; k++) {
      const edge = this.flow.edges[outEdges[k]!]!;
      if (edge.outlet === outlet) return edge;
    }
    return undefined;
  }

  edgesInto(id: string): readonly FlowEdge[] {
    const i = this.indexOf(id);
    return (i >= 0 && this.incoming()[i]) || NO_EDGES;
  }

  isReachable(id: string): boolean {
    const i = this.indexOf(id);
    return i >= 0 && this.indexed.reachable[i] === 1;
  }

  get mainChain(): readonly FlowNode[] {
    this.#mainChain ??= this.followNext(this.indexed.start);
    return this.#mainChain;
  }

  private followNext(from: number): FlowNode[] {
    const chain: FlowNode[] = [];
    if (from < 0) return chain;
    const { next } = this.indexed;
    const seen = new Uint8Array(next.length);
    seen[from] = 1;
    for (let i = next[from]!; i >= 0 && !seen[i]; i = next[i]!) {
      seen[i] = 1;
      chain.push(this.flow.nodes[i]!);
    }
    return chain;
  }

  /** Built on first use: only removing verbs asks what leads into them. */
  private incoming(): readonly FlowEdge[][] {
    if (!this.#incoming) {
      const into: FlowEdge[][] = [];
      const { outStart, outEnd, outEdges, edgeTarget } = this.indexed;
      for (let i = 0; i < this.flow.nodes.length; i++) {
        for (let k = outStart[i]!; k < outEnd[i]!; k++) {
          const e = outEdges[k]!;
          (into[edgeTarget[e]!] ??= []).push(this.flow.edges[e]!);
        }
      }
      this.#incoming = into;
    }
    return this.#incoming;
  }
}

const NO_EDGES: readonly FlowEdge[] = [];

/** The node a new verb should follow: the main chain's end, when it has a free `next` outlet. */
export function openChainEnd(
  flow: Flow,
  graph: FlowGraph = analyzeFlow(flow),
): FlowNode | undefined {
  const last = graph.mainChain.at(-1) ?? graph.node(START_NODE_ID);
  if (!last) return undefined;
  const hasNext = nodeOutlets(last).some((o) => o.id === NEXT_OUTLET);
  return hasNext && !graph.edgeFrom(last.id, NEXT_OUTLET) ? last : undefined;
}
