/**
 * Automatic layout for imported flows, templates and the canvas's Tidy up: our own layered
 * drawing, top to bottom, in linear time.
 *
 * A flow is mostly trees of `next` chains (a document's verbs, one under the other) joined by
 * action connections (a Gather's "After input" leads to another document). So each chain runs
 * straight down from its first verb, and what an action leads to stands in the columns to the
 * right, branches side by side. The drawing follows a spanning tree of the flow, found by a
 * depth-first walk that takes `next` first; connections that join or loop back (a Redirect to an
 * earlier menu) are drawn as they are, without moving anything.
 *
 * Each subtree gets its own band of columns, as wide as its number of leaves, so two verbs can
 * never overlap: either one is below the other in one chain, or their branches own different
 * columns. Everything is an array indexed by node position and walked with an explicit stack:
 * no recursion, so a chain of any length cannot overflow the stack (dagre's did at about 3,000
 * verbs), and 20,000 verbs take a few milliseconds. bench/layout.bench.ts measures it against
 * dagre and elkjs (see BENCHMARKS.md).
 */
import {
  NEXT_OUTLET,
  START_NODE_ID,
  type Flow,
  type FlowNode,
  type Position,
} from '../schema/flow';

/** Size of a node on the canvas (src/styles/app.css `.verb-node`), give or take its summary. */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 90;
/** Space between two columns, and between a verb and the one under it. */
export const COLUMN_GAP = 50;
export const ROW_GAP = 60;

export interface NodeSize {
  readonly width: number;
  readonly height: number;
}

/**
 * A node's size on the canvas, by its position in `flow.nodes`. Without one (an import, a
 * template, before anything is drawn) every node counts as NODE_WIDTH by NODE_HEIGHT; the
 * canvas's Tidy up passes what React Flow measured, so a tall Menu pushes the rows under it down
 * instead of covering them.
 */
export type NodeSizeOf = (node: FlowNode, index: number) => NodeSize;

/** The flow with every node placed; the start node (or the first node) at the origin. */
export function layoutFlow(flow: Flow, sizeOf?: NodeSizeOf): Flow {
  const positions = layeredPositions(flow, sizeOf);
  return { ...flow, nodes: flow.nodes.map((node, i) => ({ ...node, position: positions[i]! })) };
}

/** Top-left position of each node, in the order of `flow.nodes`. */
export function layeredPositions(flow: Flow, sizeOf?: NodeSizeOf): Position[] {
  const count = flow.nodes.length;
  const successors = successorLists(flow);
  const walk = spanningWalk(flow, successors);
  const { order, parent, viaNext } = walk;

  // A verb whose first branch is an action (a Redirect, a Dial's "After the call") has nothing
  // under it: the document it leads to starts in the next column, beside its own.
  const besideFirst = new Uint8Array(count);
  const hasChild = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const node = order[k]!;
    const up = parent[node]!;
    if (up < 0 || hasChild[up]) continue;
    hasChild[up] = 1;
    besideFirst[up] = viaNext[node] ? 0 : 1;
  }

  // Columns a subtree needs: its number of leaves (one for a chain), children before parents.
  const width = new Int32Array(count);
  const childColumns = new Int32Array(count);
  for (let k = count - 1; k >= 0; k--) {
    const node = order[k]!;
    width[node] = Math.max(1, childColumns[node]! + besideFirst[node]!);
    const up = parent[node]!;
    if (up >= 0) childColumns[up]! += width[node]!;
  }

  // Parents before children: each child takes the next free columns of its parent's band, so
  // the first child (the `next` verb) stands right under its parent.
  const column = new Int32Array(count);
  const depth = new Int32Array(count);
  const freeColumn = new Int32Array(count);
  let nextRootColumn = 0;
  for (let k = 0; k < count; k++) {
    const node = order[k]!;
    const up = parent[node]!;
    if (up < 0) {
      column[node] = nextRootColumn;
      nextRootColumn += width[node]!;
    } else {
      column[node] = freeColumn[up]!;
      freeColumn[up]! += width[node]!;
      depth[node] = depth[up]! + 1;
    }
    freeColumn[node] = column[node]! + besideFirst[node]!;
  }

  // Each column as wide as its widest node, each row as tall as its tallest: cells never
  // overlap, so neither do the nodes in them. Without sizes every cell is one node's size.
  let columns = 0;
  let rows = 0;
  for (let i = 0; i < count; i++) {
    columns = Math.max(columns, column[i]! + 1);
    rows = Math.max(rows, depth[i]! + 1);
  }
  const columnWidth = new Float64Array(columns).fill(NODE_WIDTH);
  const rowHeight = new Float64Array(rows).fill(NODE_HEIGHT);
  if (sizeOf) {
    flow.nodes.forEach((node, i) => {
      const size = sizeOf(node, i);
      columnWidth[column[i]!] = Math.max(columnWidth[column[i]!]!, size.width);
      rowHeight[depth[i]!] = Math.max(rowHeight[depth[i]!]!, size.height);
    });
  }
  const columnLeft = startsOf(columnWidth, COLUMN_GAP);
  const rowTop = startsOf(rowHeight, ROW_GAP);

  const positions: Position[] = new Array<Position>(count);
  for (let i = 0; i < count; i++) {
    positions[i] = { x: columnLeft[column[i]!]!, y: rowTop[depth[i]!]! };
  }
  return positions;
}

