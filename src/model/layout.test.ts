import { describe, expect, it } from 'vitest';
import { chainOf } from '../test/builders';
import { generateFlow } from '../test/generateFlow';
import { createNode } from './flow';
import { planDocuments } from './documents';
import { layoutFlow, NODE_HEIGHT, NODE_WIDTH } from './layout';
import {
  NEXT_OUTLET,
  START_NODE_ID,
  type Flow,
  type FlowEdge,
  type FlowNode,
} from '../schema/flow';

/**
 * Pairs of nodes whose boxes overlap. Nodes are put in cells of one node's size; a box can only
 * overlap boxes of its own cell and the cells around it, so big flows are checked quickly.
 */
function overlaps(flow: Flow): [string, string][] {
  const cells = new Map<string, FlowNode[]>();
  const cellOf = (x: number, y: number) => `${x},${y}`;
  for (const node of flow.nodes) {
    const key = cellOf(
      Math.floor(node.position.x / NODE_WIDTH),
      Math.floor(node.position.y / NODE_HEIGHT),
    );
    cells.set(key, [...(cells.get(key) ?? []), node]);
  }
  const found: [string, string][] = [];
  for (const a of flow.nodes) {
    const cx = Math.floor(a.position.x / NODE_WIDTH);
    const cy = Math.floor(a.position.y / NODE_HEIGHT);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const b of cells.get(cellOf(cx + dx, cy + dy)) ?? []) {
          if (a.id >= b.id) continue;
          const apart =
            Math.abs(a.position.x - b.position.x) >= NODE_WIDTH ||
            Math.abs(a.position.y - b.position.y) >= NODE_HEIGHT;
          if (!apart) found.push([a.id, b.id]);
        }
      }
    }
  }
  return found;
}

function expectEveryNodePlaced(before: Flow, after: Flow): void {
  expect(after.nodes.map((n) => n.id)).toEqual(before.nodes.map((n) => n.id));
  for (const node of after.nodes) {
    expect(Number.isFinite(node.position.x) && Number.isFinite(node.position.y)).toBe(true);
  }
}

const positionOf = (flow: Flow, id: string) => flow.nodes.find((n) => n.id === id)!.position;

