/**
 * Tidy up and connection routing, in Node: what pressing "Tidy up" computes (the layered layout
 * at the nodes' drawn sizes, src/canvas/tidyUp.ts) and what drawing every connection of the flow
 * computes to keep them out from behind boxes (src/canvas/edgeRouting.ts: the box index, then
 * each connection's route). dagre and elkjs on the same flows are in layout.bench.ts.
 * Prints the median and fastest of a few runs per cell; nothing here asserts a time.
 */
import { Position as Side } from '@xyflow/react';
import { afterAll, describe, it } from 'vitest';
import { nodeSize } from '../src/canvas/nodeBoxes';
import { nodeBoxes, ObstacleIndex, routeEdge, type Box } from '../src/canvas/edgeRouting';
import { laidOutForCanvas, tidyPositions } from '../src/canvas/tidyUp';
import { planDocuments } from '../src/model/documents';
import type { Flow } from '../src/schema/flow';
import { generateFlow } from '../src/test/generateFlow';

const SEED = 20_240;
const RUNS = 9;

/** Sizes as drawn: verbs 240 wide, 90 to 150 tall (a summary on two lines, a badge). */
function measuredSizes(flow: Flow): Map<string, { width: number; height: number }> {
  return new Map(
    flow.nodes.map((node, i) => {
      const estimate = nodeSize(node, new Map());
      return [node.id, { width: estimate.width, height: estimate.height + ((i * 37) % 61) }];
    }),
  );
}

/** Every connection from the bottom centre of its source to the top centre of its target. */
function routeAll(flow: Flow, index: ObstacleIndex, boxes: ReadonlyMap<string, Box>): number {
  let rerouted = 0;
  for (const edge of flow.edges) {
    const from = boxes.get(edge.source)!;
    const to = boxes.get(edge.target)!;
    const sourceX = (from.left + from.right) / 2;
    const targetX = (to.left + to.right) / 2;
    const [, labelX] = routeEdge(index, {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      sourceX,
      sourceY: from.bottom,
      targetX,
      targetY: to.top,
      sourcePosition: Side.Bottom,
      targetPosition: Side.Top,
    });
    if (labelX > Math.max(from.right, to.right)) rerouted++;
  }
  return rerouted;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));

function time(run: () => void): string {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return `${ms(median(times))} ms (${ms(Math.min(...times))})`;
}

const rows: Record<string, string>[] = [];

describe('Tidy up and connection routing', () => {
  afterAll(() => {
    console.log('\nTidy up and routing (median of 9 runs, fastest in brackets)');
    console.table(rows);
  });

  it('at 1,000, 5,000 and 20,000 verbs', () => {
    for (const verbs of [1_000, 5_000, 20_000]) {
      // A pile: every node where it was generated, then tidied.
      const flow = generateFlow({ verbs, seed: SEED });
      const measured = measuredSizes(flow);
      const tidy = laidOutForCanvas(flow);
      const laidOutBoxes = nodeBoxes(tidy.nodes, measured);
      const index = new ObstacleIndex(laidOutBoxes);
      const byId = new Map(laidOutBoxes.map((box) => [box.id, box]));
      const rerouted = routeAll(tidy, index, byId);
      rows.push({
        flow: `${verbs.toLocaleString('en-US')} verbs, ${planDocuments(flow).documents.length} documents`,
        connections: String(flow.edges.length),
        'tidy up (layout at drawn sizes)': time(() => tidyPositions(flow, measured)),
        'box index': time(() => new ObstacleIndex(nodeBoxes(tidy.nodes, measured))),
        'route every connection': time(() => routeAll(tidy, index, byId)),
        'routed around boxes': String(rerouted),
      });
    }
  });
});