/** Where each of a run of cells starts, one after another with `gap` between them. */
function startsOf(sizes: Float64Array, gap: number): Float64Array {
  const starts = new Float64Array(sizes.length);
  for (let k = 1; k < sizes.length; k++) starts[k] = starts[k - 1]! + sizes[k - 1]! + gap;
  return starts;
}

/** Each node's successors by position, `next` connections first: `targets[start[i]..start[i+1]]`. */
interface SuccessorLists {
  readonly start: Int32Array;
  readonly targets: Int32Array;
  /** 1 where the connection to `targets[s]` is a `next` one. */
  readonly isNext: Uint8Array;
}

function successorLists(flow: Flow): SuccessorLists {
  const count = flow.nodes.length;
  const index = new Map<string, number>();
  flow.nodes.forEach((node, i) => index.set(node.id, i));
  const source = new Int32Array(flow.edges.length).fill(-1);
  const target = new Int32Array(flow.edges.length);
  const start = new Int32Array(count + 1);
  flow.edges.forEach((edge, e) => {
    const from = index.get(edge.source);
    const to = index.get(edge.target);
    if (from === undefined || to === undefined || from === to) return;
    source[e] = from;
    target[e] = to;
    start[from + 1]! += 1;
  });
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const targets = new Int32Array(start[count]!);
  const isNext = new Uint8Array(start[count]!);
  // Two passes keep each node's `next` connections ahead of its actions, in the flow's order.
  for (const nextFirst of [true, false]) {
    flow.edges.forEach((edge, e) => {
      const from = source[e]!;
      if (from < 0 || (edge.outlet === NEXT_OUTLET) !== nextFirst) return;
      isNext[fill[from]!] = nextFirst ? 1 : 0;
      targets[fill[from]!++] = target[e]!;
    });
  }
  return { start, targets, isNext };
}

/**
 * Depth-first walk from the start node, then from each node not reached yet (in the flow's
 * order): `order` is every node once, each subtree of the spanning tree a contiguous run with
 * its root first, `parent` is each node's parent in that tree (-1 for a root), and `viaNext`
 * says whether the tree reaches it by a `next` connection.
 */
function spanningWalk(
  flow: Flow,
  { start, targets, isNext }: SuccessorLists,
): { order: Int32Array; parent: Int32Array; viaNext: Uint8Array } {
  const count = flow.nodes.length;
  const order = new Int32Array(count);
  const parent = new Int32Array(count).fill(-1);
  const viaNext = new Uint8Array(count);
  const seen = new Uint8Array(count);
  // Triples (node, the node it was reached from, whether by `next`); a node is claimed when it
  // comes off the stack.
  const stack = new Int32Array(3 * (targets.length + count));
  let visited = 0;
  const firstRoot = Math.max(
    0,
    flow.nodes.findIndex((node) => node.id === START_NODE_ID),
  );
  for (let r = -1; r < count; r++) {
    const root = r < 0 ? firstRoot : r;
    if (seen[root]) continue;
    let top = 0;
    stack[top++] = root;
    stack[top++] = -1;
    stack[top++] = 0;
    while (top > 0) {
      const next = stack[--top]!;
      const from = stack[--top]!;
      const node = stack[--top]!;
      if (seen[node]) continue;
      seen[node] = 1;
      parent[node] = from;
      viaNext[node] = next;
      order[visited++] = node;
      // Pushed last to first, so the first successor (a `next` verb) is walked first.
      for (let s = start[node + 1]! - 1; s >= start[node]!; s--) {
        const to = targets[s]!;
        if (seen[to]) continue;
        stack[top++] = to;
        stack[top++] = node;
        stack[top++] = isNext[s]!;
      }
    }
  }
  return { order, parent, viaNext };
}