describe('layoutFlow', () => {
  it('is checked by an overlap test that sees overlaps', () => {
    const flow = chainOf(2);
    const nodes = flow.nodes.map((n, i) => ({ ...n, position: { x: i * 10, y: 0 } }));
    expect(overlaps({ ...flow, nodes })).toHaveLength(3);
  });

  it('puts the start node at the origin and each chained verb under the one before', () => {
    const flow = chainOf(3);
    const laidOut = layoutFlow(flow);
    expect(positionOf(laidOut, START_NODE_ID)).toEqual({ x: 0, y: 0 });
    const ys = laidOut.nodes.map((n) => n.position.y);
    expect(laidOut.nodes.every((n) => n.position.x === 0)).toBe(true);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(4);
    expect(overlaps(laidOut)).toEqual([]);
  });

  it('keeps everything but the positions', () => {
    const flow = generateFlow({ verbs: 60, seed: 3 });
    const laidOut = layoutFlow(flow);
    const withoutPosition = (f: Flow) => f.nodes.map((n) => ({ ...n, position: null }));
    expect(laidOut.edges).toBe(flow.edges);
    expect(withoutPosition(laidOut)).toEqual(withoutPosition(flow));
  });

  it.each([1, 2, 7, 20_240])(
    'places every node of a generated flow without overlap (seed %i)',
    (seed) => {
      const flow = generateFlow({ verbs: 1_000, seed });
      const laidOut = layoutFlow(flow);
      expectEveryNodePlaced(flow, laidOut);
      expect(positionOf(laidOut, START_NODE_ID)).toEqual({ x: 0, y: 0 });
      expect(overlaps(laidOut)).toEqual([]);
    },
  );

  it('starts the document an action leads to beside the verb, one row down', () => {
    const flow = chainOf(1);
    const redirect = createNode('redirect', 'redirect-1', { x: 0, y: 0 }, 'rcml');
    const target = createNode('hangup', 'hangup-1', { x: 0, y: 0 }, 'rcml');
    const laidOut = layoutFlow({
      ...flow,
      nodes: [...flow.nodes, redirect, target],
      edges: [
        ...flow.edges,
        { id: 'n', source: 'say-1', outlet: NEXT_OUTLET, target: 'redirect-1' },
        { id: 'a', source: 'redirect-1', outlet: 'action', target: 'hangup-1' },
      ],
    });
    const from = positionOf(laidOut, 'redirect-1');
    const to = positionOf(laidOut, 'hangup-1');
    expect(to.x).toBeGreaterThan(from.x);
    expect(to.y).toBe(from.y + 150);
    expect(overlaps(laidOut)).toEqual([]);
  });

  it('places verbs that nothing leads to, and ignores connections to missing or same nodes', () => {
    const flow = chainOf(2);
    const stray = createNode('hangup', 'hangup-1', { x: 5, y: 5 }, 'rcml');
    const odd: FlowEdge[] = [
      { id: 'x', source: 'say-1', outlet: 'action', target: 'gone' },
      { id: 'y', source: 'say-2', outlet: 'action', target: 'say-2' },
    ];
    const laidOut = layoutFlow({
      ...flow,
      nodes: [...flow.nodes, stray],
      edges: [...flow.edges, ...odd],
    });
    expect(laidOut.nodes).toHaveLength(4);
    expect(positionOf(laidOut, START_NODE_ID)).toEqual({ x: 0, y: 0 });
    expect(overlaps(laidOut)).toEqual([]);
  });

  it('lays out loops and joins (each node once)', () => {
    const flow = chainOf(3);
    const loop: FlowEdge = { id: 'l', source: 'say-3', outlet: NEXT_OUTLET, target: 'say-1' };
    const laidOut = layoutFlow({ ...flow, edges: [...flow.edges, loop] });
    expectEveryNodePlaced(flow, laidOut);
    expect(overlaps(laidOut)).toEqual([]);
  });

  it('lays out a chain of 20,000 verbs without overflowing the stack', () => {
    // dagre threw "Maximum call stack size exceeded" from about 3,000 chained verbs.
    const flow = chainOf(20_000);
    const laidOut = layoutFlow(flow);
    expectEveryNodePlaced(flow, laidOut);
    expect(positionOf(laidOut, 'say-20000')).toEqual({ x: 0, y: 20_000 * 150 });
    expect(overlaps(laidOut)).toEqual([]);
  });

  it('lays out a flow of 200 linked documents', () => {
    const flow = generateFlow({ verbs: 1_400, seed: 11 });
    expect(planDocuments(flow).documents.length).toBeGreaterThanOrEqual(200);
    const laidOut = layoutFlow(flow);
    expectEveryNodePlaced(flow, laidOut);
    expect(overlaps(laidOut)).toEqual([]);
  });

  it('makes room for nodes drawn bigger than one node: rows and columns as big as their biggest', () => {
    const flow = generateFlow({ verbs: 300, seed: 5 });
    // Every seventh node is drawn tall and wide (a Menu with many keys, a long prompt).
    const sizeOf = (_: FlowNode, i: number) =>
      i % 7 === 3 ? { width: 300, height: 260 } : { width: NODE_WIDTH, height: NODE_HEIGHT };
    const laidOut = layoutFlow(flow, sizeOf);
    expectEveryNodePlaced(flow, laidOut);
    const boxes = laidOut.nodes.map((node, i) => ({ ...node.position, ...sizeOf(node, i) }));
    const sorted = [...boxes].sort((a, b) => a.x - b.x);
    const clashes: number[] = [];
    // Sorted by left edge: only boxes starting before one ends can overlap it.
    for (let a = 0; a < sorted.length; a++) {
      const one = sorted[a]!;
      for (let b = a + 1; b < sorted.length && sorted[b]!.x < one.x + one.width; b++) {
        const other = sorted[b]!;
        if (other.y < one.y + one.height && one.y < other.y + other.height) clashes.push(a);
      }
    }
    expect(clashes).toEqual([]);
    // Without sizes, the same as before: one node's size everywhere.
    expect(layoutFlow(flow, () => ({ width: NODE_WIDTH, height: NODE_HEIGHT }))).toEqual(
      layoutFlow(flow),
    );
  });
});
