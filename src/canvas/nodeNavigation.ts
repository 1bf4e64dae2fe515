/**
 * The canvas's steps are one Tab stop (issue 25): the arrow keys move between them. Down and Up
 * follow the connections (Down: the step the first connected outlet leads to; Up: the step the
 * user came from, else the first that leads here), Left and Right go to the nearest step on that
 * side, which after Tidy up is the next branch. A step with no connection that way (a note, a
 * step not yet wired) goes to the nearest step in that direction, so that every box is reachable.
 */
import type { FlowGraph } from '../model/graph';
import { nodeOutlets } from '../kinds';
import type { FlowNode } from '../schema/flow';

export type NodeDirection = 'up' | 'down' | 'left' | 'right';

const DIRECTIONS: Readonly<Record<string, NodeDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The direction an arrow key asks for, or undefined for any other key. */
export function directionOfKey(key: string): NodeDirection | undefined {
  return Object.hasOwn(DIRECTIONS, key) ? DIRECTIONS[key] : undefined;
}

/** A box as drawn: its top-left corner and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The step an arrow key moves to from `from`, or undefined when there is none that way.
 * `cameFrom` is the step the user arrived from with Down, so that Up goes back the same way.
 */
export function stepToward(
  graph: FlowGraph,
  boxOf: (node: FlowNode) => Box,
  from: string,
  direction: NodeDirection,
  cameFrom?: string,
): string | undefined {
  const node = graph.node(from);
  if (!node) return undefined;
  const connected =
    direction === 'down'
      ? firstTarget(graph, node)
      : direction === 'up'
        ? firstSource(graph, node, cameFrom)
        : undefined;
  return connected ?? nearestToward(graph.flow.nodes, boxOf, node, direction);
}

/** Where the first connected outlet leads, in the order the step's outlets are drawn. */
function firstTarget(graph: FlowGraph, node: FlowNode): string | undefined {
  for (const outlet of nodeOutlets(node)) {
    const edge = graph.edgeFrom(node.id, outlet.id);
    if (edge) return edge.target;
  }
  return undefined;
}

function firstSource(graph: FlowGraph, node: FlowNode, cameFrom?: string): string | undefined {
  const into = graph.edgesInto(node.id);
  if (cameFrom && into.some((edge) => edge.source === cameFrom)) return cameFrom;
  return into[0]?.source;
}

/**
 * The nearest box whose centre lies that way: distance along the direction, plus twice the
 * distance across it, so that a box straight ahead wins over a nearer one off to the side.
 */
function nearestToward(
  nodes: readonly FlowNode[],
  boxOf: (node: FlowNode) => Box,
  from: FlowNode,
  direction: NodeDirection,
): string | undefined {
  const origin = centre(boxOf(from));
  let best: { id: string; score: number } | undefined;
  for (const node of nodes) {
    if (node.id === from.id) continue;
    const at = centre(boxOf(node));
    const dx = at.x - origin.x;
    const dy = at.y - origin.y;
    const [along, across] =
      direction === 'down'
        ? [dy, dx]
        : direction === 'up'
          ? [-dy, dx]
          : direction === 'right'
            ? [dx, dy]
            : [-dx, dy];
    if (along <= 0) continue;
    const score = along + 2 * Math.abs(across);
    if (!best || score < best.score) best = { id: node.id, score };
  }
  return best?.id;
}

function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
